package io.github.scosdk.examples.cli;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.ScoDataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code sco} command: answers questions about the Shanghai Cooperation Organization from the embedded,
 * sourced reference dataset (or a {@code sco-dataset/1} file given with {@code --data}).
 *
 * <p>Run {@code java -jar sco.jar --help} for the commands. In code, {@link #commandLine(Clock)} gives a picocli
 * {@link CommandLine} whose "today" comes from the given clock, so that answers about the present are
 * reproducible. Failures are one line on standard error: exit code 2 for bad arguments or unreadable input, 3
 * for an internal failure; {@code sco validate} exits 1 when the dataset breaks a rule.
 */
@Command(
    name = "sco",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Answers questions about the Shanghai Cooperation Organization (SCO) from a sourced dataset.",
    subcommands = {
      TimelineCommand.class,
      MembersCommand.class,
      ChairCommand.class,
      NextChairCommand.class,
      StatusCommand.class,
      ValidateCommand.class,
      ExportCommand.class,
      ChartCommand.class,
      TableCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  the dataset breaks a rule (sco validate)",
      "  2  bad arguments or unreadable input",
      "  3  internal failure"
    })
public final class Sco implements Callable<Integer> {

  private final Clock clock;
  private final Supplier<ScoDataset> reference;

  @Spec @Nullable CommandSpec spec;

  Sco(Clock clock, Supplier<ScoDataset> reference) {
    this.clock = clock;
    this.reference = reference;
  }

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command-line arguments, not null
   */
  public static void main(String[] args) {
    System.exit(commandLine(Clock.systemDefaultZone()).execute(args));
  }

  /**
   * The {@code sco} command line over the embedded reference dataset, with its error handling set up.
   *
   * @param clock where "today" comes from (the default for {@code --on}, {@code --after} and the chart's end),
   *     not null
   * @return a new command line; call {@link CommandLine#execute(String...)} on it
   */
  public static CommandLine commandLine(Clock clock) {
    return commandLine(clock, Sco::referenceDataset);
  }

  /** The embedded dataset; a broken build (its resource missing) is reported as one line, not as an Error. */
  private static ScoDataset referenceDataset() {
    try {
      return ScoReference.dataset();
    } catch (ExceptionInInitializerError | NoClassDefFoundError e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException("the embedded reference dataset cannot be loaded: " + cause.getMessage(), e);
    }
  }

  /** The command line over the given default dataset (tests pass a small one). */
  static CommandLine commandLine(Clock clock, Supplier<ScoDataset> reference) {
    CommandLine cl = new CommandLine(new Sco(clock, reference));
    cl.setParameterExceptionHandler(Sco::badArguments);
    cl.setExecutionExceptionHandler(Sco::failed);
    return cl;
  }

  @Override
  public Integer call() {
    CommandLine cl = spec().commandLine();
    cl.getErr().println("sco: missing command (see sco --help); commands: " + String.join(", ", cl.getSubcommands().keySet()));
    return ExitCodes.BAD_INPUT;
  }

  /** Today, from the clock. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The dataset in the file, or the default one when no file is given. */
  ScoDataset dataset(@Nullable Path file) {
    return file == null ? reference.get() : DatasetFiles.read(file);
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("spec: not injected; build the command with Sco.commandLine");
    }
    return spec;
  }

  private static int badArguments(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    String name = cl.getCommandSpec().qualifiedName();
    cl.getErr().println(name + ": " + oneLine(e.getMessage()) + " (see " + name + " --help)");
    return ExitCodes.BAD_INPUT;
  }

  private static int failed(Exception e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    String name = cl.getCommandSpec().qualifiedName();
    if (e instanceof BadInputException) {
      err.println(name + ": " + oneLine(e.getMessage()));
      return ExitCodes.BAD_INPUT;
    }
    err.println(name + ": internal error: " + oneLine(String.valueOf(e)));
    return ExitCodes.INTERNAL;
  }

  /** Messages are printed on a single line, whatever a library put in them. */
  static String oneLine(@Nullable String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
