package io.github.scosdk.model.rules;

import io.github.scosdk.model.Official;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.RotationOrder;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code official.rotation-order}: the Secretary-General is appointed in rotation, in the Russian alphabetical order
 * of the member states' names (Charter Art. 11; Regulations on the Secretariat §3.1), the order of
 * {@link RotationOrder}. In the Secretary-General terms by start ({@link ScoDataset#officialTimeline}) the holder of each
 * term after the first is the state that follows the previous holder's state among the members on the term's first
 * day, and the holder of the first term recorded is the first member in that order.
 *
 * <p>A start known only to the month or year stands for several days, and the members may change among them; the
 * rule then accepts the holder if it is the expected one on any of those days (the earliest day and each day in the
 * span on which a status changes), so that it reports only what is certain. A deviation that a declared
 * {@link io.github.scosdk.model.RotationException} of the Secretariat covers (it lists the term among its
 * {@code officials}) is excused; an undeclared one is a warning, or an error in strict mode. A term whose state (or
 * whose predecessor's state) has no state record is left to {@code reference.resolves}.
 *
 * <p>The members on the days asked come from one {@link MembersSweep} over the terms in start order (the
 * presidency rule's), not from a {@code membersOn} look-up and a sort with the Russian collator per term.
 */
final class OfficialRotationOrderRule implements Rule {

  @Override
  public String id() {
    return RuleIds.OFFICIAL_ROTATION_ORDER;
  }

  @Override
  public String description() {
    return "Each Secretary-General comes from the member that follows the previous holder's state in SCO Russian "
        + "alphabetical order (Charter Art. 11), unless a declared exception covers the term.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    ScoDataset data = context.dataset();
    List<Official> terms = data.officialTimeline(Post.SECRETARY_GENERAL);
    TreeSet<LocalDate> changeDays = null;
    MembersSweep members = null;
    for (int i = 0; i < terms.size(); i++) {
      Official term = terms.get(i);
      if (context.isExcused(term) || data.state(term.state()).isEmpty()) {
        continue;
      }
      Optional<State> previous = i == 0 ? Optional.empty() : data.state(terms.get(i - 1).state());
      if (i > 0 && previous.isEmpty()) {
        continue;
      }
      Map<StateCode, State> expected = new LinkedHashMap<>();
      PartialDate start = term.term().start();
      if (!start.isExact() && changeDays == null) {
        changeDays = changeDays(data);
      }
      if (members == null) {
        members = new MembersSweep(data);
      }
      for (LocalDate day : possibleFirstDays(start, changeDays)) {
        State e = previous.isPresent() ? members.successor(previous.get().code(), day) : members.first(day);
        if (e != null) {
          expected.put(e.code(), e);
        }
      }
      if (expected.isEmpty() || expected.containsKey(term.state())) {
        continue;
      }
      String why =
          previous
              .map(p -> "the next member after " + p.code() + " (" + p.nameRu() + ")")
              .orElse("the first member (this is the first term recorded)");
      sink.report(
          context.strict() ? Severity.ERROR : Severity.WARNING,
          Location.of(term).at("state"),
          String.format(
              "%s (%s) holds Secretary-General term %s from %s, but the rotation of Charter Art. 11 expects %s, %s in"
                  + " SCO Russian alphabetical order among the members on its first day; no declared exception of"
                  + " the Secretariat covers term %s",
              term.state(),
              term.name(),
              term.id(),
              term.term().start(),
              names(expected.values()),
              why,
              term.id()));
    }
  }

  /**
   * The earliest day the start may be, and each later day it may be on which some state's status changes. The
   * days of the changes are sorted once per check ({@link #changeDays}), so that an inexact start costs a range
   * of that set, not a scan of every change: with a scan, n terms of inexact start over m status changes cost
   * n × m.
   */
  private static List<LocalDate> possibleFirstDays(PartialDate start, TreeSet<LocalDate> changeDays) {
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(start.earliest());
    if (!start.isExact()) {
      days.addAll(changeDays.subSet(start.earliest(), true, start.latest(), true));
    }
    return new ArrayList<>(days);
  }

  /** The first day of every status change (a change's date stands for its earliest day), sorted. */
  private static TreeSet<LocalDate> changeDays(ScoDataset data) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (StatusChange c : data.statusChanges()) {
      days.add(c.date().earliest());
    }
    return days;
  }

  private static String names(Iterable<State> states) {
    List<String> parts = new ArrayList<>();
    for (State s : states) {
      parts.add(s.code() + " (" + s.nameRu() + ")");
    }
    return parts.size() == 1 ? parts.get(0) : "one of " + String.join(", ", parts);
  }
}
