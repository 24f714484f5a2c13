package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.examples.TestData;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data that tries to drive the terminal or a spreadsheet: control characters are shown escaped in text and
 * escaped in JSON; formula-like CSV cells are neutralised; arguments and paths are never echoed raw.
 */
class HostileDataTest {

  /**
   * An OSC 52 clipboard write, a bell, a carriage return, a backspace, DEL, a C1 control and an RTL override (not
   * NUL: the builders refuse it).
   */
  static final String EVIL = "Rus\u001b]52;c;ZWNobyBwd25lZA==\u0007sia\r\b\u007f\u009b\u202e";

  private static final ScoDataset HOSTILE = build();

  static ScoDataset hostile() {
    return HOSTILE;
  }

  private static ScoDataset build() {
    List<State> states = TestData.dataset().states().stream()
        .map(s -> s.code().code().equals("RU") ? State.builder().from(s).nameEn(EVIL).nameRu(EVIL).build() : s)
        .toList();
    List<Presidency> terms = TestData.dataset().presidencies().stream()
        .map(p -> p.holder().code().equals("RU") ? Presidency.builder().from(p).slogan("=HYPERLINK(\"x\")\u202e").build() : p)
        .toList();
    return TestData.builder().states(states).presidencies(terms).build();
  }

  static Stream<List<String>> textOutputs() {
    return QueryFormatsTest.queries();
  }

  @ParameterizedTest
  @MethodSource("textOutputs")
  void textOutputShowsControlCharactersEscaped(List<String> args) {
    Cli.Result r = Cli.run(hostile(), TestData.clock(), args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.toString()).isIn(0, 1);
    assertNoRawControls(r.out());
    assertNoRawControls(r.err());
  }

  @Test
  void theEscapesAreVisibleAsGitAndLsShowThem() {
    Cli.Result r = Cli.run(hostile(), TestData.clock(), "status", "RU");
    assertThat(r.out()).startsWith("Rus\\x1b]52;c;ZWNobyBwd25lZA==\\asia\\r\\b\\x7f\\x9b\\u202e (RU), ");
  }

  @ParameterizedTest
  @MethodSource("textOutputs")
  void jsonEscapesThem(List<String> args) {
    String[] json = Stream.concat(args.stream(), Stream.of("--format", "json")).toArray(String[]::new);
    Cli.Result r = Cli.run(hostile(), TestData.clock(), json);
    assertNoRawControls(r.out());
    JsonNode node = JsonMapper.builder().build().readTree(r.out());
    assertThat(node.toString()).isNotEmpty();
  }

  @Test
  void jsonOfATermHoldsTheExactValue() {
    Cli.Result r = Cli.run(hostile(), TestData.clock(), "chair", "--on", "2019-06-14", "--format", "json");
    JsonNode term = JsonMapper.builder().build().readTree(r.out()).get("presidency");
    assertThat(term.get("holderName").asString()).isEqualTo(EVIL);
    assertThat(r.out()).contains("\\u001B]52", "\\u202E", "\\u007F");
  }

  @Test
  void csvNeutralisesCellsThatASpreadsheetWouldRunAsAFormula() {
    Cli.Result r = Cli.run(hostile(), TestData.clock(), "chair", "--on", "2019-06-14", "--format", "csv");
    assertThat(r.out()).doesNotContain(",=");
    assertThat(Csv.field("=1+2")).isEqualTo("'=1+2");
    assertThat(Csv.field("+1")).isEqualTo("'+1");
    assertThat(Csv.field("-1")).isEqualTo("'-1");
    assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.field("\t=1")).isEqualTo("'\t=1");
    assertThat(Csv.field("\r=1")).isEqualTo("\"'\r=1\"");
    assertThat(Csv.field("a=1")).isEqualTo("a=1");
  }

  @Test
  void anArgumentWithControlCharactersIsEchoedEscaped() {
    Cli.Result r = Cli.run("status", "At\u001b[2Jlantis");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("sco status: unknown state 'At\\x1b[2Jlantis'");
    assertNoRawControls(r.err());
  }

  @Test
  void aPathWithControlCharactersIsEchoedEscaped() {
    Path missing = Path.of("/nonexistent/a\u001b]0;owned\u0007.json");
    Cli.Result r = Cli.run("timeline", "--data", missing.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(
        "sco timeline: cannot read '/nonexistent/a\\x1b]0;owned\\a.json': no such file or directory\n");
  }

  static void assertNoRawControls(String output) {
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      assertThat(c != '\n' && TerminalText.isUnsafe(c, false))
          .as("raw U+%04X at %d in %s", (int) c, i, output)
          .isFalse();
    }
  }
}
