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
 * Every state's status history sorted by date, searchable in O(log n): the status on a day is the formal status of
 * the last change whose earliest day is on or before it. A change to one of the deprecated accession statuses
 * ({@code ACCESSION_STARTED}, {@code ACCEDING}) keeps the partner status in force before it, else gives none (the
 * accession runs on its own track, {@link AccessionIndex}).
 */
final class StatusIndex {

  /**
   * By date: what {@code Comparator.comparing(StatusChange::date)} computes, as a plain class; this index and its
   * constructor use no lambdas, so that the first {@code membersOn} in a fresh JVM spins no classes for them
   * (issue 17, library cold start).
   */
  private static final class ByDate implements Comparator<StatusChange> {
    @Override
    public int compare(StatusChange a, StatusChange b) {
      return a.date().compareTo(b.date());
    }
  }

  private static final Comparator<StatusChange> BY_DATE = new ByDate();

  private final Map<StateCode, History> histories;
  private final List<StateCode> states;

  StatusIndex(List<StatusChange> changes) {
    Map<StateCode, List<StatusChange>> byState = new LinkedHashMap<>();
    for (StatusChange c : changes) {
      List<StatusChange> list = byState.get(c.state());
      if (list == null) {
        list = new ArrayList<>();
        byState.put(c.state(), list);
      }
      list.add(c);
    }
    Map<StateCode, History> map = new HashMap<>(byState.size() * 2);
    for (Map.Entry<StateCode, List<StatusChange>> e : byState.entrySet()) {
      map.put(e.getKey(), new History(e.getValue()));
    }
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
    int i = h.indexOn(day);
    return i < 0 ? MembershipStatus.NONE : h.formal[i];
  }

  /**
   * The index of the last of the sorted days on or before the day (of several equal days, the last), or -1 if every
   * day is after it.
   */
  static int lastOnOrBefore(long[] days, long d) {
    int i = Arrays.binarySearch(days, d);
    if (i >= 0) {
      // several entries may share the day: the last one wins
      while (i + 1 < days.length && days[i + 1] == d) {
        i++;
      }
      return i;
    }
    return -i - 2;
  }

  /** Whether the status is one of the deprecated statuses of the accession track. */
  @SuppressWarnings("deprecation")
  static boolean isLegacyAccession(MembershipStatus status) {
    return status == MembershipStatus.ACCESSION_STARTED || status == MembershipStatus.ACCEDING;
  }

  /** One state's changes, sorted (stable) by date, with their earliest days as epoch days. */
  private static final class History {
    final List<StatusChange> sorted;
    final long[] days;
    /**
     * The formal status from each change on: its status, or for a legacy accession status the partner status before
     * it (none if the state had none, or had a status no state accedes from).
     */
    final MembershipStatus[] formal;

    History(List<StatusChange> changes) {
      List<StatusChange> copy = new ArrayList<>(changes);
      copy.sort(BY_DATE);
      this.sorted = List.copyOf(copy);
      this.days = new long[copy.size()];
      this.formal = new MembershipStatus[copy.size()];
      MembershipStatus previous = MembershipStatus.NONE;
      for (int i = 0; i < days.length; i++) {
        days[i] = copy.get(i).date().earliest().toEpochDay();
        MembershipStatus st = copy.get(i).status();
        formal[i] = isLegacyAccession(st) ? (previous.isPartnerKind() ? previous : MembershipStatus.NONE) : st;
        previous = formal[i];
      }
    }

    StatusChange changeOn(LocalDate day) {
      int i = indexOn(day);
      return i < 0 ? null : sorted.get(i);
    }

    /** The index of the change in force on the day, or -1. */
    int indexOn(LocalDate day) {
      return lastOnOrBefore(days, day.toEpochDay());
    }
  }
}
