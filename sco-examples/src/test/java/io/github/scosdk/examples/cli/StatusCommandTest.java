package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusCommandTest {

  @Test
  void showsTheHistoryInDateOrderWithSources() {
    Cli.Result r = Cli.run("status", "IN");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("India (IN), Индия, 印度");
    assertThat(lines.get(1)).isEqualTo("Status today (2025-10-01): member");
    assertThat(r.out()).containsSubsequence(
        "2005-07-05  observer", "2015-07-10  accession started", "2016-06-24  acceding",
        "2017-06-09  member             chs-2017-astana");
    assertThat(r.out()).contains("Sources:", "tass-2017: India and Pakistan join the SCO. http://tass.com/world/950697");
  }

  @Test
  void showsPartialDatesAndNotesAsRecorded() {
    Cli.Result r = Cli.run("status", "BY");
    assertThat(r.out()).contains("2010-04     dialogue partner", "Notes:", "2010-04: Memorandum to be signed in Minsk");
  }

  @Test
  void showsTheApplicationsAfterTheHistoryWithTheirSources() {
    Cli.Result r = Cli.run("status", "BY");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).containsSubsequence(
        "2024-07-04  member", "Applications (dated facts, not statuses):",
        "DATE     SOUGHT  DECIDED AT          CONFIDENCE  SOURCES",
        "2022-07  member  chs-2022-samarkand  high        sputnik-2022",
        "Notes:", "2022-07 (application): Applied in July 2022", "Sources:", "sputnik-2022: Heads of 3 SCO");
    assertThat(Cli.run("status", "IN").out()).doesNotContain("Applications");
  }

  @ParameterizedTest
  @ValueSource(strings = {"in", "India", "INDIA", "Индия"})
  void acceptsTheCodeOrTheNameInAnyCase(String name) {
    assertThat(Cli.run("status", name).out()).startsWith("India (IN)");
  }

  @Test
  void anUnknownStateIsOneLineAndExits2() {
    Cli.Result r = Cli.run("status", "Atlantis");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(
        "sco status: unknown state 'Atlantis': not a state of the dataset (give an ISO code such as KZ or an"
            + " English name such as Kazakhstan)\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingStateExits2() {
    Cli.Result r = Cli.run("status");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).contains("STATE");
  }

  @Test
  void theReferenceDataShowsBothTracks() {
    java.time.Clock clock = io.github.scosdk.examples.TestData.clock(java.time.LocalDate.of(2016, 7, 1));
    io.github.scosdk.model.ScoDataset reference = io.github.scosdk.data.ScoReference.dataset();
    Cli.Result r = Cli.run(reference, clock, "status", "IN");
    assertThat(r.out()).contains("Status today (2016-07-01): observer, acceding (memorandum signed)");
    assertThat(r.out()).containsSubsequence(
        "2005-07-05  observer", "2015-07-10  accession: started", "2016-06-24  accession: memorandum signed",
        "2017-06-09  member");
    List<String> csv = Cli.run(reference, clock, "status", "IN", "--format", "csv").out().lines().toList();
    assertThat(csv).hasSize(5).anySatisfy(l -> assertThat(l).contains(",IN,2016-06-24,memorandum_signed,").endsWith(",accession_step"));
    String json = Cli.run(reference, clock, "status", "IN", "--format", "json").out();
    assertThat(json).contains("\"accessionStageToday\"").contains("\"memorandum_signed\"");
    String members = Cli.run(reference, clock, "members", "--format", "json").out();
    assertThat(members.replaceAll("\\s", "")).contains("\"stage\":\"memorandum_signed\"");
  }
}
