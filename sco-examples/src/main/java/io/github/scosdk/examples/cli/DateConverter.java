package io.github.scosdk.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an ISO-8601 day ({@code 2017-06-09}) for options such as {@code --on}, with a message naming the value. */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a date: expected yyyy-MM-dd, such as 2017-06-09");
    }
  }
}
