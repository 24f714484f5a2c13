package io.github.scosdk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every state's accession track sorted by date, searchable in O(log n): the stage on a day is the stage of the last
 * step whose earliest day is on or before it, unless a formal status change on or after that step's day and on or
 * before the day ended it (to member, suspended, withdrawn or none).
 *
 * <p>The steps are the dataset's {@link AccessionStep}s and, for documents that use them, its status changes to the
 * deprecated statuses {@code ACCESSION_STARTED} and {@code ACCEDING}, read as steps with the change's id, date,
 * meeting, documents, confidence, note and sources.
 */
final class AccessionIndex {

  private static final Comparator<AccessionStep> BY_DATE = Comparator.comparing(AccessionStep::date);

  private final Map<StateCode, Track> tracks;

  AccessionIndex(List<AccessionStep> steps, StatusIndex statuses) {
    Map<StateCode, List<AccessionStep>> byState = new LinkedHashMap<>();
    for (AccessionStep s : steps) {
      byState.computeIfAbsent(s.state(), k -> new ArrayList<>()).add(s);
    }
    for (StateCode state : statuses.states()) {
      for (StatusChange c : statuses.history(state)) {
        if (StatusIndex.isLegacyAccession(c.status())) {
          byState.computeIfAbsent(state, k -> new ArrayList<>()).add(fromLegacy(c));
        }
      }
    }
    Map<StateCode, Track> map = new HashMap<>(byState.size() * 2);
    byState.forEach((state, list) -> map.put(state, new Track(list, statuses.history(state))));
    this.tracks = map;
  }

  @SuppressWarnings("deprecation")
  private static AccessionStep fromLegacy(StatusChange c) {
    return AccessionStep.builder()
        .id(c.id())
        .state(c.state())
        .stage(c.status() == MembershipStatus.ACCEDING ? AccessionStage.MEMORANDUM_SIGNED : AccessionStage.STARTED)
        .date(c.date())
        .decidedAt(c.decidedAt())
        .documents(c.documents())
        .confidence(c.confidence())
        .note(c.note())
        .sources(c.sources())
        .build();
  }

  List<AccessionStep> history(StateCode state) {
    Track t = tracks.get(state);
    return t == null ? List.of() : t.sorted;
  }

  Optional<AccessionStep> stepOn(StateCode state, LocalDate day) {
    Track t = tracks.get(state);
    return t == null ? Optional.empty() : Optional.ofNullable(t.stepOn(day));
  }

  AccessionStage stageOn(StateCode state, LocalDate day) {
    return stepOn(state, day).map(AccessionStep::stage).orElse(AccessionStage.NONE);
  }

  /** Whether a formal status ends the accession when a state takes it. */
  static boolean endsAccession(MembershipStatus status) {
    return !status.isPartnerKind() && !StatusIndex.isLegacyAccession(status);
  }

  /** One state's steps, sorted (stable) by date, with their earliest days and the days their stage ends. */
  private static final class Track {
    final List<AccessionStep> sorted;
    final long[] days;
    /** The first day on which a status change ends the step's stage; {@code Long.MAX_VALUE} if none does. */
    final long[] ends;

    Track(List<AccessionStep> steps, List<StatusChange> statusHistory) {
      List<AccessionStep> copy = new ArrayList<>(steps);
      copy.sort(BY_DATE);
      this.sorted = List.copyOf(copy);
      this.days = new long[copy.size()];
      this.ends = new long[copy.size()];
      for (int i = 0; i < days.length; i++) {
        days[i] = copy.get(i).date().earliest().toEpochDay();
        ends[i] = Long.MAX_VALUE;
        for (StatusChange c : statusHistory) {
          long d = c.date().earliest().toEpochDay();
          if (d >= days[i] && endsAccession(c.status())) {
            ends[i] = d;
            break;
          }
        }
      }
    }

    AccessionStep stepOn(LocalDate day) {
      long d = day.toEpochDay();
      int i = StatusIndex.lastOnOrBefore(days, d);
      return i < 0 || d >= ends[i] ? null : sorted.get(i);
    }
  }
}
