package io.github.scosdk.quality.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a user unpacks it: {@code bin/sco} runs from any directory and through a symbolic
 * link, prints the build's version, and reads and writes UTF-8 even when the locale is {@code LC_ALL=C}.
 */
class DistributionTest {

  private static final String VERSION = System.getProperty("sco.version", "missing");
  private static final Path TARGET = Path.of(System.getProperty("sco.examples.target", "missing"));

  @TempDir static Path unpacked;
  private static Path sco;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = TARGET.resolve("sco-" + VERSION + "-dist.tar.gz");
    assertThat(archive).as("built by sco-examples (mvn package)").isRegularFile();
    Result tar = run(unpacked, Map.of(), "tar", "-xzf", archive.toString(), "-C", unpacked.toString());
    assertThat(tar.exit).as(tar.err).isZero();
    Path home = unpacked.resolve("sco-" + VERSION);
    assertThat(home.resolve("lib/sco.jar")).isRegularFile();
    assertThat(home.resolve("LICENSE")).isRegularFile();
    assertThat(home.resolve("NOTICE")).isRegularFile();
    sco = home.resolve("bin/sco");
    assertThat(Files.isExecutable(sco)).as("bin/sco is executable").isTrue();
  }

  @Test
  void printsTheBuildsVersionFromAnotherDirectory(@TempDir Path elsewhere) throws Exception {
    Result r = run(elsewhere, Map.of(), sco.toString(), "--version");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).startsWith("sco " + VERSION + "\n");
  }

  @Test
  void runsThroughASymbolicLink() throws Exception {
    // inside the unpacked directory, beside its target (JUnit warns about links that leave a temp dir)
    Path bin = Files.createDirectories(unpacked.resolve("user-bin"));
    Path link = Files.createSymbolicLink(bin.resolve("sco"), sco);
    Result r = run(bin, Map.of(), link.toString(), "chair", "--on", "2019-06-14");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("held by Russia (RU)");
  }

  @Test
  void readsCyrillicArgumentsAndWritesUtf8UnderTheCLocale(@TempDir Path dir) throws Exception {
    Result r = run(dir, Map.of("LC_ALL", "C", "LANG", "C"), sco.toString(), "status", "Казахстан");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).startsWith("Kazakhstan (KZ), Казахстан, 哈萨克斯坦");
  }

  @Test
  void aBadArgumentIsOneLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
    Result r = run(dir, Map.of("LC_ALL", "C"), sco.toString(), "status", "Атлантида");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("unknown state 'Атлантида'").hasLineCount(1);
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(Path dir, Map<String, String> env, String... command) throws IOException,
      InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(unpacked, "out", ".txt");
    Path err = Files.createTempFile(unpacked, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
