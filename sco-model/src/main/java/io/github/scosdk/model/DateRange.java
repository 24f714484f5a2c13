package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.internal.StableHash;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open span of days {@code [start, end)}, such as a presidency term or an official's term of office.
 *
 * <p>The end is exclusive: a presidency handed over at the summit of 2025-09-01 is {@code [2024-07-04,
 * 2025-09-01)}, and on 2025-09-01 the next term already runs. An open end is explicit: {@link RangeEnd#ONGOING}
 * (still running) is not the same as {@link RangeEnd#UNKNOWN} (ended or ending, date not recorded). Either bound
 * may be a {@link PartialDate}; {@link #contains(LocalDate)} then uses the earliest possible day of each.
 *
 * <p>A bounded range never ends before it starts: {@code end.earliest()} must not be before
 * {@code start.earliest()}. {@link #toString()} reads {@code [2024-07-04, 2025-09-01)}, {@code [2025-09-01,
 * ongoing)} or {@code [2004, unknown)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange {

  private final PartialDate start;
  private final RangeEnd endKind;
  private final PartialDate end;

  private DateRange(PartialDate start, RangeEnd endKind, PartialDate end) {
    this.start = start;
    this.endKind = endKind;
    this.end = end;
  }

  /**
   * {@return a range with a known end}
   *
   * @param start the first day of the range (inclusive), possibly known only to the month or year; not null
   * @param end the end of the range (exclusive), possibly partial; neither its earliest nor its latest day may be
   *     before the start's earliest day; not null
   * @throws IllegalArgumentException if the end is before the start
   */
  public static DateRange of(PartialDate start, PartialDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(
        !end.earliest().isBefore(start.earliest()) && !end.latest().isBefore(start.earliest()),
        "end: %s is before start %s",
        end,
        start);
    return new DateRange(start, RangeEnd.BOUNDED, end);
  }

  /**
   * {@return a range between two exact days}
   *
   * @param start the first day of the range (inclusive); not null
   * @param end the day the range ends (exclusive), not before the start; not null
   * @throws IllegalArgumentException if the end is before the start
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return of(PartialDate.of(start), PartialDate.of(end));
  }

  /**
   * {@return a range that has not ended}
   *
   * @param start the first day of the range (inclusive), possibly partial; not null
   */
  public static DateRange ongoing(PartialDate start) {
    return new DateRange(requireNonNull(start, "start"), RangeEnd.ONGOING, null);
  }

  /**
   * {@return a range whose end date is not known}
   *
   * @param start the first day of the range (inclusive), possibly partial; not null
   */
  public static DateRange endUnknown(PartialDate start) {
    return new DateRange(requireNonNull(start, "start"), RangeEnd.UNKNOWN, null);
  }

  /** {@return the first day of the range (inclusive)} */
  public PartialDate start() {
    return start;
  }

  /** {@return how the range ends} */
  public RangeEnd endKind() {
    return endKind;
  }

  /** {@return the exclusive end, present only when {@link #endKind()} is {@link RangeEnd#BOUNDED}} */
  public Optional<PartialDate> end() {
    return Optional.ofNullable(end);
  }

  /** {@return whether the range is still running} */
  public boolean isOngoing() {
    return endKind == RangeEnd.ONGOING;
  }

  /** {@return whether the range has a known end} */
  public boolean isBounded() {
    return endKind == RangeEnd.BOUNDED;
  }

  /**
   * {@return whether the day falls in the range: on or after the start, and before the end} An ongoing range contains
   * every later day; a range with an unknown end is taken to contain every later day too (it cannot be
   * excluded). Partial bounds use their earliest day.
   *
   * @param day the day asked about; not null
   */
  public boolean contains(LocalDate day) {
    requireNonNull(day, "day");
    if (day.isBefore(start.earliest())) {
      return false;
    }
    return end == null || day.isBefore(end.earliest());
  }

  /**
   * {@return a copy with another end}
   *
   * @param newEnd the new exclusive end, possibly partial, not before the start; not null
   * @throws IllegalArgumentException if the end is before the start
   */
  public DateRange withEnd(PartialDate newEnd) {
    return of(start, newEnd);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DateRange)) {
      return false;
    }
    DateRange other = (DateRange) o;
    return start.equals(other.start) && endKind == other.endKind && Objects.equals(end, other.end);
  }

  @Override
  public int hashCode() {
    return StableHash.of(start, endKind, end);
  }

  @Override
  public String toString() {
    String e = end != null ? end.toString() : endKind.name().toLowerCase(java.util.Locale.ROOT);
    return "[" + start + ", " + e + ")";
  }
}
