package io.github.scosdk.testkit;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The testkit's reference view of who had which status when: per state, a date-sorted map of statuses (from the
 * earliest day of each change's date). Mutable; used while generating and while injecting defects.
 */
final class StatusTimeline {

  private final Map<StateCode, TreeMap<LocalDate, MembershipStatus>> byState = new HashMap<>();

  /** The timeline of the dataset's status changes. */
  static StatusTimeline of(ScoDataset dataset) {
    StatusTimeline t = new StatusTimeline();
    for (StatusChange c : dataset.statusChanges()) {
      t.put(c.state(), c.date().earliest(), c.status());
    }
    return t;
  }

  void put(StateCode state, LocalDate day, MembershipStatus status) {
    byState.computeIfAbsent(state, k -> new TreeMap<>()).put(day, status);
  }

  /** The status on the day: that of the last change on or before it, else NONE. */
  MembershipStatus statusOn(StateCode state, LocalDate day) {
    TreeMap<LocalDate, MembershipStatus> m = byState.get(state);
    if (m == null) {
      return MembershipStatus.NONE;
    }
    Map.Entry<LocalDate, MembershipStatus> e = m.floorEntry(day);
    return e == null ? MembershipStatus.NONE : e.getValue();
  }

  /** The day of the state's last change, if any. */
  Optional<LocalDate> lastChange(StateCode state) {
    TreeMap<LocalDate, MembershipStatus> m = byState.get(state);
    return m == null || m.isEmpty() ? Optional.empty() : Optional.of(m.lastKey());
  }

  /** Whether the state has a change on a day in {@code [from, to]}. */
  boolean changesBetween(StateCode state, LocalDate from, LocalDate to) {
    TreeMap<LocalDate, MembershipStatus> m = byState.get(state);
    return m != null && !m.subMap(from, true, to, true).isEmpty();
  }

  /** Whether the state is a member on every day of {@code [from, to]}. */
  boolean memberThroughout(StateCode state, LocalDate from, LocalDate to) {
    return statusOn(state, from) == MembershipStatus.MEMBER && !changesBetween(state, from.plusDays(1), to);
  }

  /** The states with the status on the day. */
  List<State> withStatus(Collection<State> states, MembershipStatus status, LocalDate day) {
    List<State> out = new ArrayList<>();
    for (State s : states) {
      if (statusOn(s.code(), day) == status) {
        out.add(s);
      }
    }
    return out;
  }
}
