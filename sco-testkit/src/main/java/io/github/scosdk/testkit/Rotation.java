package io.github.scosdk.testkit;

import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The testkit's reference rotation rule: Russian alphabetical order of {@code State.nameRu}, cyclic. */
final class Rotation {

  private static final Comparator<State> ORDER = rotationComparator();

  private Rotation() {}

  private static Comparator<State> rotationComparator() {
    Collator c = Collator.getInstance(Locale.forLanguageTag("ru"));
    return Comparator.comparing(State::nameRu, (a, b) -> c.compare(a, b)).thenComparing(State::nameRu);
  }

  static Comparator<State> order() {
    return ORDER;
  }

  /** The members sorted in rotation order. */
  static List<State> sorted(Collection<State> members) {
    List<State> out = new ArrayList<>(members);
    out.sort(ORDER);
    return out;
  }

  /**
   * The member that comes next after the predecessor in rotation order, cyclically (the predecessor itself
   * need not be a member any more).
   *
   * @throws IllegalArgumentException if there are no members
   */
  static State next(State predecessor, Collection<State> members) {
    List<State> sorted = sorted(members);
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("no members to rotate among");
    }
    for (State s : sorted) {
      if (ORDER.compare(s, predecessor) > 0) {
        return s;
      }
    }
    return sorted.get(0);
  }

  static State find(Collection<State> states, StateCode code) {
    for (State s : states) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no state " + code);
  }
}
