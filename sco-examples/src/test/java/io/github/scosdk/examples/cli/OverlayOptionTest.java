package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.examples.TestData;
import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StatusChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --overlay FILE}: newer facts laid over the dataset in use, on every command. */
class OverlayOptionTest {

  private static final LocalDate LATER = LocalDate.of(2026, 4, 1);

  @TempDir Path dir;

  /** Laos, an SCO partner from 2026-03-01, in a file complete up to 2026-07-01. */
  private Path laos() throws IOException {
    ScoDataset newer = ScoDataset.builder()
        .asOfDate(LocalDate.of(2026, 7, 1))
        .addState(State.builder().code(TestData.code("LA")).nameEn("Laos").nameRu("Лаос").nameZh("老挝")
            .addSource("sco-about").build())
        .addStatusChange(StatusChange.builder().id("sc-la-partner").state(TestData.code("LA"))
            .status(MembershipStatus.PARTNER).date(PartialDate.of(2026, 3, 1)).addSource("sco-about")
            .build())
        .build();
    Path file = dir.resolve("laos.json");
    ScoJson.standard().write(newer, file);
    return file;
  }

  @Test
  void theOverlayAddsItsFactsAndMovesTheHorizon() throws IOException {
    Cli.Result without = Cli.run("members", "--on", LATER.toString());
    assertThat(without.out()).doesNotContain("Laos").contains("complete up to 2025-10-01");

    Cli.Result with = Cli.run("members", "--on", LATER.toString(), "--overlay", laos().toString());

    assertThat(with.exitCode()).as(with.toString()).isZero();
    assertThat(with.out()).contains("Laos (LA)").doesNotContain("complete up to");
  }

  @Test
  void everyCommandTakesItAndItAppliesOverADataFile() throws IOException {
    Path laos = laos();
    Path data = dir.resolve("data.json");
    ScoJson.standard().write(TestData.dataset(), data);
    assertThat(Cli.run("status", "LA", "--overlay", laos.toString()).out()).contains("Laos (LA)", "partner");
    Cli.Result export = Cli.run("export", "--data", data.toString(), "--overlay", laos.toString());
    ScoDataset exported = ScoJson.standard().readDataset(export.out());
    assertThat(exported).isEqualTo(TestData.dataset().overlay(ScoJson.standard().readDataset(laos)).dataset());
    assertThat(exported.asOfDate()).contains(LocalDate.of(2026, 7, 1));
    Cli.Result validate = Cli.run("validate", "--overlay", laos.toString());
    assertThat(validate.exitCode()).as(validate.toString()).isZero();
    assertThat(validate.out()).contains("the reference dataset with overlay " + laos + ": valid");
  }

  @Test
  void repeatedOverlaysApplyInOrderTheLaterOneWinning() throws IOException {
    Path laos = laos();
    ScoDataset renamed = ScoDataset.builder()
        .addState(State.builder().code(TestData.code("LA")).nameEn("Lao PDR").nameRu("Лаос").nameZh("老挝")
            .addSource("sco-about").build())
        .build();
    Path second = dir.resolve("renamed.json");
    ScoJson.standard().write(renamed, second);

    Cli.Result r = Cli.run("members", "--on", LATER.toString(), "--overlay", laos.toString(), "--overlay",
        second.toString());

    assertThat(r.out()).contains("Lao PDR (LA)").doesNotContain("Laos");
  }

  @Test
  void anUnreadableOverlayIsOneLineAndExits2() throws IOException {
    Path missing = dir.resolve("missing.json");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"sco-dataset/1\", \"states\": [1]}");
    for (Path bad : new Path[] {missing, broken, dir}) {
      Cli.Result r = Cli.run("chair", "--overlay", bad.toString());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
      assertThat(r.err()).hasLineCount(1).contains("cannot read '" + bad + "'").doesNotContain("Exception");
      assertThat(r.out()).isEmpty();
    }
  }
}
