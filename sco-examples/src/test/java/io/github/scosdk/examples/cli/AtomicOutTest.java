package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.examples.TestData;
import io.github.scosdk.json.ScoJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} replaces a file atomically: the old file stays whole when writing fails, {@code -} is stdout. */
class AtomicOutTest {

  @TempDir Path dir;

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("sco.json"), "the old, good file");
    assertThatThrownBy(() -> AtomicFile.write(file, out -> {
      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    })).isInstanceOf(IOException.class).hasMessage("No space left on device");
    assertThat(Files.readString(file)).isEqualTo("the old, good file");
    assertThat(files()).containsExactly("sco.json");
  }

  @Test
  void exportReplacesAnExistingFileWholeAndKeepsItsPermissions() throws IOException {
    Path file = Files.writeString(dir.resolve("sco.json"), "x".repeat(1_000_000));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    Cli.Result r = Cli.run("export", "--out", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readString(file)).isEqualTo(ScoJson.standard().toJson(TestData.dataset()));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(files()).containsExactly("sco.json");
  }

  @Test
  void aSymbolicLinkIsFollowedAndTheFileItNamesReplaced() throws IOException {
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
    Cli.Result r = Cli.run("export", "--out", link.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("{");
  }

  @Test
  void aReadOnlyFileIsNotReplaced() throws IOException {
    Path file = Files.writeString(dir.resolve("sco.json"), "keep");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    Cli.Result r = Cli.run("export", "--out", file.toString());
    if (Files.isWritable(file)) {
      return; // root may write anything: nothing to refuse
    }
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("sco export: cannot write '" + file + "': permission denied\n");
    assertThat(Files.readString(file)).isEqualTo("keep");
  }

  @Test
  void aDirectoryIsNotReplaced() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Cli.Result r = Cli.run("chart", "--out", sub.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("sco chart: cannot write '" + sub + "': it is a directory\n");
    assertThat(Files.isDirectory(sub)).isTrue();
  }

  @Test
  void dashMeansStandardOutput() throws IOException {
    Cli.Result export = Cli.run("export", "--out", "-");
    assertThat(export.exitCode()).as(export.toString()).isZero();
    assertThat(ScoJson.standard().readDataset(export.out())).isEqualTo(TestData.dataset());
    Cli.Result chart = Cli.run("chart", "--out", "-");
    assertThat(chart.exitCode()).as(chart.toString()).isZero();
    assertThat(chart.out()).startsWith("<?xml").endsWith("</svg>\n");
    assertThat(Path.of("-")).doesNotExist();
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
