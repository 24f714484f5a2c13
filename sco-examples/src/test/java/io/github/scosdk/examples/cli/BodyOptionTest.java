package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.examples.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --body chs|chg} on {@code chair}, {@code timeline} and {@code next-chair}, over the reference dataset (which
 * holds the CHG chairmanship terms): {@code chs} is the default and changes nothing, {@code chg} answers for the
 * chairmanship of the Council of Heads of Government, and any other value exits 2 with one line.
 */
class BodyOptionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private static Cli.Result sco(String... args) {
    return Cli.run(ScoReference.dataset(), TestData.clock(TODAY), args);
  }

  private static JsonNode json(String... args) {
    Cli.Result r = sco(args);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return JsonMapper.builder().build().readTree(r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"chair", "timeline", "next-chair"})
  void chsIsTheDefaultInEveryFormat(String command) {
    List<String> day = command.equals("timeline") ? List.of() : List.of("--on", "2019-06-14");
    for (String format : List.of("text", "json", "csv")) {
      Cli.Result plain = sco(args(command, day, "--format", format));
      assertThat(plain.exitCode()).as(plain.toString()).isZero();
      for (String chs : List.of("chs", "CHS", " Chs ")) {
        assertThat(sco(args(command, day, "--body", chs, "--format", format)).out()).isEqualTo(plain.out());
      }
    }
  }

  private static String[] args(String command, List<String> day, String... rest) {
    List<String> all = new java.util.ArrayList<>(List.of(command));
    all.addAll(day);
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  @Test
  void chairNamesTheChgChairmanshipAndItsTerm() {
    Cli.Result r = sco("chair", "--on", "2024-10-16", "--body", "chg");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains(
        "On 2024-10-16 the CHG chairmanship is held by Russia (RU).",
        "Term:     [2024-10-16, 2025-11-18) (chg-term-2024-ru)",
        "Opened:   at the close of Islamabad 2024-10-15..2024-10-16 (chg-2024-islamabad)",
        "Closes:   at the close of Moscow 2025-11-17..2025-11-18 (chg-2025-moscow)",
        "Sources:");
    assertThat(sco("chair", "--on", "2024-10-15", "--body", "chg").out()).contains("held by Pakistan (PK)");
  }

  @Test
  void chairBeforeTheFirstChgMeetingIsSaidPlainly() {
    Cli.Result r = sco("chair", "--on", "2001-09-13", "--body", "chg");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("No CHG chairmanship term covers 2001-09-13 in this dataset.\n");
  }

  @Test
  void chairJsonAndCsvOfAChgTerm() {
    JsonNode term = json("chair", "--on", "2020-06-01", "--body", "chg", "--format", "json").get("presidency");
    assertThat(term.get("id").asString()).isEqualTo("chg-term-2019-in");
    assertThat(term.get("body").asString()).isEqualTo("chg");
    assertThat(term.get("holder").asString()).isEqualTo("IN");
    assertThat(term.get("summits").get(0).get("id").asString()).isEqualTo("chg-2020-video");
    List<String> csv = sco("chair", "--on", "2020-06-01", "--body", "chg", "--format", "csv").out().lines().toList();
    assertThat(csv).hasSize(2);
    assertThat(csv.get(0)).isEqualTo(String.join(",", PresidencyFields.CSV_HEADER));
    assertThat(csv.get(1)).startsWith("chg-term-2019-in,IN,India,2019-11-02,2020-11-30,high,chg-2020-video,");
  }

  @Test
  void timelineListsTheChgTermsWithTheirMeetings() {
    Cli.Result r = sco("timeline", "--body", "chg");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> lines = r.out().lines().toList();
    int terms = ScoReference.dataset().presidencyTimeline(io.github.scosdk.model.Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
        .size();
    assertThat(terms).isEqualTo(24);
    assertThat(lines).hasSize(terms + 2);
    assertThat(lines.get(0)).contains("HOLDER", "MEETINGS").doesNotContain("SUMMITS");
    assertThat(lines.get(1)).contains("China (CN)", "2001-09-14", "2003-09-23", "Beijing 2003-09-23");
    assertThat(lines.get(terms)).contains("Tajikistan (TJ)", "2025-11-18", "ongoing", "Dushanbe 2026-10 (planned)");
    assertThat(lines.get(terms + 1)).isEqualTo(terms + " CHG chairmanship terms.");
    JsonNode json = json("timeline", "--body", "chg", "--format", "json");
    assertThat(json.size()).isEqualTo(terms);
    assertThat(json.get(0).get("body").asString()).isEqualTo("chg");
    List<String> csv = sco("timeline", "--body", "chg", "--format", "csv").out().lines().toList();
    assertThat(csv).hasSize(terms + 1);
    assertThat(csv.get(terms)).startsWith("chg-term-2025-tj,TJ,Tajikistan,2025-11-18,ongoing,medium,chg-2026-dushanbe,");
  }

  @Test
  void nextChairAfterTheTajikTermIsUzbekistanAndTheJsonNamesTheBody() {
    Cli.Result r = sco("next-chair", "--body", "chg");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains(
        "Next CHG chairmanship after 2026-03-01:",
        "Current:   Tajikistan (TJ), term [2025-11-18, ongoing)",
        "Predicted: Uzbekistan (UZ)");
    JsonNode n = json("next-chair", "--body", "chg", "--format", "json");
    assertThat(n.get("body").asString()).isEqualTo("chg");
    assertThat(n.get("current").get("id").asString()).isEqualTo("chg-term-2025-tj");
    assertThat(n.get("predicted").get("code").asString()).isEqualTo("UZ");
    assertThat(json("next-chair", "--format", "json").get("body").asString()).isEqualTo("chs");
    List<String> csv = sco("next-chair", "--body", "chg", "--format", "csv").out().lines().toList();
    assertThat(csv.get(1)).startsWith("2026-03-01,chg-term-2025-tj,TJ,UZ,Uzbekistan,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"chair", "timeline", "next-chair"})
  void aBodyWithoutAChairmanshipExits2WithOneLine(String command) {
    for (String bad : List.of("cmfa", "council_of_heads_of_government", "", "ch\u001bg")) {
      Cli.Result r = sco(command, "--body", bad);
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).hasLineCount(1).startsWith("sco " + command + ": ")
          .contains("is not a body with a chairmanship: expected chs (the presidency) or chg")
          .doesNotContain("\u001b");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"chair", "timeline", "next-chair"})
  void helpNamesTheOption(String command) {
    assertThat(sco(command, "--help").out()).contains("--body=BODY", "chs", "chg");
  }
}
