package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.examples.TestData;
import io.github.scosdk.json.ScoJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @TempDir Path dir;

  @Test
  void writesTheDatasetAsJsonToStandardOutput() {
    Cli.Result r = Cli.run("export");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"format\"", "sco-dataset/1");
    assertThat(ScoJson.standard().readDataset(r.out())).isEqualTo(TestData.dataset());
  }

  @Test
  void writesToAFileThatReadsBackAsTheSameDataset() throws IOException {
    Path file = dir.resolve("sco.json");
    Cli.Result r = Cli.run("export", "--out", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("Wrote " + file + " (10 states, ");
    assertThat(ScoJson.standard().readDataset(Files.readString(file))).isEqualTo(TestData.dataset());
  }

  @Test
  void exportingADataFileAgainGivesTheSameBytes() throws IOException {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    Cli.run("export", "--out", first.toString());
    Cli.Result r = Cli.run("export", "--data", first.toString(), "--out", second.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void anUnwritableOutputExits2() {
    Path file = dir.resolve("no-such-dir").resolve("sco.json");
    Cli.Result r = Cli.run("export", "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("sco export: cannot write '" + file + "': no such file or directory\n");
  }
}
