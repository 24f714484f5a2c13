package io.github.scosdk.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How the {@code sco} command reports what went wrong: always one line on standard error, named after the command,
 * with terminal control characters (from a path, an argument or the data) shown escaped; never a stack trace. Bad
 * arguments and unreadable input or unwritable output exit 2; anything else, a {@link Error} such as
 * {@link OutOfMemoryError} included, exits 3.
 */
final class Failures {

  private Failures() {}

  /** Sets the handlers on the command line. */
  static void install(CommandLine cl) {
    cl.setParameterExceptionHandler(Failures::badArguments);
    cl.setExecutionExceptionHandler(Failures::failed);
    IExecutionStrategy run = new CommandLine.RunLast();
    cl.setExecutionStrategy(parsed -> {
      try {
        return run.execute(parsed);
      } catch (Error e) {
        return error(last(parsed), e);
      }
    });
  }

  private static int badArguments(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    String name = cl.getCommandSpec().qualifiedName();
    report(cl, oneLine(e.getMessage()) + " (see " + name + " --help)");
    return ExitCodes.BAD_INPUT;
  }

  private static int failed(Exception e, CommandLine cl, ParseResult parsed) {
    return failed(e, cl.getCommandSpec().qualifiedName(), cl.getErr());
  }

  /** An exception thrown by the command {@code name} ({@code sco chair}): one line on {@code err}, exit 2 or 3. */
  static int failed(Exception e, String name, PrintWriter err) {
    if (e instanceof BadInputException) {
      report(name, err, oneLine(e.getMessage()));
      return ExitCodes.BAD_INPUT;
    }
    report(name, err, "internal error: " + oneLine(String.valueOf(e)));
    return ExitCodes.INTERNAL;
  }

  /** An {@link Error} thrown by a command: one line and exit 3, as for any internal failure. */
  static int error(CommandLine cl, Error e) {
    return error(cl.getCommandSpec().qualifiedName(), cl.getErr(), e);
  }

  /** An {@link Error} thrown by the command {@code name}: one line on {@code err} and exit 3. */
  static int error(String name, PrintWriter err, Error e) {
    if (e instanceof OutOfMemoryError) {
      report(name, err, "out of memory (" + oneLine(e.getMessage())
          + "): give Java a larger heap, such as java -Xmx2g -jar sco.jar");
    } else {
      report(name, err, "internal error: " + oneLine(String.valueOf(e)));
    }
    return ExitCodes.INTERNAL;
  }

  private static CommandLine last(ParseResult parsed) {
    ParseResult p = parsed;
    while (p.hasSubcommand()) {
      p = p.subcommand();
    }
    return p.commandSpec().commandLine();
  }

  private static void report(CommandLine cl, String message) {
    report(cl.getCommandSpec().qualifiedName(), cl.getErr(), message);
  }

  private static void report(String name, PrintWriter err, String message) {
    err.println(name + ": " + TerminalText.escape(message));
    err.flush();
  }

  private static String oneLine(String message) {
    return Sco.oneLine(message);
  }
}
