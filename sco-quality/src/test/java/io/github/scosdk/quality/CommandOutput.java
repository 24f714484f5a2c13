package io.github.scosdk.quality;

import io.github.scosdk.examples.cli.Sco;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * What the fuzz targets of the {@code sco} command require of its output: text meant for a terminal holds no raw
 * character that could drive the terminal or disguise what it shows (C0 and C1 controls but the line feed, DEL,
 * bidirectional controls, line and paragraph separators), and a failure is one line naming the command.
 */
final class CommandOutput {

  private CommandOutput() {}

  /**
   * The {@code sco} command line of a fuzz target, built once and run for every input, as a process runs it once:
   * building it (picocli reads the annotations of every command) costs several times what running a command on a
   * few KiB costs. picocli resets every option and parameter to its initial value before each run; the outputs are
   * emptied before each run. Not thread-safe: one per fuzzing thread.
   */
  static final class Runner {
    private final CommandLine cl = Sco.commandLine(ValidateCommandFuzzTest.TODAY);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    Runner() {
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
    }

    /** Runs the command line and returns its exit code; {@link #out()} and {@link #err()} then hold its output. */
    int run(String... args) {
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      return cl.execute(args);
    }

    /** {@return what the last run wrote to standard output} */
    String out() {
      return out.toString();
    }

    /** {@return what the last run wrote to standard error} */
    String err() {
      return err.toString();
    }
  }

  /** Fails if the text holds a raw control character (line feeds excepted), naming it and where it is. */
  static void checkNoRawControls(String what, String text, String context) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        throw new AssertionError(
            what + " holds a raw U+" + String.format("%04X", (int) c) + " at character " + i + ": " + context);
      }
    }
  }

  private static boolean unsafe(char c) {
    if (c < 0x20) {
      return c != '\n';
    }
    return (c >= 0x7f && c <= 0x9f)
        || c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u2028' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** Fails unless standard error is exactly one line starting with the command's name. */
  static void checkOneLineFailure(String command, String err, String context) {
    if (!err.startsWith(command + ": ") || !err.endsWith("\n") || err.indexOf('\n') != err.length() - 1) {
      throw new AssertionError("the fault is not one line naming the command: " + context);
    }
  }
}
