package io.github.scosdk.examples;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import java.io.PrintStream;

/**
 * Example: the rotating presidency from 2001 to today, each term with the summit that closes it, and the next
 * chair the rotation rule predicts.
 *
 * <p>{@link ScoDataset#presidencyTimeline()} gives the terms sorted by start. A term is the half-open interval
 * {@code [assumed, handedOver)}: on the day of a summit's closing session the next state already chairs.
 * {@link ScoDataset#predictNextHolder(java.time.LocalDate)} applies the rule (Russian alphabetical order of the
 * member states' SCO names) and explains itself.
 */
public final class PresidencyTimeline {

  private PresidencyTimeline() {}

  /**
   * Prints the reference dataset's presidency timeline.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    print(ScoReference.dataset(), System.out);
  }

  static void print(ScoDataset data, PrintStream out) {
    for (Presidency p : data.presidencyTimeline()) {
      String holder = data.state(p.holder()).map(State::nameEn).orElse(p.holder().code());
      String closing = p.closedAt().flatMap(data::meeting).map(PresidencyTimeline::describe).orElse("-");
      out.printf("%-12s %-28s closed by %s%n", holder, p.term(), closing);
    }
    Presidency last = data.presidencyTimeline().get(data.presidencyTimeline().size() - 1);
    data.predictNextHolder(last.term().start().earliest()).reasoning().forEach(r -> out.println("  " + r));
  }

  private static String describe(Meeting m) {
    return m.venue().map(v -> v.city()).orElse("video") + " " + m.startDate() + (m.planned() ? " (planned)" : "");
  }
}
