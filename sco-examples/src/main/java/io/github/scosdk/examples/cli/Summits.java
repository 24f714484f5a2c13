package io.github.scosdk.examples.cli;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The summits (Council of Heads of State meetings) of a presidency term, and how to name one in a line. */
final class Summits {

  private Summits() {}

  /**
   * The summits of the term ({@link #isSummit}): those that start in it, plus the summit that closes it (a one-day summit on
   * the hand-over day starts outside the half-open term but belongs to the term it closes), without the summits
   * that close other terms (the one at whose close the holder took over starts inside this term), in date order.
   */
  static List<Meeting> of(ScoDataset data, Presidency term) {
    Set<String> closingOthers = new HashSet<>();
    for (Presidency p : data.presidencies()) {
      if (!p.id().equals(term.id())) {
        p.closedAt().ifPresent(closingOthers::add);
      }
    }
    term.openedAt().ifPresent(closingOthers::add);
    Map<String, Meeting> found = new LinkedHashMap<>();
    for (Meeting m : data.meetingsOf(term)) {
      if (isSummit(m) && !closingOthers.contains(m.id())) {
        found.put(m.id(), m);
      }
    }
    term.closedAt().flatMap(data::meeting).ifPresent(m -> found.putIfAbsent(m.id(), m));
    List<Meeting> list = new ArrayList<>(found.values());
    list.sort(Comparator.comparing((Meeting m) -> m.startDate().earliest()).thenComparing(Meeting::id));
    return list;
  }

  /**
   * Whether the meeting is a session of the Council of Heads of State, regular or extraordinary (not an "SCO
   * Plus" outreach meeting, an informal meeting or another event held beside a summit).
   */
  static boolean isSummit(Meeting m) {
    return m.body() == Body.COUNCIL_OF_HEADS_OF_STATE
        && (m.kind() == MeetingKind.REGULAR || m.kind() == MeetingKind.EXTRAORDINARY);
  }

  /** {@code Tianjin 2025-08-31..2025-09-01}, {@code video 2020-11-10}, {@code Bishkek 2026 (planned)}. */
  static String describe(Meeting m) {
    String place = m.venue().map(v -> v.city()).orElse("video");
    String dates = m.startDate() + (m.endDate().equals(m.startDate()) ? "" : ".." + m.endDate());
    String kind = m.kind() == MeetingKind.REGULAR ? "" : " " + Labels.kind(m.kind());
    return place + " " + dates + kind + (m.planned() ? " (planned)" : "");
  }
}
