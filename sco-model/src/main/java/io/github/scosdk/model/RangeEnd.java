package io.github.scosdk.model;

/** How a {@link DateRange} ends: at a known date, not yet (ongoing), or at a date nobody has recorded. */
public enum RangeEnd {
  /** The range ends at its {@link DateRange#end()} date (exclusive). */
  BOUNDED,
  /** The range has not ended: it is still running on the dataset's as-of date. */
  ONGOING,
  /** The range has ended or will end, but the date is not known. */
  UNKNOWN
}
