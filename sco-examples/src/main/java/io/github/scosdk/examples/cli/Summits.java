package io.github.scosdk.examples.cli;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The summits of every chairmanship term of a dataset — the sessions of the term's body: Council of Heads of State
 * sessions for a presidency term, Council of Heads of Government meetings for a CHG chairmanship term — and how to
 * name one in a line. Built once per dataset in O((terms + meetings) log meetings), so that listing every term's
 * summits stays near-linear however many terms there are.
 */
final class Summits {

  private static final Comparator<Meeting> BY_START =
      Comparator.comparing((Meeting m) -> m.startDate().earliest()).thenComparing(Meeting::id);

  private final ScoDataset data;
  /** The sessions of each body, by start. */
  private final Map<Body, List<Meeting>> sessions = new EnumMap<>(Body.class);
  /** For each meeting id, how many terms it closes. */
  private final Map<String, Integer> closings = new HashMap<>();

  private Summits(ScoDataset data) {
    this.data = data;
    for (Meeting m : data.meetings()) {
      if (isSession(m, m.body())) {
        sessions.computeIfAbsent(m.body(), b -> new ArrayList<>()).add(m);
      }
    }
    sessions.values().forEach(list -> list.sort(BY_START));
    for (Presidency p : data.presidencies()) {
      p.closedAt().ifPresent(id -> closings.merge(id, 1, Integer::sum));
    }
  }

  /** The summits of the dataset's terms. */
  static Summits of(ScoDataset data) {
    return new Summits(data);
  }

  /**
   * The summits of the term: those that start in it, plus the summit that closes it (a one-day summit on the
   * hand-over day starts outside the half-open term but belongs to the term it closes), without the summits that
   * close other terms (the one at whose close the holder took over starts inside this term), in date order.
   */
  List<Meeting> of(Presidency term) {
    Map<String, Meeting> found = new LinkedHashMap<>();
    List<Meeting> summits = sessions.getOrDefault(term.body(), List.of());
    int from = firstStartingOnOrAfter(summits, term.term().start().earliest());
    Optional<LocalDate> end = term.term().end().map(e -> e.earliest());
    int to = end.isPresent() ? firstStartingOnOrAfter(summits, end.get()) : summits.size();
    for (int i = from; i < to; i++) {
      Meeting m = summits.get(i);
      if (!closesAnotherTerm(term, m.id()) && !term.openedAt().map(m.id()::equals).orElse(false)) {
        found.put(m.id(), m);
      }
    }
    term.closedAt().flatMap(data::meeting).ifPresent(m -> found.putIfAbsent(m.id(), m));
    List<Meeting> list = new ArrayList<>(found.values());
    list.sort(BY_START);
    return list;
  }

  private boolean closesAnotherTerm(Presidency term, String meeting) {
    int closed = closings.getOrDefault(meeting, 0);
    return closed > (term.closedAt().map(meeting::equals).orElse(false) ? 1 : 0);
  }

  /** The index of the first of the summits that starts on or after the day. */
  private static int firstStartingOnOrAfter(List<Meeting> summits, LocalDate day) {
    int lo = 0;
    int hi = summits.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (summits.get(mid).startDate().earliest().isBefore(day)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Whether the meeting is a session of the body, regular or extraordinary (not an "SCO Plus" outreach meeting, an
   * informal meeting or another event held beside it), and the body's terms are chairmanships (the CHS presidency,
   * the CHG chairmanship): the meetings that a term of that body lists.
   */
  static boolean isSession(Meeting m, Body body) {
    return m.body() == body
        && m.body().chairedBy().filter(body::equals).isPresent()
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
