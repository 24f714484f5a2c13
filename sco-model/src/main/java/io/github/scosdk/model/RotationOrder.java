package io.github.scosdk.model;

import static java.util.Objects.requireNonNull;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SCO rotation order: states sorted by the Russian alphabetical order of the short names the SCO itself uses
 * (Charter Art. 5 venue rule, as a rule; the same order governs the Secretary-General post).
 *
 * <p>The key is {@link State#nameRu()}: with the SCO's «Кыргызстан», Kyrgyzstan sorts after «Китай» (и before
 * ы); the Russian-Federation form «Киргизия» would sort before it and is wrong here. Names are compared with the
 * JDK's Russian collator; ties are broken by state code so that the order is total.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RotationOrder {

  private static final Comparator<State> ORDER = buildComparator();

  private RotationOrder() {}

  private static Comparator<State> buildComparator() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
    collator.setStrength(Collator.TERTIARY);
    // Collator is not thread-safe for concurrent compare calls in all JDKs; clone per comparison is costly, so
    // synchronize on the shared instance (names are short and lists are small).
    Comparator<String> byName =
        (a, b) -> {
          synchronized (collator) {
            return collator.compare(a, b);
          }
        };
    return Comparator.comparing(State::nameRu, byName).thenComparing(State::code);
  }

  /** {@return the comparator of states in rotation order} */
  public static Comparator<State> comparator() {
    return ORDER;
  }

  /**
   * {@return the codes of the states, sorted in rotation order}
   *
   * @param states the states to sort (usually the members on a day); their Russian names decide the order; not null
   */
  public static List<StateCode> sort(Collection<State> states) {
    List<State> sorted = new ArrayList<>(requireNonNull(states, "states"));
    sorted.sort(ORDER);
    List<StateCode> codes = new ArrayList<>(sorted.size());
    for (State s : sorted) {
      codes.add(s.code());
    }
    return List.copyOf(codes);
  }

  /**
   * The state that follows {@code holder} in rotation order among {@code candidates}, wrapping around at the
   * end; the holder itself is never its own successor. The holder need not be among the candidates: its place
   * in the order is found by its name.
   *
   * @param holder the current holder, not null
   * @param candidates the states eligible to succeed (usually the members on the successor's first day)
   * @return the successor, or empty if there is no candidate other than the holder
   */
  public static Optional<State> successor(State holder, Collection<State> candidates) {
    requireNonNull(holder, "holder");
    List<State> sorted = new ArrayList<>(candidates);
    sorted.removeIf(s -> s.code().equals(holder.code()));
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    sorted.sort(ORDER);
    for (State s : sorted) {
      if (ORDER.compare(s, holder) > 0) {
        return Optional.of(s);
      }
    }
    return Optional.of(sorted.get(0));
  }
}
