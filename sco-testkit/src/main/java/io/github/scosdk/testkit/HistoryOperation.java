package io.github.scosdk.testkit;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.StateCode;
import java.time.LocalDate;

/**
 * One step of a stateful test over an SCO history: a status is granted, an accession starts, a memorandum of
 * obligations is signed, a member is admitted, a summit is held and the presidency handed over, or
 * observers and dialogue partners become SCO partners on 2025-09-01.
 *
 * <p>Operations are plain data. {@link HistoryModel} says which are enabled and what they should change;
 * {@link ScoHistory} turns them into records of an {@link io.github.scosdk.model.ScoDataset}.
 */
public sealed interface HistoryOperation {

  /**
   * The last day the operation touches.
   *
   * @return the last day the operation touches
   */
  LocalDate day();

  /** A partner status (dialogue partner, observer or SCO partner) is granted on the day. */
  record GrantStatus(StateCode state, MembershipStatus status, LocalDate day) implements HistoryOperation {}

  /** The Council of Heads of State decides to start the state's admission procedure. */
  record StartAccession(StateCode state, LocalDate day) implements HistoryOperation {}

  /** The state signs its memorandum of obligations and becomes acceding. */
  record SignMemorandum(StateCode state, LocalDate day) implements HistoryOperation {}

  /** On 2025-09-01 every observer and dialogue partner becomes an SCO partner (Tianjin Declaration). */
  record MergePartnerStatuses() implements HistoryOperation {
    @Override
    public LocalDate day() {
      return ScoCalendar.MERGER;
    }
  }

  /** The acceding state becomes a member. */
  record AdmitMember(StateCode state, LocalDate day) implements HistoryOperation {}

  /**
   * The holder hosts and chairs a regular summit from {@code firstDay} to {@code day}; on {@code day} the
   * presidency passes to {@code next}.
   */
  record HoldSummit(LocalDate firstDay, LocalDate day, StateCode next) implements HistoryOperation {}
}
