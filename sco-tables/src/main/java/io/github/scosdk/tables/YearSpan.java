package io.github.scosdk.tables;

import java.time.LocalDate;

/**
 * The calendar years a panel covers, {@code from} to {@code to} inclusive; both in 1990..9999 and {@code from} not
 * after {@code to}.
 *
 * @param from the first year
 * @param to the last year (inclusive)
 */
public record YearSpan(int from, int to) {

  /** The earliest year a table may start at. */
  public static final int MIN_YEAR = 1990;

  /** The latest year a table may end at. */
  public static final int MAX_YEAR = 9999;

  /**
   * Checks the years.
   *
   * @param from the first year, inclusive
   * @param to the last year, inclusive
   * @throws IllegalArgumentException naming the year that is out of range, or both when from is after to
   */
  public YearSpan {
    check("from", from);
    check("to", to);
    if (from > to) {
      throw new IllegalArgumentException("from: " + from + " is after to " + to);
    }
  }

  private static void check(String field, int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          field + ": year " + year + " is not in " + MIN_YEAR + ".." + MAX_YEAR);
    }
  }

  /** {@return January 1st of the first year} */
  public LocalDate firstDay() {
    return LocalDate.of(from, 1, 1);
  }

  /** {@return December 31st of the last year} */
  public LocalDate lastDay() {
    return LocalDate.of(to, 12, 31);
  }

  /**
   * {@return whether the year is in the span}
   *
   * @param year the year to test
   */
  public boolean contains(int year) {
    return year >= from && year <= to;
  }
}
