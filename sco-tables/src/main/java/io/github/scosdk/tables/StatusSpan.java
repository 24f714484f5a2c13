package io.github.scosdk.tables;

import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A span of days in which a state's formal status and accession stage do not change: {@code [from, to)}, open when
 * {@code to} is null (the status still holds at the end of the data). Partial bounds are placed on their earliest
 * day, as {@code ScoDataset.statusOn} places them; their precision is kept.
 *
 * @param state the state
 * @param status the formal status
 * @param accessionStage the accession stage, lower_snake_case ({@code none}, {@code started},
 *     {@code memorandum_signed})
 * @param from the first day (inclusive), with its precision
 * @param to the first day after the span (exclusive), with its precision; null when ongoing
 * @param confidence the confidence of the change that starts the span
 * @param sourceIds the sources of the change that starts the span
 */
record StatusSpan(
    StateCode state,
    MembershipStatus status,
    String accessionStage,
    PartialDate from,
    @Nullable PartialDate to,
    Confidence confidence,
    List<String> sourceIds) {

  /** Whether the day is in the span. */
  boolean contains(LocalDate day) {
    return !day.isBefore(from.earliest()) && (to == null || day.isBefore(to.earliest()));
  }

  /** Whether any day of the year is in the span. */
  boolean overlaps(int year) {
    return from.earliest().getYear() <= year && (to == null || to.earliest().isAfter(LocalDate.of(year, 1, 1)));
  }
}
