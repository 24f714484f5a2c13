package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file path quoted in a message ({@code --data}, {@code --overlay}, {@code validate FILE}, {@code --out}) has its
 * control characters escaped as text output escapes them, a line feed included: never echoed raw, never folded
 * into a space.
 */
class PathEchoTest {

  /** A path under /dev/null, where no file can ever exist or be made (a /nonexistent directory can exist). */
  private static final String HOSTILE = "/dev/null/a\u001b[31m\nb.json";
  private static final String SHOWN = "'/dev/null/a\\x1b[31m\\nb.json'";

  @TempDir Path dir;

  @Test
  void aMissingDataFileIsNamedEscaped() {
    assertFails(Cli.run("members", "--data", HOSTILE), "sco members: cannot read " + SHOWN);
  }

  @Test
  void aMissingOverlayFileIsNamedEscaped() {
    assertFails(Cli.run("members", "--overlay", HOSTILE), "sco members: cannot read " + SHOWN);
  }

  @Test
  void aMissingFileToValidateIsNamedEscaped() {
    assertFails(Cli.run("validate", HOSTILE), "sco validate: cannot read " + SHOWN);
  }

  @Test
  void twoDatasetFilesAreNamedEscaped() {
    assertFails(Cli.run("validate", HOSTILE, "--data", "x\u001b.json"),
        "sco validate: two dataset files given (" + SHOWN + " and --data 'x\\x1b.json'): give one");
  }

  @Test
  void anOutFileThatCannotBeWrittenIsNamedEscaped() {
    assertFails(Cli.run("export", "--out", HOSTILE), "sco export: cannot write " + SHOWN);
  }

  @Test
  void theFileWrittenIsNamedEscaped() {
    Path out = dir.resolve("a\u001b[31m\nb.json");
    Cli.Result r = Cli.run("export", "--out", out.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(Files.exists(out)).isTrue();
    assertThat(r.out()).startsWith("Wrote " + dir + "/a\\x1b[31m\\nb.json (").hasLineCount(1);
  }

  private static void assertFails(Cli.Result r, String line) {
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).startsWith(line);
    HostileDataTest.assertNoRawControls(r.err());
  }
}
