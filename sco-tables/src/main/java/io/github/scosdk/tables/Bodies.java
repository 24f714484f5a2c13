package io.github.scosdk.tables;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place the tables read which body a presidency term chairs. Today's model has CHS presidencies only; Model
 * 2 adds {@code Presidency.body()} and {@code presidencyTimeline(Body)}: wiring them is the two marked lines.
 */
final class Bodies {

  private Bodies() {}

  /** The body the term chairs. */
  static Body of(Presidency term) {
    // Model 2: return term.body();
    return Body.COUNCIL_OF_HEADS_OF_STATE;
  }

  /** Every term, by body (in {@link Body} order), then by start. */
  static List<Presidency> timelines(ScoDataset dataset) {
    List<Presidency> all = new ArrayList<>();
    for (Body body : Body.values()) {
      // Model 2: all.addAll(dataset.presidencyTimeline(body));
      for (Presidency p : dataset.presidencyTimeline()) {
        if (of(p) == body) {
          all.add(p);
        }
      }
    }
    return all;
  }
}
