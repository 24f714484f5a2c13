package io.github.scosdk.tables;

import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.ScoDataset;
import java.time.LocalDate;

/**
 * What a table is built with: the years of a panel, the {@link StateYearProfile} of the state-year table and the
 * dataset version written in the {@code dataset_version} column.
 *
 * @param years the years the panels cover (state-day, state-year, dyad-year); the other tables hold every record
 * @param profile the coding of the state-year table
 * @param datasetVersion what the {@code dataset_version} column says, such as {@code 2026.02.12.1}; not blank
 */
public record TableOptions(YearSpan years, StateYearProfile profile, String datasetVersion) {

  /** The first year of the default span: the year of the first Shanghai Five meeting. */
  public static final int DEFAULT_FROM = 1996;

  /**
   * Checks the components.
   *
   * @param years the years the panels cover
   * @param profile the coding of the state-year table
   * @param datasetVersion what the {@code dataset_version} column says; not blank
   * @throws IllegalArgumentException if the dataset version is blank
   */
  public TableOptions {
    requireNonNull(years, "years");
    requireNonNull(profile, "profile");
    requireNonNull(datasetVersion, "datasetVersion");
    if (datasetVersion.isBlank()) {
      throw new IllegalArgumentException("datasetVersion: blank");
    }
  }

  /**
   * {@return the defaults for a dataset: years {@value #DEFAULT_FROM} to the year of its {@code asOfDate} (the current year
   * of the data), the {@link StateYearProfile#COW_V3} profile, and the dataset version given}
   *
   * @param dataset the dataset the tables are built from
   * @param datasetVersion what the {@code dataset_version} column says
   */
  public static TableOptions defaults(ScoDataset dataset, String datasetVersion) {
    int to = dataset.asOfDate().map(LocalDate::getYear).orElse(DEFAULT_FROM);
    return new TableOptions(
        new YearSpan(DEFAULT_FROM, Math.max(DEFAULT_FROM, to)), StateYearProfile.COW_V3, datasetVersion);
  }

  /**
   * {@return a copy with other years}
   *
   * @param newYears the years of the copy
   */
  public TableOptions withYears(YearSpan newYears) {
    return new TableOptions(newYears, profile, datasetVersion);
  }

  /**
   * {@return a copy with another profile}
   *
   * @param newProfile the profile of the copy
   */
  public TableOptions withProfile(StateYearProfile newProfile) {
    return new TableOptions(years, newProfile, datasetVersion);
  }
}
