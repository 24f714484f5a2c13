package io.github.scosdk.quality.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a user unpacks it: {@code bin/sco} runs from any directory and through a symbolic
 * link, prints the build's version, and reads and writes UTF-8 even when the locale is {@code LC_ALL=C}. Its
 * class-data sharing archive is made by a first run and then used, and a run never fails because of it: not
 * when the archive cannot be written, nor when it is corrupt, nor when it is turned off. Every run here keeps its
 * archive in a directory of the test ({@code SCO_CDS_DIR}), never in the user's cache.
 */
class DistributionTest {

  private static final String VERSION = System.getProperty("sco.version", "missing");
  private static final Path TARGET = Path.of(System.getProperty("sco.examples.target", "missing"));

  @TempDir static Path unpacked;
  @TempDir static Path cache;
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

  @Test
  void theFirstRunMakesTheArchiveAndLaterRunsMapItAndAnswerTheSame(@TempDir Path dir) throws Exception {
    Path cds = dir.resolve("cds");
    Map<String, String> env = Map.of("SCO_CDS_DIR", cds.toString());
    Result first = run(dir, env, sco.toString(), "chair", "--on", "2019-06-14");
    assertThat(first.exit).as(first.err).isZero();
    assertThat(first.err).isEmpty();
    Path archive = awaitArchive(cds);
    Result second = run(dir, env, sco.toString(), "chair", "--on", "2019-06-14");
    assertThat(second).isEqualTo(first);
    // the JVM's own log shows where the command's classes came from: the archive, not the jar
    Map<String, String> logged = Map.of("SCO_CDS_DIR", cds.toString(), "SCO_OPTS", "-Xlog:class+load=info");
    Result log = run(dir, logged, sco.toString(), "chair", "--on", "2019-06-14");
    assertThat(log.exit).as(log.err).isZero();
    assertThat(log.out).contains("io.github.scosdk.examples.cli.ChairCommand source: shared objects file");
    assertThat(Files.size(archive)).isPositive();
  }

  @Test
  void anArchiveThatCannotBeWrittenIsNoFailure(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    Map<String, String> env = Map.of("SCO_CDS_DIR", file.resolve("cds").toString());
    Result r = run(dir, env, sco.toString(), "members", "--on", "2019-06-14");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).contains("KZ");
    Result again = run(dir, env, sco.toString(), "members", "--on", "2019-06-14");
    assertThat(again).isEqualTo(r);
  }

  @Test
  void aCorruptArchiveIsIgnoredQuietly(@TempDir Path dir) throws Exception {
    Path cds = dir.resolve("cds");
    Map<String, String> env = Map.of("SCO_CDS_DIR", cds.toString());
    Result made = run(dir, env, sco.toString(), "timeline");
    assertThat(made.exit).as(made.err).isZero();
    Path archive = awaitArchive(cds);
    assertThat(archive.toFile().setWritable(true)).isTrue();
    Files.write(archive, "not a class-data sharing archive".getBytes(StandardCharsets.UTF_8));
    Result r = run(dir, env, sco.toString(), "timeline");
    assertThat(r).isEqualTo(made);
    Files.write(archive, new byte[0]);
    assertThat(run(dir, env, sco.toString(), "timeline")).isEqualTo(made);
  }

  @Test
  void withoutAHomeOrWithSharingOffTheAnswerIsTheSame(@TempDir Path dir) throws Exception {
    Result usual = run(dir, Map.of(), sco.toString(), "chair", "--on", "2019-06-14");
    assertThat(usual.exit).as(usual.err).isZero();
    Result off = run(dir, Map.of("SCO_CDS", "off"), sco.toString(), "chair", "--on", "2019-06-14");
    assertThat(off).isEqualTo(usual);
    ProcessBuilder pb = new ProcessBuilder(sco.toString(), "chair", "--on", "2019-06-14").directory(dir.toFile());
    pb.environment().remove("HOME");
    pb.environment().remove("XDG_CACHE_HOME");
    pb.environment().remove("SCO_CDS_DIR");
    // without a home the launcher makes no archive, and no directory in a guessed place
    Path guessed = Path.of("/nonexistent");
    boolean existed = Files.exists(guessed);
    assertThat(run(pb)).isEqualTo(usual);
    assertThat(run(pb)).isEqualTo(usual);
    if (!existed) {
      assertThat(guessed).doesNotExist();
    }
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
    Result tar = run(dir, Map.of(), "tar", "-xzf", TARGET.resolve("sco-" + VERSION + "-dist.tar.gz").toString(),
        "-C", home.toString());
    assertThat(tar.exit).as(tar.err).isZero();
    Path launcher = home.resolve("sco-" + VERSION + "/bin/sco");
    Path jar = home.resolve("sco-" + VERSION + "/lib/sco.jar");
    Path cds = dir.resolve("cds");
    Map<String, String> env = Map.of("SCO_CDS_DIR", cds.toString());
    Result before = run(dir, env, launcher.toString(), "chair", "--on", "2019-06-14");
    assertThat(before.exit).as(before.err).isZero();
    Path old = awaitArchive(cds);
    FileTime time = Files.getLastModifiedTime(jar);
    Files.writeString(dir.resolve("extra.txt"), "a file the old jar did not have");
    Path jarTool = Path.of(System.getProperty("java.home"), "bin", "jar");
    Result update = run(dir, Map.of(), jarTool.toString(), "uf", jar.toString(), "-C", dir.toString(), "extra.txt");
    assertThat(update.exit).as(update.err).isZero();
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
    assertThat(log.out).contains("io.github.scosdk.examples.cli.ChairCommand source: shared objects file");
  }

  /** A maker still writing into the shared directory would keep JUnit from deleting it. */
  @AfterAll
  static void awaitMakers() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      try (var files = Files.list(cache)) {
        if (files.noneMatch(p -> p.getFileName().toString().endsWith(".making"))) {
          return;
        }
      }
      Thread.sleep(200);
    }
  }

  /** Waits until no maker writes the archive any more (at most two minutes). */
  private static void awaitArchive(Path cds, Path archive) throws IOException, InterruptedException {
    Path making = cds.resolve(archive.getFileName() + ".making");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (Files.exists(making) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
  }

  /** The archive the launcher made in the directory, waiting for its background maker (at most two minutes). */
  private static Path awaitArchive(Path cds) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(cds)) {
        try (var files = Files.list(cds)) {
          List<Path> all = files.toList();
          boolean making = all.stream().anyMatch(p -> p.getFileName().toString().endsWith(".making"));
          List<Path> archives = all.stream().filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
          if (!making && archives.size() == 1) {
            return archives.get(0);
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no class-data sharing archive in " + cds + " after two minutes");
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(Path dir, Map<String, String> env, String... command) throws IOException,
      InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile());
    // the tests' archives stay in the test's directory (a test that needs its own passes SCO_CDS_DIR)
    pb.environment().put("SCO_CDS_DIR", cache.toString());
    pb.environment().putAll(env);
    return run(pb);
  }

  private static Result run(ProcessBuilder pb) throws IOException, InterruptedException {
    Path out = Files.createTempFile(unpacked, "out", ".txt");
    Path err = Files.createTempFile(unpacked, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
