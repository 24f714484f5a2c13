package io.github.scosdk.model;

import static java.util.Objects.requireNonNull;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SCO rotation order: states sorted by the Russian alphabetical order of the short names the SCO itself uses
 * (Charter Art. 5 venue rule, as a rule; the same order governs the Secretary-General post).
 *
 * <p>The key is {@link State#nameRu()}: with the SCO's «Кыргызстан», Kyrgyzstan sorts after «Китай» (и before
 * ы); the Russian-Federation form «Киргизия» would sort before it and is wrong here. Names are compared with the
 * JDK's Russian collator; ties are broken by state code so that the order is total. The names of the reference
 * dataset's states are compared by their places in a table in the collator's order, so that the collator is built
 * only when another name is compared.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RotationOrder {

  /**
   * The Russian names of the reference dataset's states, in the Russian collator's order (RotationOrderTest checks
   * the order and that no two of them collate equal). Two names of this list are compared by their places in it,
   * which is what the collator answers, without building the collator: {@code Collator.getInstance} for Russian
   * parses the collation rules and builds its tables on first use, 60 to 130 ms of a cold start, more than reading
   * the whole embedded dataset. Any other name is compared with the collator, built on the first such comparison.
   */
  private static final List<String> KNOWN_NAMES = List.of(
      "Азербайджан", "Армения", "Афганистан", "Бахрейн", "Беларусь", "Египет", "Индия", "Иран", "Казахстан",
      "Камбоджа", "Катар", "Китай", "Кувейт", "Кыргызстан", "Лаос", "Мальдивы", "Монголия", "Мьянма", "Непал",
      "Объединенные Арабские Эмираты", "Пакистан", "Россия", "Саудовская Аравия", "Таджикистан", "Турция",
      "Узбекистан", "Шри-Ланка");

  private static final Map<String, Integer> KNOWN_PLACES = places();

  /**
   * By Russian name ({@link #compareNames}), then by code: what {@code Comparator.comparing(State::nameRu,
   * RotationOrder::compareNames).thenComparing(State::code)} computes, as a plain class, so that the first
   * {@code membersOn} in a fresh JVM spins no lambda classes for it (issue 17, library cold start).
   */
  static final class ByRussianName implements Comparator<State> {
    @Override
    public int compare(State a, State b) {
      int byName = compareNames(a.nameRu(), b.nameRu());
      return byName != 0 ? byName : a.code().compareTo(b.code());
    }
  }

  private static final Comparator<State> ORDER = new ByRussianName();

  private RotationOrder() {}

  private static Map<String, Integer> places() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < KNOWN_NAMES.size(); i++) {
      m.put(KNOWN_NAMES.get(i), i);
    }
    return Map.copyOf(m);
  }

  /** Compares two Russian names as the Russian collator does (tertiary strength). */
  static int compareNames(String a, String b) {
    Integer x = KNOWN_PLACES.get(a);
    Integer y = KNOWN_PLACES.get(b);
    if (x != null && y != null) {
      return Integer.compare(x, y);
    }
    return Russian.compare(a, b);
  }

  /** The names of the table, in order (for the test that checks it against the collator). */
  static List<String> knownNames() {
    return KNOWN_NAMES;
  }

  /** The JDK's Russian collator, built when first needed (the holder class is initialised on first use). */
  static final class Russian {

    private static final Collator COLLATOR = collator();

    private Russian() {}

    private static Collator collator() {
      Collator collator = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
      collator.setStrength(Collator.TERTIARY);
      return collator;
    }

    /**
     * Compares with the collator. Collator is not thread-safe for concurrent compare calls in all JDKs; a clone
     * per comparison is costly, so calls synchronize on the shared instance (names are short and lists small).
     */
    static int compare(String a, String b) {
      synchronized (COLLATOR) {
        return COLLATOR.compare(a, b);
      }
    }
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
