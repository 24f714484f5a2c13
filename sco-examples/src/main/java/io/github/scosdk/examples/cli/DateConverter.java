package io.github.scosdk.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an ISO-8601 day ({@code 2017-06-09}) for options such as {@code --on}, with a message naming the value.
 * Only the years 0001 to 9999 are days the command answers for.
 */
final class DateConverter implements ITypeConverter<LocalDate> {

  static final LocalDate FIRST = LocalDate.of(1, 1, 1);
  static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  @Override
  public LocalDate convert(String value) {
    LocalDate day;
    try {
      day = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a date: expected yyyy-MM-dd, such as 2017-06-09");
    }
    if (day.isBefore(FIRST) || day.isAfter(LAST)) {
      throw new TypeConversionException("'" + value + "' is out of range: give a day from " + FIRST + " to " + LAST);
    }
    return day;
  }
}
