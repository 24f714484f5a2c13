package io.github.scosdk.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The questions a cold run is asked most, answered without picocli: {@code chair}, {@code members} and
 * {@code timeline} over the embedded dataset, with no other options than their own {@code --on DATE},
 * {@code --body chs|chg} and {@code --format text|json|csv}, each at most once, as {@code --name VALUE} or
 * {@code --name=VALUE}, and each value in the one spelling that picocli would read the same way (a date
 * {@code yyyy-MM-dd} within the range {@link DateConverter} takes, the format and body names in lower case).
 * The same command objects answer, with the same options set and the same failures reported; anything else
 * (help, version, {@code --data}, a typing error, a value picocli would refuse or read otherwise, {@code @file}
 * arguments) goes to picocli, whose errors and help this does not imitate.
 *
 * <p>Why: in a fresh JVM, building picocli's model of the root command and one subcommand from their
 * annotations (reflection, annotation proxies, its converters and help machinery) took about half of the CPU
 * time of {@code bin/sco chair --on DATE} before the dataset was read; the commands themselves are cheap.
 */
final class DirectRun {

  /** The commands answered here. */
  static final List<String> NAMES = List.of("chair", "members", "timeline");

  private DirectRun() {}

  /**
   * The command the arguments ask for, with its options set, if they are of the plain form this class answers;
   * null for picocli to parse them.
   */
  static @Nullable Query<?> command(String[] args, Clock clock, DatasetSource datasets) {
    if (args.length == 0) {
      return null;
    }
    switch (args[0]) {
      case "chair":
        ChairCommand chair = new ChairCommand(clock, datasets);
        return options(args, chair, chair.on, chair.body);
      case "members":
        MembersCommand members = new MembersCommand(clock, datasets);
        return options(args, members, members.on, null);
      case "timeline":
        TimelineCommand timeline = new TimelineCommand(clock, datasets);
        return options(args, timeline, null, timeline.body);
      default:
        return null;
    }
  }

  /**
   * Sets the options after the command's name: {@code --format}, and {@code --on} or {@code --body} where the
   * command has them (a non-null option object); the command, or null if any argument is not of the plain form.
   */
  private static @Nullable Query<?> options(
      String[] args, Query<?> command, @Nullable DayOption on, @Nullable BodyOption body) {
    boolean onSet = false;
    boolean bodySet = false;
    boolean formatSet = false;
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return null;
      }
      if (name.equals("--on") && on != null && !onSet) {
        on.on = day(value);
        if (on.on == null) {
          return null;
        }
        onSet = true;
      } else if (name.equals("--body") && body != null && !bodySet) {
        if (!value.equals("chs") && !value.equals("chg")) {
          return null;
        }
        body.body = new BodyOption.BodyConverter().convert(value);
        bodySet = true;
      } else if (name.equals("--format") && !formatSet) {
        if (!value.equals("text") && !value.equals("json") && !value.equals("csv")) {
          return null;
        }
        command.format.format = Format.valueOf(value);
        formatSet = true;
      } else {
        return null;
      }
    }
    return command;
  }

  /**
   * The day in the plain spelling {@code yyyy-MM-dd}, if {@link DateConverter} takes it; else null. Read digit by
   * digit rather than with {@code LocalDate.parse}, which would initialise {@code DateTimeFormatter} and its
   * dozen predefined formatters in a cold run; the two agree on every such string (ISO's strict resolver refuses
   * the days {@link LocalDate#of(int, int, int)} refuses), as DirectRunTest checks against picocli.
   */
  private static @Nullable LocalDate day(String value) {
    if (value.length() != 10) {
      return null;
    }
    for (int i = 0; i < 10; i++) {
      char c = value.charAt(i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return null;
      }
    }
    LocalDate day;
    try {
      day = LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
    } catch (DateTimeException e) {
      // not a day (2019-02-30, month 13): picocli reports it
      return null;
    }
    return day.isBefore(DateConverter.FIRST) || day.isAfter(DateConverter.LAST) ? null : day;
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  /**
   * Runs the command as picocli would have: its exit code, the answer on {@code out}, a failure as one line on
   * {@code err} named after the command ({@link Failures}).
   */
  static int execute(String name, Query<?> command, PrintWriter out, PrintWriter err) {
    command.directOut(out);
    String qualified = "sco " + name;
    try {
      return command.call();
    } catch (Exception e) {
      return Failures.failed(e, qualified, err);
    } catch (Error e) {
      return Failures.error(qualified, err, e);
    }
  }
}
