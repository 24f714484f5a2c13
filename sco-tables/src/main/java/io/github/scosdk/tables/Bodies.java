package io.github.scosdk.tables;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place the tables read which body a presidency term chairs ({@link Presidency#body()}: the CHS presidency or
 * the CHG chairmanship) and in which order the bodies' timelines follow one another.
 */
final class Bodies {

  private Bodies() {}

  /** The body the term chairs. */
  static Body of(Presidency term) {
    return term.body();
  }

  /** Every term, by body (in {@link Body} order: CHS first, then CHG), then by start. */
  static List<Presidency> timelines(ScoDataset dataset) {
    List<Presidency> all = new ArrayList<>();
    for (Body body : Body.values()) {
      all.addAll(dataset.presidencyTimeline(body));
    }
    return all;
  }
}
