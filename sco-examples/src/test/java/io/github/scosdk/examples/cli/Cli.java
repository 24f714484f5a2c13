package io.github.scosdk.examples.cli;

import io.github.scosdk.examples.TestData;
import io.github.scosdk.model.ScoDataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import picocli.CommandLine;

/** Runs the {@code sco} command in-process, capturing its exit code, standard output and standard error. */
final class Cli {

  /** What a run produced. */
  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private Cli() {}

  /** Runs over the test dataset, on {@link TestData#TODAY}. */
  static Result run(String... args) {
    return run(TestData.dataset(), TestData.clock(), args);
  }

  static Result run(ScoDataset dataset, Clock clock, String... args) {
    return run(Sco.commandLine(clock, () -> dataset), args);
  }

  static Result run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
