package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a process, through {@link Sco#main}: its standard output under the C locale (no
 * {@code -Dsun.stdout.encoding}, no {@code -Dfile.encoding}), and a standard output that cannot be written.
 */
class ProcessTest {

  @TempDir Path dir;

  /** What a process run produced: its exit code and raw standard output and error. */
  record Run(int exitCode, byte[] out, String err) {
    String outUtf8() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  @Test
  void underTheCLocaleJsonAndTextAreUtf8() throws Exception {
    Run export = sco(List.of(), null, "export");
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(export.out())).toString())
        .contains("\"nameRu\": \"Казахстан\"", "\"nameZh\": \"哈萨克斯坦\"");
    Run status = sco(List.of(), null, "status", "KZ");
    assertThat(status.exitCode()).as(status.err()).isZero();
    assertThat(status.outUtf8()).startsWith("Kazakhstan (KZ), Казахстан, 哈萨克斯坦\n");
  }

  @Test
  void anArgumentTheCLocaleCannotDecodeIsOneLineNamingTheFix() throws Exception {
    Assumptions.assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
        "the test's own locale must pass the Cyrillic argument on as UTF-8 bytes");
    Run r = sco(List.of(), null, "status", "Казахстан");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).startsWith("sco: an argument holds characters the locale's charset")
        .endsWith("run sco under a UTF-8 locale, such as LC_ALL=C.UTF-8\n");
  }

  @Test
  void textInAnotherCharsetOnlyWhenAskedAndJsonStaysUtf8() throws Exception {
    List<String> latin1 = List.of("-D" + StandardOutput.TEXT_ENCODING + "=ISO-8859-1");
    Run text = sco(latin1, null, "status", "KZ");
    assertThat(new String(text.out(), StandardCharsets.ISO_8859_1)).startsWith("Kazakhstan (KZ), ?????????, ?????\n");
    Run json = sco(latin1, null, "status", "KZ", "--format", "json");
    assertThat(json.outUtf8()).contains("\"nameRu\": \"Казахстан\"");
  }

  @Test
  void aFullDiskOnStandardOutputIsOneLineAndExit2() throws Exception {
    File full = new File("/dev/full");
    Assumptions.assumeTrue(full.exists(), "no /dev/full on this system");
    Run r = sco(List.of(), full, "export");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("sco export: cannot write standard output: No space left on device\n");
    Run help = sco(List.of(), full, "--help");
    assertThat(help.exitCode()).isEqualTo(2);
    assertThat(help.err()).isEqualTo("sco: cannot write standard output\n");
  }

  @Test
  void aRealOutOfMemoryErrorIsOneLineAndExit3() throws Exception {
    // 4 MiB of distinct short outcome ids: each one a String of its own, about 60 MB of dataset, in a 32 MB heap
    StringBuilder doc = new StringBuilder("{\"format\":\"sco-dataset/1\",\"meetings\":[{\"id\":\"m\","
        + "\"body\":\"secretariat\",\"startDate\":\"2025\",\"outcomes\":[\"x-\"");
    for (int i = 0; doc.length() < 4 << 20; i++) {
      doc.append(",\"").append(Integer.toString(i, 36)).append('"');
    }
    Path file = Files.writeString(dir.resolve("hungry.json"), doc.append("]}]}"));
    Run r = sco(List.of("-Xmx32m"), null, "validate", file.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).hasLineCount(1).startsWith("sco validate: out of memory (Java heap space)")
        .doesNotContain("\tat ");
  }

  private Run sco(List<String> jvmOptions, File stdout, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-XX:TieredStopAtLevel=1"); // quicker start; the runs are short
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Sco.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("JAVA_TOOL_OPTIONS")
        || k.equals("JDK_JAVA_OPTIONS"));
    env.put("LC_ALL", "C");
    Path out = dir.resolve("out-" + System.nanoTime());
    Path err = dir.resolve("err-" + System.nanoTime());
    pb.redirectOutput(stdout != null ? stdout : out.toFile());
    pb.redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the process finished").isTrue();
    byte[] bytes = stdout != null ? new byte[0] : Files.readAllBytes(out);
    return new Run(p.exitValue(), bytes, Files.readString(err, StandardCharsets.UTF_8));
  }
}
