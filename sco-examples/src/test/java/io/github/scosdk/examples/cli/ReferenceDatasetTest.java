package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.examples.TestData;
import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StatusChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The command as shipped: over the embedded reference dataset, through the public {@link Sco#commandLine}. */
class ReferenceDatasetTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @TempDir Path dir;

  static Cli.Result sco(String... args) {
    return Cli.run(Sco.commandLine(TestData.clock(TODAY)), args);
  }

  @Test
  void timelineRunsFromTheFoundingToTheOngoingTerm() {
    Cli.Result r = sco("timeline");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> lines = r.out().lines().toList();
    int terms = ScoReference.dataset().presidencyTimeline().size();
    assertThat(lines).hasSize(terms + 2);
    assertThat(lines.get(1)).contains("2001-06-15");
    assertThat(lines.get(terms)).contains("Kyrgyzstan (KG)", "2025-09-01", "ongoing");
    assertThat(lines.get(terms + 1)).isEqualTo(terms + " presidency terms.");
  }

  @Test
  void armeniasApplicationsAreShownUndecidedAndLaossUnnamedStatusAsSuch() {
    Cli.Result am = sco("status", "Armenia");
    assertThat(am.exitCode()).as(am.toString()).isZero();
    assertThat(am.out()).containsSubsequence(
        "Applications (dated facts, not statuses):", "2024     observer", "not decided", "2025-07  member",
        "not decided");
    Cli.Result la = sco("status", "LA");
    assertThat(la.out()).contains("an SCO status (not named)", "chs-2025-tianjin");
  }

  @Test
  void theReferenceDatasetValidatesWithoutError() {
    Cli.Result r = sco("validate");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("the reference dataset: valid, 0 errors");
  }

  @Test
  void membersOnTheDayIndiaAndPakistanJoined() {
    Cli.Result r = sco("members", "--on", "2017-06-09");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(MembersCommandTest.line(r.out(), "member ")).contains("  8  ", "India (IN)", "Pakistan (PK)");
  }

  @Test
  void chairOnTheDayOfTheTianjinClosingIsKyrgyzstan() {
    Cli.Result r = sco("chair", "--on", "2025-09-01");
    assertThat(r.out()).contains("held by Kyrgyzstan (KG)");
  }

  @Test
  void statusOfIndiaCitesItsSources() {
    Cli.Result r = sco("status", "India");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("2017-06-09", "member", "Sources:", "http");
  }

  @Test
  void nextChairGivesAPredictionWithReasons() {
    Cli.Result r = sco("next-chair");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Current:   Kyrgyzstan (KG)", "Predicted: ", "Reasoning:");
  }

  @Test
  void exportWritesTheReferenceDatasetExactly() throws Exception {
    Path file = dir.resolve("sco.json");
    Cli.Result r = sco("export", "--out", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(ScoJson.standard().readDataset(file)).isEqualTo(ScoReference.dataset());
  }

  @Test
  void chartHasABandForEveryStateWithAStatus() throws Exception {
    Path file = dir.resolve("sco.svg");
    Cli.Result r = sco("chart", "--out", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Document svg = Svg.parse(Files.readString(file));
    ScoDataset data = ScoReference.dataset();
    long withStatus = data.statusChanges().stream().map(StatusChange::state).distinct().count();
    assertThat(Svg.byClass(svg, "g", "band")).hasSize((int) withStatus);
    assertThat(Svg.byClass(svg, "g", "presidency")).hasSize(data.presidencies().size());
  }
}
