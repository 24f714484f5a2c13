package io.github.scosdk.examples.cli;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.ScoDataset;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code sco} command: answers questions about the Shanghai Cooperation Organization from the embedded,
 * sourced reference dataset (or a {@code sco-dataset/1} file given with {@code --data}).
 *
 * <p>Run {@code java -jar sco.jar --help} for the commands. In code, {@link #commandLine(Clock)} gives a picocli
 * {@link CommandLine} whose "today" comes from the given clock, so that answers about the present are
 * reproducible. Failures are one line on standard error: exit code 2 for bad arguments, unreadable input or
 * unwritable output, 3 for an internal failure; {@code sco validate} exits 1 when the dataset breaks a rule.
 * Output is UTF-8 whatever the locale (text in another charset only if the system property
 * {@code sco.text.encoding} names one).
 */
@Command(
    name = "sco",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Answers questions about the Shanghai Cooperation Organization (SCO) from a sourced dataset.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  the dataset breaks a rule (sco validate)",
      "  2  bad arguments or unreadable input (or output that cannot be written)",
      "  3  internal failure"
    })
public final class Sco implements Callable<Integer> {

  /**
   * The subcommands by name, in the order of the help. They are added to the command line in code rather than in
   * the {@code @Command} annotation so that a run of one command ({@link #main}) builds picocli's model of that
   * command only: reflecting over all ten took about half of a cold run's time before the dataset was read. The map
   * is made on first use (a holder class): reading the ten annotations makes the JVM generate annotation proxy
   * classes, which a run that {@link DirectRun} answers does not need.
   */
  private static final class Subcommands {
    static final Map<String, Class<?>> BY_NAME = subcommands();

    private Subcommands() {}

    private static Map<String, Class<?>> subcommands() {
      Map<String, Class<?>> m = new LinkedHashMap<>();
      for (Class<?> type : List.of(
          TimelineCommand.class,
          MembersCommand.class,
          ChairCommand.class,
          NextChairCommand.class,
          StatusCommand.class,
          ValidateCommand.class,
          ExportCommand.class,
          ChartCommand.class,
          TableCommand.class,
          CommandLine.HelpCommand.class)) {
        // the name each command declares in its own @Command: reading an annotation builds no picocli model
        m.put(type.getAnnotation(CommandLine.Command.class).name(), type);
      }
      return Collections.unmodifiableMap(m);
    }
  }

  @Spec @Nullable CommandSpec spec;

  private Sco() {}

  /**
   * Runs the command and exits the JVM with its exit code. Standard output and error are written in UTF-8
   * whatever the locale; a failed write to either is reported and exits non-zero.
   *
   * @param args the command-line arguments, not null
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** One run of the command: its exit code (the training run of the launcher calls it too). */
  static int run(String[] args) {
    PrintWriter err;
    StandardOutput out;
    try {
      err = StandardOutput.stderr();
      out = StandardOutput.stdout();
    } catch (IllegalArgumentException e) {
      System.err.println("sco: " + TerminalText.escape(oneLine(e.getMessage())));
      return ExitCodes.BAD_INPUT;
    }
    String undecoded = undecodedArguments(args);
    if (undecoded != null) {
      err.println("sco: " + undecoded);
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    Supplier<ScoDataset> reference = Sco::referenceDataset;
    if (readsTheReferenceDataset(args)) {
      reference = onAnotherThread(reference);
    }
    Clock clock = new DefaultZoneClock();
    int code;
    Query<?> direct = DirectRun.command(args, clock, new DatasetSource(reference));
    if (direct != null) {
      code = DirectRun.execute(args[0], direct, out, err);
    } else {
      CommandLine cl = commandLine(clock, reference, subcommandsFor(args));
      cl.setOut(out);
      cl.setErr(err);
      try {
        code = cl.execute(args);
      } catch (Error e) {
        code = Failures.error(cl, e);
      }
    }
    out.flush();
    if (out.checkError() && code == ExitCodes.OK) {
      err.println("sco: cannot write standard output");
      code = ExitCodes.BAD_INPUT;
    }
    err.flush();
    return code;
  }

  /**
   * Whether the run will read the embedded dataset: a subcommand (not {@code help}) without {@code --data} and
   * without a help or version option. A wrong guess costs only time: the dataset is read but not used, or read
   * when first asked for.
   */
  static boolean readsTheReferenceDataset(String[] args) {
    if (args.length == 0 || !(DirectRun.NAMES.contains(args[0]) || Subcommands.BY_NAME.containsKey(args[0]))
        || "help".equals(args[0])) {
      return false;
    }
    for (String a : args) {
      if (a.equals("--data") || a.startsWith("--data=") || a.equals("-h") || a.equals("--help") || a.equals("-V")
          || a.equals("--version") || a.equals("--")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Starts the supplier on a daemon thread now and gives a supplier of its outcome: the same value, or the same
   * exception or error thrown again. On a machine with two cores the embedded dataset is read while this
   * thread reads the options: {@code DirectRun}'s few for the plain {@code chair}, {@code members} and
   * {@code timeline} forms (little to overlap), picocli's command model built from its annotations for the rest.
   * If no thread can be started, the supplier runs when first asked.
   */
  static <T> Supplier<T> onAnotherThread(Supplier<T> supplier) {
    CompletableFuture<T> early;
    try {
      early = CompletableFuture.supplyAsync(supplier, task -> {
        Thread t = new Thread(task, "sco-dataset");
        t.setDaemon(true);
        t.start();
      });
    } catch (OutOfMemoryError | SecurityException e) {
      return supplier;
    }
    return () -> {
      try {
        return early.join();
      } catch (CompletionException e) {
        // join wraps what the supplier threw; throw that again, as itself
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw e;
      }
    };
  }

  /**
   * Java decodes the arguments in the locale's charset before {@code main} sees them; under {@code LC_ALL=C} a
   * Cyrillic name arrives as U+FFFD replacement characters. Say so instead of answering for a garbled name.
   */
  static @Nullable String undecodedArguments(String[] args) {
    for (String a : args) {
      if (a.indexOf('\uFFFD') >= 0) {
        return "an argument holds characters the locale's charset (" + System.getProperty("sun.jnu.encoding")
            + ") cannot decode: run sco under a UTF-8 locale, such as LC_ALL=C.UTF-8";
      }
    }
    return null;
  }

  /**
   * The {@code sco} command line over the embedded reference dataset, with its error handling set up.
   *
   * @param clock where "today" comes from (the default for {@code --on} and the chart's end), not null
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
    return commandLine(clock, reference, Subcommands.BY_NAME.keySet());
  }

  /**
   * The command line with only the named subcommands (in the order of the help). A run that names one command
   * behaves exactly as with all of them: nothing in a subcommand refers to its siblings.
   */
  static CommandLine commandLine(Clock clock, Supplier<ScoDataset> reference, Collection<String> subcommands) {
    CommandFactory factory = new CommandFactory(clock, new DatasetSource(reference));
    CommandLine cl = new CommandLine(Sco.class, factory);
    Subcommands.BY_NAME.forEach((name, type) -> {
      if (subcommands.contains(name)) {
        cl.addSubcommand(name, new CommandLine(type, factory));
      }
    });
    // after the subcommands: picocli sets the handlers on the commands present at this moment
    Failures.install(cl);
    return cl;
  }

  /**
   * The subcommands a run needs: only the one named by the first argument, or all of them when the first argument
   * names none ({@code --help}, a typing error that picocli answers with the list) or is {@code help}, which
   * describes the others.
   */
  static Collection<String> subcommandsFor(String[] args) {
    if (args.length > 0 && Subcommands.BY_NAME.containsKey(args[0]) && !"help".equals(args[0])) {
      return List.of(args[0]);
    }
    return Subcommands.BY_NAME.keySet();
  }

  /** The names of all subcommands, in the order of the help. */
  static Collection<String> subcommandNames() {
    return Subcommands.BY_NAME.keySet();
  }

  @Override
  public Integer call() {
    if (spec == null) {
      throw new IllegalStateException("spec: not injected; build the command with Sco.commandLine");
    }
    CommandLine cl = spec.commandLine();
    cl.getErr().println(
        "sco: missing command (see sco --help); commands: " + String.join(", ", cl.getSubcommands().keySet()));
    return ExitCodes.BAD_INPUT;
  }

  /**
   * Messages are printed on a single line, whatever a library put in them: each line break, with the white space
   * around it, becomes one space. Linear in the length of the message.
   */
  static String oneLine(@Nullable String message) {
    if (message == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(message.length());
    message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(l);
    });
    return b.toString();
  }
}
