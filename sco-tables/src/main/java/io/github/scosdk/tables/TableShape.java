package io.github.scosdk.tables;

/**
 * The tables {@link ScoTables} builds; each name is the {@code sco table SHAPE} argument and is documented, column by
 * column, in {@code docs/tables.md}.
 */
public enum TableShape {
  /** One row per state and span of one formal status (and accession stage): the as-of interval table. */
  INTERVALS,
  /** One row per state and day: the intervals unrolled, for engines without range joins. */
  STATE_DAY,
  /** One row per state and year, coded by a {@link StateYearProfile} (COW IGO v3 or extended). */
  STATE_YEAR,
  /** One row per pair of states that are both full members in a year (the COW dyadic convention). */
  DYAD_YEAR,
  /** One row per presidency (chairmanship) term, per body, with resolved names. */
  PRESIDENCIES,
  /** One row per meeting, with resolved names. */
  MEETINGS,
  /** One row per document, with resolved meeting titles. */
  DOCUMENTS,
  /** One row per official's term of office, with resolved names. */
  OFFICIALS;

  /** {@return the name on the command line, such as {@code state-day}} */
  public String cliName() {
    return Names.hyphenated(this);
  }

  /**
   * {@return the shape with the command-line name}
   *
   * @param name the command-line name, such as {@code state-year}
   * @throws IllegalArgumentException if no shape has that name (the message lists the names)
   */
  public static TableShape named(String name) {
    return Names.parse(TableShape.class, "shape", name, TableShape::cliName);
  }
}
