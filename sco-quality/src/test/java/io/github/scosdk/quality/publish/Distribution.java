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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive of sco-examples unpacked into a directory of the test class, and the runs of its
 * {@code bin/sco}. Every run keeps its class-data sharing archive in a directory of the test ({@code SCO_CDS_DIR}),
 * never in the user's cache. The base of {@link DistributionTest} and {@link DistributionArchiveTest}, two classes so
 * that the build's two test JVMs run them side by side (as one class it was the longest of sco-quality, the build's
 * last module). The state is static, set again for each class: a JVM runs its test classes one after the other.
 */
abstract class Distribution {

  static final String VERSION = System.getProperty("sco.version", "missing");
  static final Path TARGET = Path.of(System.getProperty("sco.examples.target", "missing"));

  /** The archive the build made. */
  static final Path ARCHIVE = TARGET.resolve("sco-" + VERSION + "-dist.tar.gz");

  /** Where it was unpacked. */
  @TempDir static Path unpacked;
  /** The archive directory of runs that name none. */
  @TempDir static Path cache;
  /** The launcher. */
  static Path sco;

  @BeforeAll
  static void unpack() throws IOException, InterruptedException {
    assertThat(ARCHIVE).as("built by sco-examples (mvn package)").isRegularFile();
    Result tar = run(unpacked, Map.of(), "tar", "-xzf", ARCHIVE.toString(), "-C", unpacked.toString());
    assertThat(tar.exit).as(tar.err).isZero();
    Path home = unpacked.resolve("sco-" + VERSION);
    assertThat(home.resolve("lib/sco.jar")).isRegularFile();
    assertThat(home.resolve("LICENSE")).isRegularFile();
    assertThat(home.resolve("NOTICE")).isRegularFile();
    sco = home.resolve("bin/sco");
    assertThat(Files.isExecutable(sco)).as("bin/sco is executable").isTrue();
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
  static void awaitArchive(Path cds, Path archive) throws InterruptedException {
    Path making = cds.resolve(archive.getFileName() + ".making");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (Files.exists(making) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
  }

  /** The archive the launcher made in the directory, waiting for its background maker (at most two minutes). */
  static Path awaitArchive(Path cds) throws IOException, InterruptedException {
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

  /** A finished run. */
  record Result(int exit, String out, String err) {}

  /** Runs a command in {@code dir}, with the cache directory as {@code SCO_CDS_DIR} unless {@code env} names one. */
  static Result run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile());
    // the tests' archives stay in the test's directory (a test that needs its own passes SCO_CDS_DIR)
    pb.environment().put("SCO_CDS_DIR", cache.toString());
    pb.environment().putAll(env);
    return run(pb);
  }

  /** Runs a process as it is built (at most 60 seconds). */
  static Result run(ProcessBuilder pb) throws IOException, InterruptedException {
    Path out = Files.createTempFile(unpacked, "out", ".txt");
    Path err = Files.createTempFile(unpacked, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
