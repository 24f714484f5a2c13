package io.github.scosdk.tables;

import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The identifiers of a state that the tables write beside its ISO alpha-2 code: ISO 3166-1 alpha-3, the Correlates
 * of War number, the Gleditsch-Ward number and the Wikidata item. Null where not known.
 *
 * <p>This is the one place the tables read identifiers from: {@code State.iso3()}, {@code cowCode()},
 * {@code gwCode()} and {@code wikidataId()} of the state's record. Where the record has no alpha-3 code (or there is
 * no record), it is derived from the alpha-2 code by the JDK's ISO 3166 table; the others are then null.
 *
 * @param iso3 the ISO 3166-1 alpha-3 code, such as {@code CHN}
 * @param cow the Correlates of War state number, such as {@code 710}
 * @param gw the Gleditsch-Ward state number
 * @param wikidata the Wikidata item, such as {@code Q148}
 */
record StateIdentifiers(@Nullable String iso3, @Nullable Integer cow, @Nullable Integer gw, @Nullable String wikidata) {

  /** The identifiers of the state (its record, where the dataset has one). */
  static StateIdentifiers of(StateCode code, Optional<State> state) {
    String iso3 = state.flatMap(State::iso3).orElseGet(() -> derivedIso3(code));
    Integer cow = state.filter(s -> s.cowCode().isPresent()).map(s -> s.cowCode().getAsInt()).orElse(null);
    Integer gw = state.filter(s -> s.gwCode().isPresent()).map(s -> s.gwCode().getAsInt()).orElse(null);
    String wikidata = state.flatMap(State::wikidataId).orElse(null);
    return new StateIdentifiers(iso3, cow, gw, wikidata);
  }

  /** The alpha-3 code the JDK's ISO 3166 table gives for the alpha-2 code, or null if it has none. */
  static @Nullable String derivedIso3(StateCode code) {
    try {
      String iso3 = new Locale("", code.code()).getISO3Country();
      return iso3.isEmpty() ? null : iso3;
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
