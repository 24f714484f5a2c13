package io.github.scosdk.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The states of a dataset by every name a user may type: ISO alpha-2 code, ISO alpha-3 code (where the record
 * has one) and the English, Russian and Chinese names, compared without regard to case or surrounding blanks.
 * Where two states share a key, the first listed keeps it. Immutable once built.
 */
final class StateNameIndex {

  private final Map<String, State> byKey = new HashMap<>();

  StateNameIndex(List<State> states) {
    for (State s : states) {
      put(s.code().code(), s);
      s.iso3().ifPresent(iso3 -> put(iso3, s));
      put(s.nameEn(), s);
      put(s.nameRu(), s);
      put(s.nameZh(), s);
    }
  }

  private void put(String name, State state) {
    byKey.putIfAbsent(key(name), state);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** The state with the name or code. */
  Optional<State> find(String name) {
    return Optional.ofNullable(byKey.get(key(name)));
  }
}
