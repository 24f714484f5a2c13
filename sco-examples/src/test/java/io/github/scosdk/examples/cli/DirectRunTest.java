package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.examples.TestData;
import io.github.scosdk.model.ScoDataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DirectRun} answers the plain forms of {@code chair}, {@code members} and {@code timeline} without
 * picocli: every answer, exit code and failure is the one picocli's run of the same arguments gives, over the test
 * dataset and the reference dataset; every other form is left to picocli.
 */
class DirectRunTest {

  /** Arguments separated by single spaces. */
  private static Stream<List<String>> split(String... lines) {
    return Stream.of(lines).map(line -> line.isEmpty() ? List.of() : List.of(line.split(" ")));
  }

  static Stream<List<String>> direct() {
    return split(
        "chair",
        "chair --on 2019-06-14",
        "chair --on=2019-06-14",
        "chair --on 2019-06-14 --format json",
        "chair --format csv --on 2019-06-14",
        "chair --body chg --on 2019-06-14",
        "chair --on 2019-06-14 --body=chs --format=text",
        "chair --on 2030-01-01",
        "chair --on 2030-01-01 --format json",
        "chair --on 2030-01-01 --format csv",
        "chair --on 1990-01-01",
        "chair --on 0001-01-01",
        "chair --on 9999-12-31 --body chg",
        "chair --on 2020-02-29",
        "chair --on 2000-02-29",
        "chair --on 2019-12-31",
        "members",
        "members --on 2017-06-09",
        "members --on 2017-06-08 --format json",
        "members --format=csv --on=2024-07-04",
        "members --on 2030-01-01",
        "timeline",
        "timeline --format json",
        "timeline --format csv",
        "timeline --body chg",
        "timeline --body=chg --format=json");
  }

  static Stream<List<String>> picocli() {
    return Stream.concat(
        split(
            "",
            "--help",
            "help chair",
            "status KZ",
            "next-chair",
            "chair --help",
            "chair -h",
            "chair --version",
            "chair --on",
            "chair --on=",
            "chair --on not-a-day",
            "chair --on 2019-02-30",
            "chair --on 2019-02-29",
            "chair --on 1900-02-29",
            "chair --on 2019-04-31",
            "chair --on 2019-13-01",
            "chair --on 2019-00-10",
            "chair --on 2019-06-00",
            "chair --on 0000-01-01",
            "chair --on 2019-06-1x",
            "chair --on 2019-6-14",
            "chair --on 10000-01-01",
            "chair --on +2019-06-14",
            "chair --on @days.txt",
            "chair @args.txt",
            "chair --on 2019-06-14 --on 2019-06-15",
            "chair --on=2019-06-14 --on 2019-06-14",
            "chair --body chs --body chs",
            "timeline --format csv --format csv",
            "chair --format JSON",
            "chair --format xml",
            "chair --body CHG",
            "chair --data /no/such/file.json",
            "chair --overlay /no/such/file.json",
            "chair 2019-06-14",
            "chair -- --on 2019-06-14",
            "chair --On 2019-06-14",
            "members --body chs",
            "timeline --on 2019-06-14",
            "timeline --format"),
        Stream.of(List.of("chair", "--on", " 2019-06-14"), List.of("chair", "--body", " chg")));
  }

  @ParameterizedTest
  @MethodSource("direct")
  void answersAsPicocliDoesOverTheTestData(List<String> args) {
    assertSameRun(TestData::dataset, TestData.clock(), args);
  }

  @ParameterizedTest
  @MethodSource("direct")
  void answersAsPicocliDoesOverTheReferenceDataset(List<String> args) {
    assertSameRun(ScoReference::dataset, Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC), args);
  }

  @ParameterizedTest
  @MethodSource("direct")
  void failsAsPicocliDoesWhenTheDatasetCannotBeHadOrTheOutputWritten(List<String> args) {
    assertSameRun(() -> {
      throw new IllegalStateException("resource: 'sco-reference.bin' could not be read");
    }, TestData.clock(), args);
    assertSameRun(() -> {
      throw new OutOfMemoryError("Java heap space");
    }, TestData.clock(), args);
    String[] a = args.toArray(String[]::new);
    Cli.Result viaPicocli = run(null, TestData::dataset, TestData.clock(), a, true);
    Cli.Result direct = run(DirectRun.command(a, TestData.clock(), new DatasetSource(TestData::dataset)),
        TestData::dataset, TestData.clock(), a, true);
    assertThat(direct).isEqualTo(viaPicocli);
    assertThat(direct.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(direct.err()).isEqualTo("sco " + args.get(0) + ": cannot write standard output\n");
  }

  @Test
  void itsCommandsAreSubcommandsThatReadTheReferenceDataset() {
    assertThat(Sco.subcommandNames()).containsAll(DirectRun.NAMES);
    for (String name : DirectRun.NAMES) {
      assertThat(Sco.readsTheReferenceDataset(new String[] {name})).as(name).isTrue();
      assertThat(Sco.readsTheReferenceDataset(new String[] {name, "--help"})).as(name).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("picocli")
  void leavesEveryOtherFormToPicocli(List<String> args) {
    String[] a = args.toArray(String[]::new);
    assertThat(DirectRun.command(a, TestData.clock(), new DatasetSource(TestData::dataset))).isNull();
  }

  private static void assertSameRun(Supplier<ScoDataset> data, Clock clock, List<String> args) {
    String[] a = args.toArray(String[]::new);
    Query<?> command = DirectRun.command(a, clock, new DatasetSource(data));
    assertThat(command).as("answered directly").isNotNull();
    Cli.Result viaPicocli = run(null, data, clock, a, false);
    Cli.Result direct = run(command, data, clock, a, false);
    assertThat(direct).isEqualTo(viaPicocli);
  }

  /** A run by picocli ({@code command} null) or by {@link DirectRun}, to a working or a failing output. */
  private static Cli.Result run(Query<?> command, Supplier<ScoDataset> data, Clock clock, String[] args,
      boolean failingOut) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = failingOut ? new PrintWriter(new FailingWriter()) : new PrintWriter(out, true);
    PrintWriter e = new PrintWriter(err, true);
    int code;
    if (command == null) {
      var cl = Sco.commandLine(clock, data);
      cl.setOut(o);
      cl.setErr(e);
      code = cl.execute(args);
    } else {
      code = DirectRun.execute(args[0], command, o, e);
    }
    return new Cli.Result(code, out.toString(), err.toString());
  }

  /** A writer whose every write fails, as standard output on a full disk. */
  private static final class FailingWriter extends Writer {
    @Override
    public void write(char[] buf, int off, int len) throws java.io.IOException {
      throw new java.io.IOException("No space left on device");
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
