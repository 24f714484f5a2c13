package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.examples.TestData;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command shares: help, version, the --data option and the one-line failures with exit code 2. */
class CommandLineTest {

  static final String[] COMMANDS = {
    "timeline", "members", "chair", "next-chair", "status", "validate", "export", "chart"
  };

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"timeline", "members", "chair", "next-chair", "status", "validate", "export", "chart"})
  void everyCommandHasHelp(String command) {
    Cli.Result r = Cli.run(command, "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Usage: sco " + command).contains("-h, --help");
  }

  @ParameterizedTest
  @ValueSource(strings = {"timeline", "members", "chair", "next-chair", "status", "validate", "export", "chart"})
  void everyCommandInheritsTheVersionOptionAndHasData(String command) {
    Cli.Result r = Cli.run(command, "--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("sco 0.");
    assertThat(Cli.run(command, "--help").out()).contains("--data=FILE");
  }

  @Test
  void topLevelHelpListsEveryCommandAndTheExitCodes() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains(COMMANDS).contains("Exit codes:", "2  bad arguments or unreadable input");
  }

  @Test
  void helpCommandShowsACommandsUsage() {
    Cli.Result r = Cli.run("help", "members");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Usage: sco members").contains("--on=DATE", "--data=FILE");
  }

  @Test
  void versionNamesTheBuild() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("sco 0.").contains("Java ").doesNotContain("${");
  }

  @Test
  void noCommandIsABadArgument() {
    Cli.Result r = Cli.run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).startsWith("sco: missing command").contains("timeline");
  }

  @Test
  void anUnknownCommandIsOneLineAndExits2() {
    Cli.Result r = Cli.run("presidents");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).startsWith("sco: ").contains("presidents");
  }

  @Test
  void anUnknownOptionIsOneLineAndExits2() {
    Cli.Result r = Cli.run("timeline", "--colour");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("sco timeline: Unknown option: '--colour' (see sco timeline --help)\n");
  }

  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of((Object) new String[] {"timeline"}),
        Arguments.of((Object) new String[] {"members", "--on", "2020-01-01"}),
        Arguments.of((Object) new String[] {"chair", "--on", "2020-01-01"}),
        Arguments.of((Object) new String[] {"next-chair"}),
        Arguments.of((Object) new String[] {"status", "KZ"}),
        Arguments.of((Object) new String[] {"export"}),
        Arguments.of((Object) new String[] {"chart", "--out", "unused.svg"}));
  }

  @ParameterizedTest
  @MethodSource("queries")
  void everyQueryReadsAMissingDataFileAsOneLineAndExit2(String[] args) {
    Path missing = dir.resolve("missing.json");
    String[] withData = Stream.concat(Stream.of(args), Stream.of("--data", missing.toString())).toArray(String[]::new);
    Cli.Result r = Cli.run(withData);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(
        "sco " + args[0] + ": cannot read '" + missing + "': no such file or directory\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anInternalFailureIsOneLineWithExit3NeverAStackTrace() {
    Cli.Result r = Cli.run(Sco.commandLine(TestData.clock(), () -> {
      throw new IllegalStateException("reference dataset broken");
    }), "timeline");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).isEqualTo(
        "sco timeline: internal error: java.lang.IllegalStateException: reference dataset broken\n");
  }

  @Test
  void anErrorSuchAsOutOfMemoryIsOneLineWithExit3() {
    Cli.Result r = failing(new OutOfMemoryError("Java heap space"), "validate");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("sco validate: out of memory (Java heap space): give Java a larger heap, such as"
        + " java -Xmx2g -jar sco.jar\n");
  }

  @Test
  void anyOtherErrorIsOneLineWithExit3() {
    Cli.Result r = failing(new StackOverflowError(), "members");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("sco members: internal error: java.lang.StackOverflowError\n");
  }

  /** Runs the command over a default dataset that cannot be loaded for the error. */
  private static Cli.Result failing(Error error, String command) {
    return Cli.run(Sco.commandLine(TestData.clock(), () -> {
      throw error;
    }), command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-12-31", "-0001-01-01", "+10000-01-01"})
  void aDateOutsideTheYears1To9999IsABadArgument(String day) {
    Cli.Result r = Cli.run("chair", "--on", day);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1)
        .contains("'" + day + "' is out of range: give a day from 0001-01-01 to 9999-12-31");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01", "9999-12-31"})
  void theFirstAndLastDaysAreAnswered(String day) {
    assertThat(Cli.run("members", "--on", day).exitCode()).isZero();
  }
}
