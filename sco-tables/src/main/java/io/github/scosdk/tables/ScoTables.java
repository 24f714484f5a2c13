package io.github.scosdk.tables;

import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.ScoDataset;

/**
 * Builds the tables of a dataset: status {@code intervals}, {@code state-day} and {@code state-year} panels,
 * {@code dyad-year}s and one row per {@code presidencies}, {@code meetings}, {@code documents} and {@code officials}
 * record. Every table answers what the model answers: a day's row in {@code intervals} or {@code state-day} says what
 * {@link ScoDataset#statusOn} says. Partial dates are placed on their earliest day (as {@code statusOn} places them)
 * and a precision column beside each says what is known. Tables are built lazily and are deterministic: the same
 * dataset and options always give the same rows in the same order. Thread-safe.
 */
public final class ScoTables {

  private ScoTables() {}

  /**
   * {@return the table of the shape}
   *
   * @param dataset the dataset
   * @param shape which table
   * @param options the years of panels, the state-year profile and the dataset version
   */
  public static Table table(ScoDataset dataset, TableShape shape, TableOptions options) {
    requireNonNull(dataset, "dataset");
    requireNonNull(shape, "shape");
    requireNonNull(options, "options");
    switch (shape) {
      case INTERVALS:
        return IntervalsTable.build(dataset, options);
      case STATE_DAY:
        return StateDayTable.build(dataset, options);
      case STATE_YEAR:
        return StateYearTable.build(dataset, options);
      case DYAD_YEAR:
        return DyadYearTable.build(dataset, options);
      case PRESIDENCIES:
        return PresidenciesTable.build(dataset);
      case MEETINGS:
        return MeetingsTable.build(dataset);
      case DOCUMENTS:
        return DocumentsTable.build(dataset);
      default:
        return OfficialsTable.build(dataset);
    }
  }

  /**
   * {@return the {@code intervals} table}
   *
   * @param dataset the dataset the table is built from
   * @param options the years, profile and dataset version
   */
  public static Table intervals(ScoDataset dataset, TableOptions options) {
    return table(dataset, TableShape.INTERVALS, options);
  }
}
