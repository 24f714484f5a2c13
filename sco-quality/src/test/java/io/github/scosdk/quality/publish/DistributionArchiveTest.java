package io.github.scosdk.quality.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data sharing archive of the unpacked distribution's {@code bin/sco}: made by a first run and then used,
 * and a run never fails because of it: not when the archive cannot be written, nor when it is corrupt. (Turned
 * off, and without a home: {@link DistributionTest}.) Its tests run at the same time (each has its own archive
 * directory): most of their time is spent waiting for the launcher's background maker of the archive.
 */
@Execution(ExecutionMode.CONCURRENT)
class DistributionArchiveTest extends Distribution {

  @Test
  void theFirstRunMakesTheArchiveAndLaterRunsMapItAndAnswerTheSame(@TempDir Path dir) throws Exception {
    Path cds = dir.resolve("cds");
    Map<String, String> env = Map.of("SCO_CDS_DIR", cds.toString());
    Result first = run(dir, env, sco.toString(), "chair", "--on", "2019-06-14");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).isEmpty();
    Path archive = awaitArchive(cds);
    Result second = run(dir, env, sco.toString(), "chair", "--on", "2019-06-14");
    assertThat(second).isEqualTo(first);
    // the JVM's own log shows where the command's classes came from: the archive, not the jar
    Map<String, String> logged = Map.of("SCO_CDS_DIR", cds.toString(), "SCO_OPTS", "-Xlog:class+load=info");
    Result log = run(dir, logged, sco.toString(), "chair", "--on", "2019-06-14");
    assertThat(log.exit()).as(log.err()).isZero();
    assertThat(log.out()).contains("io.github.scosdk.examples.cli.ChairCommand source: shared objects file");
    assertThat(Files.size(archive)).isPositive();
  }

  @Test
  void anArchiveThatCannotBeWrittenIsNoFailure(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    Map<String, String> env = Map.of("SCO_CDS_DIR", file.resolve("cds").toString());
    Result r = run(dir, env, sco.toString(), "members", "--on", "2019-06-14");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("KZ");
    Result again = run(dir, env, sco.toString(), "members", "--on", "2019-06-14");
    assertThat(again).isEqualTo(r);
  }

  @Test
  void aCorruptArchiveIsIgnoredQuietly(@TempDir Path dir) throws Exception {
    Path cds = dir.resolve("cds");
    Map<String, String> env = Map.of("SCO_CDS_DIR", cds.toString());
    Result made = run(dir, env, sco.toString(), "timeline");
    assertThat(made.exit()).as(made.err()).isZero();
    Path archive = awaitArchive(cds);
    assertThat(archive.toFile().setWritable(true)).isTrue();
    Files.write(archive, "not a class-data sharing archive".getBytes(StandardCharsets.UTF_8));
    Result r = run(dir, env, sco.toString(), "timeline");
    assertThat(r).isEqualTo(made);
    Files.write(archive, new byte[0]);
    assertThat(run(dir, env, sco.toString(), "timeline")).isEqualTo(made);
  }

  /**
   * Deep run only (tag "deep": -Pdeep, CI): a second installation and two more archives, about 6 s of the default
   * build's CPU; the default build checks the archive's making and mapping in the tests above.
   */
  @Test
  @Tag("deep")
  void aNewJarOfTheSameTimeOverAnOldOneGetsItsOwnArchive(@TempDir Path dir) throws Exception {
    // a reproducible build gives every sco.jar the same time: only its size tells an upgrade in place
    Path home = Files.createDirectories(dir.resolve("install"));
    Result tar = run(dir, Map.of(), "tar", "-xzf", ARCHIVE.toString(), "-C", home.toString());
    assertThat(tar.exit()).as(tar.err()).isZero();
    Path launcher = home.resolve("sco-" + VERSION + "/bin/sco");
    Path jar = home.resolve("sco-" + VERSION + "/lib/sco.jar");
    Path cds = dir.resolve("cds");
    Map<String, String> env = Map.of("SCO_CDS_DIR", cds.toString());
    Result before = run(dir, env, launcher.toString(), "chair", "--on", "2019-06-14");
    assertThat(before.exit()).as(before.err()).isZero();
    Path old = awaitArchive(cds);
    FileTime time = Files.getLastModifiedTime(jar);
    Files.writeString(dir.resolve("extra.txt"), "a file the old jar did not have");
    Path jarTool = Path.of(System.getProperty("java.home"), "bin", "jar");
    Result update =
        run(dir, Map.of(), jarTool.toString(), "uf", jar.toString(), "-C", dir.toString(), "extra.txt");
    assertThat(update.exit()).as(update.err()).isZero();
    Files.setLastModifiedTime(jar, time);
    Result after = run(dir, env, launcher.toString(), "chair", "--on", "2019-06-14");
    assertThat(after).isEqualTo(before);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    List<Path> archives;
    do {
      Thread.sleep(200);
      try (var files = Files.list(cds)) {
        archives = files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
      }
    } while (archives.size() < 2 && System.nanoTime() < deadline);
    assertThat(archives).as("a second archive, for the new jar").hasSize(2).contains(old);
    awaitArchive(cds, archives.stream().filter(p -> !p.equals(old)).findFirst().orElseThrow());
    Map<String, String> logged = Map.of("SCO_CDS_DIR", cds.toString(), "SCO_OPTS", "-Xlog:class+load=info");
    Result log = run(dir, logged, launcher.toString(), "chair", "--on", "2019-06-14");
    assertThat(log.out()).contains("io.github.scosdk.examples.cli.ChairCommand source: shared objects file");
  }
}
