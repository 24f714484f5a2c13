package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.internal.StableHash;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A calendar date known to the day, the month or only the year, such as {@code 2025-09-01}, {@code 2010-04}
 * or {@code 2026}.
 *
 * <p>Facts are often known only to the month or year (a memorandum "signed in April 2010", a summit planned for
 * 2026). A partial date records exactly what is known instead of inventing a day; {@link #earliest()} and
 * {@link #latest()} give the first and last day it may stand for. Ordering is by earliest day, then by
 * precision (coarser first), so it is consistent with {@code equals}.
 *
 * <p>{@link #toString()} is the ISO-8601 form ({@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}) and
 * {@link #parse(CharSequence)} round-trips it. Years are limited to 1 to 9999.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {

  private final LocalDate earliest;
  private final DatePrecision precision;

  private PartialDate(LocalDate earliest, DatePrecision precision) {
    this.earliest = earliest;
    this.precision = precision;
  }

  /**
   * {@return a date known to the day}
   *
   * @param date the exact day; its year in 1..9999; not null
   * @throws IllegalArgumentException if the year is not in 1..9999
   */
  public static PartialDate of(LocalDate date) {
    requireNonNull(date, "date");
    checkYear(date.getYear());
    return new PartialDate(date, DatePrecision.DAY);
  }

  /**
   * {@return a date known to the day}
   *
   * @param year the year, 1..9999
   * @param month the month of the year, 1..12
   * @param day the day of the month, 1..28/31 as the month has
   * @throws IllegalArgumentException if the fields do not form a valid date
   */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year);
    try {
      return new PartialDate(LocalDate.of(year, month, day), DatePrecision.DAY);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "date: " + pad4(year) + "-" + pad2(month) + "-" + pad2(day) + " is not a valid date (" + e.getMessage() + ")",
          e);
    }
  }

  /**
   * {@return a date known to the month}
   *
   * @param year the year, 1..9999
   * @param month the month of the year, 1..12
   * @throws IllegalArgumentException if the year or month is out of range
   */
  public static PartialDate ofYearMonth(int year, int month) {
    checkYear(year);
    checkArgument(month >= 1 && month <= 12, "month: %s is not in 1..12", month);
    return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
  }

  /**
   * {@return a date known only to the year}
   *
   * @param year the year, 1..9999
   * @throws IllegalArgumentException if the year is not in 1..9999
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @param text the date as written in the JSON format: {@code 2026}, {@code 2010-04} or {@code 2025-09-01}; not null
   * @return the date, with the precision the text gives
   * @throws IllegalArgumentException if the text is not one of these forms or not a real date
   */
  public static PartialDate parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int len = s.length();
    checkArgument(
        (len == 4 || len == 7 || len == 10) && shapeOk(s),
        "date: '%s' is not yyyy, yyyy-MM or yyyy-MM-dd",
        s);
    int year = Integer.parseInt(s.substring(0, 4));
    if (len == 4) {
      return ofYear(year);
    }
    int month = Integer.parseInt(s.substring(5, 7));
    if (len == 7) {
      return ofYearMonth(year, month);
    }
    return of(year, month, Integer.parseInt(s.substring(8, 10)));
  }

  private static boolean shapeOk(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean dash = i == 4 || i == 7;
      if (dash ? c != '-' : (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static void checkYear(int year) {
    checkArgument(year >= 1 && year <= 9999, "year: %s is not in 1..9999", year);
  }

  /** {@return how much of the date is known} */
  public DatePrecision precision() {
    return precision;
  }

  /** {@return the year} */
  public int year() {
    return earliest.getYear();
  }

  /** {@return the first day this date may stand for} */
  public LocalDate earliest() {
    return earliest;
  }

  /** {@return the last day this date may stand for (the same as {@link #earliest()} when the day is known)} */
  public LocalDate latest() {
    switch (precision) {
      case DAY:
        return earliest;
      case MONTH:
        // not YearMonth.from(earliest).atEndOfMonth(): YearMonth's class initialiser builds a DateTimeFormatter
        return earliest.withDayOfMonth(earliest.lengthOfMonth());
      default:
        return LocalDate.of(earliest.getYear(), 12, 31);
    }
  }

  /** {@return whether the exact day is known} */
  public boolean isExact() {
    return precision == DatePrecision.DAY;
  }

  /**
   * {@return the exact day, if known}
   *
   * @throws IllegalStateException if the day is not known (the date has month or year precision)
   */
  public LocalDate toLocalDate() {
    if (!isExact()) {
      throw new IllegalStateException("date: " + this + " is known only to the " + precision.name().toLowerCase(java.util.Locale.ROOT));
    }
    return earliest;
  }

  /**
   * {@return whether the given day may be this date (lies between earliest and latest, inclusive)}
   *
   * @param day the day asked about; not null
   */
  public boolean mayBe(LocalDate day) {
    return !day.isBefore(earliest) && !day.isAfter(latest());
  }

  /**
   * {@return whether this date is certainly before the given day}
   *
   * @param day the day compared with; not null
   */
  public boolean isCertainlyBefore(LocalDate day) {
    return latest().isBefore(day);
  }

  /**
   * {@return whether this date is certainly after the given day}
   *
   * @param day the day compared with; not null
   */
  public boolean isCertainlyAfter(LocalDate day) {
    return earliest.isAfter(day);
  }

  @Override
  public int compareTo(PartialDate other) {
    // by earliest day, then by precision: what Comparator.comparing(PartialDate::earliest)
    // .thenComparing(PartialDate::precision) computes, written out so that the first date compared in a fresh JVM
    // spins no lambda classes (issue 17, cold start)
    int byDay = earliest.compareTo(other.earliest);
    return byDay != 0 ? byDay : precision.compareTo(other.precision);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PartialDate)) {
      return false;
    }
    PartialDate other = (PartialDate) o;
    return earliest.equals(other.earliest) && precision == other.precision;
  }

  @Override
  public int hashCode() {
    return earliest.hashCode() * 31 + StableHash.hash(precision);
  }

  private static String pad4(int n) {
    String s = Integer.toString(n);
    return "0000".substring(s.length()) + s;
  }

  private static String pad2(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  @Override
  public String toString() {
    switch (precision) {
      case DAY:
        return earliest.toString();
      case MONTH:
        return pad4(earliest.getYear()) + "-" + pad2(earliest.getMonthValue());
      default:
        return pad4(earliest.getYear());
    }
  }
}
