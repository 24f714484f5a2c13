package io.github.scosdk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every state's status history sorted by date, searchable in O(log n): the status on a day is the status of the
 * last change whose earliest day is on or before it.
 */
final class StatusIndex {

  private static final Comparator<StatusChange> BY_DATE = Comparator.comparing(StatusChange::date);

  private final Map<StateCode, History> histories;
  private final List<StateCode> states;

  StatusIndex(List<StatusChange> changes) {
    Map<StateCode, List<StatusChange>> byState = new LinkedHashMap<>();
    for (StatusChange c : changes) {
      byState.computeIfAbsent(c.state(), k -> new ArrayList<>()).add(c);
    }
    Map<StateCode, History> map = new HashMap<>(byState.size() * 2);
    byState.forEach((state, list) -> map.put(state, new History(list)));
    this.histories = map;
    this.states = List.copyOf(byState.keySet());
  }

  /** The states that have at least one change, in first-seen order. */
  List<StateCode> states() {
    return states;
  }

  List<StatusChange> history(StateCode state) {
    History h = histories.get(state);
    return h == null ? List.of() : h.sorted;
  }

  Optional<StatusChange> changeOn(StateCode state, LocalDate day) {
    History h = histories.get(state);
    return h == null ? Optional.empty() : Optional.ofNullable(h.changeOn(day));
  }

  MembershipStatus statusOn(StateCode state, LocalDate day) {
    History h = histories.get(state);
    if (h == null) {
      return MembershipStatus.NONE;
    }
    StatusChange c = h.changeOn(day);
    return c == null ? MembershipStatus.NONE : c.status();
  }

  /** One state's changes, sorted (stable) by date, with their earliest days as epoch days. */
  private static final class History {
    final List<StatusChange> sorted;
    final long[] days;

    History(List<StatusChange> changes) {
      List<StatusChange> copy = new ArrayList<>(changes);
      copy.sort(BY_DATE);
      this.sorted = List.copyOf(copy);
      this.days = new long[copy.size()];
      for (int i = 0; i < days.length; i++) {
        days[i] = copy.get(i).date().earliest().toEpochDay();
      }
    }

    StatusChange changeOn(LocalDate day) {
      long d = day.toEpochDay();
      int i = Arrays.binarySearch(days, d);
      if (i >= 0) {
        // several changes may share the day: the last one wins
        while (i + 1 < days.length && days[i + 1] == d) {
          i++;
        }
      } else {
        i = -i - 2;
      }
      return i < 0 ? null : sorted.get(i);
    }
  }
}
