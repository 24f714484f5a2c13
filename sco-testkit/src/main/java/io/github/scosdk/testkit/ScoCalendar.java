package io.github.scosdk.testkit;

import io.github.scosdk.model.MembershipStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The testkit's own copy of the dated SCO rules that generators must follow (design.md §5): the founding day,
 * the eras of the statuses and the transition graph before and after the 2025-09-01 merger.
 *
 * <p>It is deliberately independent of the validator in sco-model, so that the two can be checked against each
 * other. Its graph is that of a state's position: {@code ACCESSION_STARTED} and {@code ACCEDING} stand for the
 * stages of the accession track, which the generators record as {@link io.github.scosdk.model.AccessionStep}s while
 * the formal status stays the partner status the state accedes from (admission then ends both).
 */
@SuppressWarnings("deprecation")
final class ScoCalendar {

  static final LocalDate FOUNDING = LocalDate.of(2001, 6, 15);
  static final LocalDate OBSERVER_FROM = LocalDate.of(2004, 6, 17);
  static final LocalDate DIALOGUE_PARTNER_FROM = LocalDate.of(2008, 8, 28);
  static final LocalDate MERGER = LocalDate.of(2025, 9, 1);

  private ScoCalendar() {}

  /** Whether a state may be given the status on the day (the status exists then). */
  static boolean inEra(MembershipStatus status, LocalDate day) {
    switch (status) {
      case OBSERVER:
        return !day.isBefore(OBSERVER_FROM) && day.isBefore(MERGER);
      case DIALOGUE_PARTNER:
        return !day.isBefore(DIALOGUE_PARTNER_FROM) && day.isBefore(MERGER);
      case PARTNER:
        return !day.isBefore(MERGER);
      default:
        return !day.isBefore(FOUNDING);
    }
  }

  /** The statuses a state with {@code from} may move to on the day, per the graph in force then. */
  static Set<MembershipStatus> next(MembershipStatus from, LocalDate day) {
    boolean merged = !day.isBefore(MERGER);
    EnumSet<MembershipStatus> out = EnumSet.noneOf(MembershipStatus.class);
    switch (from) {
      case NONE:
        if (merged) {
          out.add(MembershipStatus.PARTNER);
        } else {
          // a state accedes from a partner status (membership.accession-needs-status), not from none
          out.addAll(EnumSet.of(MembershipStatus.DIALOGUE_PARTNER, MembershipStatus.OBSERVER));
        }
        if (day.equals(FOUNDING)) {
          out.add(MembershipStatus.MEMBER);
        }
        break;
      case DIALOGUE_PARTNER:
        out.add(merged ? MembershipStatus.PARTNER : MembershipStatus.OBSERVER);
        if (!merged) {
          out.add(MembershipStatus.ACCESSION_STARTED);
        }
        out.add(MembershipStatus.NONE);
        break;
      case OBSERVER:
        out.add(merged ? MembershipStatus.PARTNER : MembershipStatus.ACCESSION_STARTED);
        out.add(MembershipStatus.NONE);
        break;
      case PARTNER:
        out.add(MembershipStatus.ACCESSION_STARTED);
        out.add(MembershipStatus.NONE);
        break;
      case ACCESSION_STARTED:
        out.add(MembershipStatus.ACCEDING);
        break;
      case ACCEDING:
        out.add(MembershipStatus.MEMBER);
        break;
      case MEMBER:
        out.add(MembershipStatus.SUSPENDED);
        out.add(MembershipStatus.WITHDRAWN);
        break;
      case SUSPENDED:
        out.add(MembershipStatus.MEMBER);
        out.add(MembershipStatus.WITHDRAWN);
        break;
      default:
        break;
    }
    out.removeIf(s -> !inEra(s, day));
    return out;
  }
}
