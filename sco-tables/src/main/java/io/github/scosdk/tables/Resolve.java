package io.github.scosdk.tables;

import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Ids resolved to names for the one-row-per-record tables; null where the dataset has no such record. */
final class Resolve {

  private Resolve() {}

  /** The English name of the state, or null when the dataset has no record of it. */
  static @Nullable String stateName(ScoDataset dataset, StateCode code) {
    return dataset.state(code).map(State::nameEn).orElse(null);
  }

  static @Nullable String stateName(ScoDataset dataset, Optional<StateCode> code) {
    return code.map(c -> stateName(dataset, c)).orElse(null);
  }

  static @Nullable String code(Optional<StateCode> code) {
    return code.map(StateCode::code).orElse(null);
  }

  /** The meeting's title, or its body and date when it has none; null when the id resolves to nothing. */
  static @Nullable String meetingTitle(ScoDataset dataset, Optional<String> id) {
    return id.flatMap(dataset::meeting).map(Resolve::title).orElse(null);
  }

  static String title(Meeting m) {
    return m.title().orElse(m.body().abbreviation() + " " + m.startDate());
  }

  static List<String> codes(List<StateCode> codes) {
    return codes.stream().map(StateCode::code).toList();
  }
}
