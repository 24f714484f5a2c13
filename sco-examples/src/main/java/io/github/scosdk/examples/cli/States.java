package io.github.scosdk.examples.cli;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import java.util.Locale;

/** Finds the state a user means: by ISO code or by English or Russian name, ignoring case. */
final class States {

  private States() {}

  /**
   * The dataset's state named by the text.
   *
   * @throws BadInputException if no state of the dataset has that code or name
   */
  static State resolve(ScoDataset data, String text) {
    String t = text.strip();
    for (State s : data.states()) {
      if (s.code().code().equalsIgnoreCase(t)
          || s.nameEn().equalsIgnoreCase(t)
          || s.nameRu().toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new BadInputException(
        "unknown state '" + text + "': not a state of the dataset (give an ISO code such as KZ or an English"
            + " name such as Kazakhstan)");
  }
}
