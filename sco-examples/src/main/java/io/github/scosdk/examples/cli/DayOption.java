package io.github.scosdk.examples.cli;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --on DATE} option of the commands that answer for one day; without it, the answer is for today. */
final class DayOption {

  @Option(
      names = "--on",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "The day (yyyy-MM-dd); default: today.")
  @Nullable LocalDate on;

  /** The day given, or today by the clock. */
  LocalDate day(Clock clock) {
    return on != null ? on : LocalDate.now(clock);
  }
}
