package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.examples.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer about a day after the dataset's horizon (the test dataset is complete up to {@link TestData#TODAY})
 * carries one note naming the horizon, in every format; an answer up to the horizon, and validate, carry none.
 */
class HorizonNoteTest {

  private static final String NOTE = "the dataset is complete up to 2025-10-01; later facts may be missing";
  private static final LocalDate LATER = TestData.TODAY.plusDays(1);

  /** The commands that answer about a day, asked about the day after the horizon. */
  static Stream<List<String>> beyond() {
    return Stream.of(
        List.of("members", "--on", LATER.toString()),
        List.of("chair", "--on", LATER.toString()),
        List.of("next-chair", "--on", LATER.toString()),
        List.of("status", "KG"));
  }

  private static Cli.Result run(List<String> args, String format) {
    String[] all = Stream.concat(args.stream(), Stream.of("--format", format)).toArray(String[]::new);
    return Cli.run(TestData.dataset(), TestData.clock(LATER), all);
  }

  @ParameterizedTest
  @MethodSource("beyond")
  void textEndsWithOneNoteLine(List<String> args) {
    Cli.Result r = run(args, "text");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().lines().filter(l -> l.contains(NOTE))).containsExactly("Note: " + NOTE + ".");
    assertThat(r.out()).endsWith("Note: " + NOTE + ".\n");
  }

  @ParameterizedTest
  @MethodSource("beyond")
  void jsonHasTheNoteField(List<String> args) {
    Cli.Result r = run(args, "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode node = JsonMapper.builder().build().readTree(r.out());
    assertThat(node.get(HorizonNote.JSON_FIELD).asString()).isEqualTo(NOTE);
    assertThat(node.properties()).hasSizeGreaterThan(1);
  }

  @ParameterizedTest
  @MethodSource("beyond")
  void csvHasTheNoteColumnOnEveryRecord(List<String> args) {
    Cli.Result r = run(args, "csv");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).endsWith(",horizon_note");
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).endsWith("," + NOTE));
  }

  @Test
  void upToTheHorizonThereIsNoNote() {
    for (String format : List.of("text", "json", "csv")) {
      Cli.Result r = Cli.run("members", "--on", TestData.TODAY.toString(), "--format", format);
      assertThat(r.out()).doesNotContain("complete up to").doesNotContain(HorizonNote.JSON_FIELD)
          .doesNotContain(HorizonNote.CSV_COLUMN);
    }
  }

  @Test
  void validateAndTimelineCarryNoNote() {
    for (String command : List.of("validate", "timeline")) {
      Cli.Result r = Cli.run(TestData.dataset(), TestData.clock(LATER), command);
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).doesNotContain("complete up to");
    }
  }

  @Test
  void aDatasetWithoutAHorizonNeverCarriesTheNote() {
    Cli.Result r = Cli.run(TestData.builder().asOfDate(java.util.Optional.empty()).build(), TestData.clock(),
        "members", "--on", "9999-12-31");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).doesNotContain("complete up to");
  }
}
