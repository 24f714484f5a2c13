package io.github.scosdk.model;

/** How much of a {@link PartialDate} is known: the year, the year and month, or the exact day. */
public enum DatePrecision {
  /** Only the year is known, e.g. {@code 2026}. */
  YEAR,
  /** The year and month are known, e.g. {@code 2010-04}. */
  MONTH,
  /** The exact day is known, e.g. {@code 2025-09-01}. */
  DAY
}
