package io.github.scosdk.tables;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A state the tables have rows for: its code, its record (where the dataset has one) and its identifiers.
 *
 * @param code the ISO alpha-2 code
 * @param state the dataset's record of the state, if any
 * @param ids the other identifiers
 */
record StateRef(StateCode code, Optional<State> state, StateIdentifiers ids) {

  /** Every state of the dataset in its order, then the codes seen only in status changes, in first-seen order. */
  static List<StateRef> all(ScoDataset dataset) {
    Set<StateCode> codes = new LinkedHashSet<>();
    for (State s : dataset.states()) {
      codes.add(s.code());
    }
    for (StatusChange c : dataset.statusChanges()) {
      codes.add(c.state());
    }
    List<StateRef> refs = new ArrayList<>(codes.size());
    for (StateCode code : codes) {
      Optional<State> state = dataset.state(code);
      refs.add(new StateRef(code, state, StateIdentifiers.of(code, state)));
    }
    return List.copyOf(refs);
  }

  /** The identifier columns ({@code iso2, iso3, cow, gw, wikidata}) followed by the given ones. */
  static List<Column> withIdColumns(Column... rest) {
    List<Column> columns = new ArrayList<>(List.of(
        Column.text("iso2", "ISO 3166-1 alpha-2 code of the state"),
        Column.text("iso3", "ISO 3166-1 alpha-3 code"),
        Column.integer("cow", "Correlates of War state number (empty where the state record has none)"),
        Column.integer("gw", "Gleditsch-Ward state number (empty where the state record has none)"),
        Column.text("wikidata", "Wikidata item of the state (empty where the state record has none)")));
    columns.addAll(List.of(rest));
    return columns;
  }

  /** The cells of the identifier columns. */
  Object[] idCells() {
    return new Object[] {code.code(), ids.iso3(), ids.cow(), ids.gw(), ids.wikidata()};
  }
}
