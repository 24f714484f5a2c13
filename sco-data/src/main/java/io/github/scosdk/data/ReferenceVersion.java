package io.github.scosdk.data;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Which edition of the embedded reference dataset this is: a version string, what it covers, and the day it is
 * current as of, with the reason for that day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param version the dataset version, such as {@code 2026.02.12.1}; changes whenever the data changes
 * @param coverage what the dataset covers, in plain words; also the dataset's {@code title}
 * @param asOf the day up to which the dataset is meant to be complete; also the dataset's {@code asOfDate}
 * @param asOfBasis why {@link #asOf()} is that day
 */
public record ReferenceVersion(String version, String coverage, LocalDate asOf, String asOfBasis) {

  /**
   * Checks the components.
   *
   * @param version the dataset version
   * @param coverage what the dataset covers
   * @param asOf the day up to which it is meant to be complete
   * @param asOfBasis why it is that day
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if a text component is blank
   */
  public ReferenceVersion {
    requireNonNull(version, "version");
    requireNonNull(coverage, "coverage");
    requireNonNull(asOf, "asOf");
    requireNonNull(asOfBasis, "asOfBasis");
    if (version.isBlank() || coverage.isBlank() || asOfBasis.isBlank()) {
      throw new IllegalArgumentException("version, coverage and asOfBasis must not be blank: " + version);
    }
  }
}
