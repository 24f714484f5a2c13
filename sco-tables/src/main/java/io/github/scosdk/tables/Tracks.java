package io.github.scosdk.tables;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place the tables read a state's status history from: the spans of constant formal status and accession
 * stage, in date order, that {@link IntervalsTable}, {@link StateDayTable} and {@link StateYearTable} all use.
 *
 * <p>Today's model has one track: {@code ACCESSION_STARTED} and {@code ACCEDING} are statuses that replace the
 * observer status. The accession stage is derived from it ({@code started}, {@code memorandum_signed}, else
 * {@code none}). Model 2 separates the tracks ({@code accessionStageOn(StateCode, LocalDate)}): then
 * {@link #spans} cuts the history at the change days of both tracks and takes the formal status and the stage of
 * each piece from the two tracks (see the note in {@link #spans}).
 */
final class Tracks {

  private Tracks() {}

  /**
   * The state's spans in date order. A change that another change on the same (earliest) day overrides makes no
   * span, exactly as {@code statusOn} lets the last change of a day win.
   */
  static List<StatusSpan> spans(ScoDataset dataset, StateCode state) {
    // Model 2: cut at the union of the status-change and accession-stage days; for each piece take
    // dataset.statusOn(...) for the status and dataset.accessionStageOn(...) for the stage, the sources of the
    // change (of either track) that starts it.
    List<StatusChange> history = dataset.statusHistory(state);
    List<StatusSpan> spans = new ArrayList<>(history.size());
    for (int i = 0; i < history.size(); i++) {
      StatusChange c = history.get(i);
      StatusChange next = i + 1 < history.size() ? history.get(i + 1) : null;
      if (next != null && !next.date().earliest().isAfter(c.date().earliest())) {
        continue;
      }
      spans.add(
          new StatusSpan(
              state,
              c.status(),
              derivedStage(c.status()),
              c.date(),
              next == null ? null : next.date(),
              c.confidence(),
              c.sources()));
    }
    return List.copyOf(spans);
  }

  /** The accession stage today's single track implies. */
  static String derivedStage(MembershipStatus status) {
    switch (status) {
      case ACCESSION_STARTED:
        return "started";
      case ACCEDING:
        return "memorandum_signed";
      default:
        return "none";
    }
  }
}
