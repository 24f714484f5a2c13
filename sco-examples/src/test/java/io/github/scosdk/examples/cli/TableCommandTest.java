package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.examples.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TableCommandTest {

  @TempDir Path dir;

  private static Cli.Result run(String... args) {
    return Cli.run(ScoReference.dataset(), TestData.clock(), args);
  }

  @Test
  void writesTheIntervalsAsCsvWithAHeaderToStandardOutput() {
    Cli.Result r = run("table", "intervals");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("iso2,iso3,cow,gw,wikidata,status,accession_stage,valid_from,valid_to,open_end,"
        + "from_precision,to_precision,confidence,source_ids,dataset_version");
    String cnSources = String.join(";",
        ScoReference.dataset().statusChange("status-cn-2001-06-15-member").orElseThrow().sources());
    assertThat(lines.get(1)).isEqualTo("CN,CHN,710,710,Q148,member,none,2001-06-15,,ongoing,day,,high," + cnSources + ","
        + ScoReference.version().version());
    // one span per day on which either track changes (no accession step shares its state's day with a status change)
    assertThat(lines).hasSize(
        1 + ScoReference.dataset().statusChanges().size() + ScoReference.dataset().accessionSteps().size());
    assertThat(r.out()).contains("\r\n");
  }

  @Test
  void writesTheCowPanelForTheYearsAskedFor() {
    Cli.Result r = run("table", "state-year", "--profile", "cow-v3", "--from", "1995", "--to", "2001");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(1 + 27 * 7);
    assertThat(lines.get(0)).isEqualTo("ccode,year,sco,iso2");
    assertThat(lines).contains("710,1995,-1,CN", "710,1996,1,CN", "704,2000,0,UZ", "704,2001,1,UZ", "750,2001,0,IN");
  }

  @Test
  void writesJsonLinesAtomicallyToAFile() throws IOException {
    Path file = dir.resolve("state-year.jsonl");
    Files.writeString(file, "old content");
    Cli.Result r = run("table", "state-year", "--profile", "extended", "--format", "jsonl", "--from", "2016",
        "--to", "2016", "--out", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("Wrote " + file + " (state-year, 27 rows, jsonl).\n");
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(27);
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("{\"ccode\":710,\"year\":2016,\"sco\":1,\"iso2\":\"CN\""));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of(List.of("table", "panel"), "sco table: shape: unknown shape 'panel' (one of: intervals, state-day,"
            + " state-year, dyad-year, presidencies, meetings, documents, officials)"),
        Arguments.of(List.of("table", "state-year", "--profile", "cow"),
            "sco table: profile: unknown profile 'cow' (one of: cow-v3, extended)"),
        Arguments.of(List.of("table", "intervals", "--format", "xlsx"),
            "sco table: format: unknown format 'xlsx' (one of: csv, jsonl)"),
        Arguments.of(List.of("table", "state-year", "--from", "2010", "--to", "2009"),
            "sco table: --from: 2010 is after --to 2009"),
        Arguments.of(List.of("table", "state-day", "--from", "1989"),
            "sco table: --from: year 1989 is not in 1990..9999"),
        Arguments.of(List.of("table", "state-day", "--to", "10000"),
            "sco table: --to: year 10000 is not in 1990..9999"),
        Arguments.of(List.of("table", "intervals", "--profile", "extended"),
            "sco table: --profile applies to state-year only, not to intervals"));
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void badInputIsOneLineAndExit2(List<String> args, String message) {
    Cli.Result r = run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(message + "\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aFailedWriteLeavesNoFileBehind() {
    Path file = dir.resolve("missing").resolve("t.csv");
    Cli.Result r = run("table", "meetings", "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("sco table: cannot write '" + file + "': ");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void aNonNumericYearIsABadArgument() {
    Cli.Result r = run("table", "state-year", "--from", "soon");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
  }
}
