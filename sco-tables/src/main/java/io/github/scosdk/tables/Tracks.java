package io.github.scosdk.tables;

import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place the tables read a state's status history from: the spans of constant formal status and accession
 * stage, in date order, that {@link IntervalsTable}, {@link StateDayTable} and {@link StateYearTable} all use.
 *
 * <p>The two tracks are separate (Model 2): {@link #spans} cuts the history at the union of the change days of
 * both, the status changes and the accession steps, and takes the formal status of each piece from
 * {@link ScoDataset#statusOn} and its stage from {@link ScoDataset#accessionStageOn}, so that the tables agree with
 * both queries on every day. A document with the deprecated accession statuses gives the same spans (the queries
 * read those changes as steps).
 */
final class Tracks {

  private Tracks() {}

  /**
   * The state's spans in date order, one per day on which either track changes. Its date, confidence and sources
   * are those of the day's last status change, else of the day's last accession step, with the sources of the other
   * records of that day after them; a record that another on the same (earliest) day overrides makes no span of its
   * own, exactly as {@code statusOn} lets the last change of a day win.
   */
  static List<StatusSpan> spans(ScoDataset dataset, StateCode state) {
    List<StatusChange> changes = dataset.statusHistory(state);
    List<AccessionStep> steps = dataset.accessionHistory(state);
    List<StatusSpan> spans = new ArrayList<>(changes.size() + steps.size());
    int i = 0;
    int j = 0;
    Piece open = null;
    while (i < changes.size() || j < steps.size()) {
      PartialDate next = earlier(changes, i, steps, j);
      Piece piece = new Piece();
      while (i < changes.size() && changes.get(i).date().earliest().equals(next.earliest())) {
        piece.change(changes.get(i++));
      }
      while (j < steps.size() && steps.get(j).date().earliest().equals(next.earliest())) {
        piece.step(steps.get(j++));
      }
      if (open != null) {
        spans.add(open.span(dataset, state, piece.date));
      }
      open = piece;
    }
    if (open != null) {
      spans.add(open.span(dataset, state, null));
    }
    return List.copyOf(spans);
  }

  private static PartialDate earlier(List<StatusChange> changes, int i, List<AccessionStep> steps, int j) {
    if (j >= steps.size()) {
      return changes.get(i).date();
    }
    if (i >= changes.size()) {
      return steps.get(j).date();
    }
    PartialDate a = changes.get(i).date();
    PartialDate b = steps.get(j).date();
    return b.earliest().isBefore(a.earliest()) ? b : a;
  }

  /** The records of one day on either track. */
  private static final class Piece {
    PartialDate date;
    Confidence confidence;
    boolean fromChange;
    final Set<String> sources = new LinkedHashSet<>();
    final Set<String> otherSources = new LinkedHashSet<>();

    void change(StatusChange c) {
      date = c.date();
      confidence = c.confidence();
      fromChange = true;
      sources.clear();
      sources.addAll(c.sources());
    }

    void step(AccessionStep s) {
      if (fromChange) {
        otherSources.addAll(s.sources());
        return;
      }
      date = s.date();
      confidence = s.confidence();
      sources.clear();
      sources.addAll(s.sources());
    }

    StatusSpan span(ScoDataset dataset, StateCode state, PartialDate to) {
      List<String> ids = new ArrayList<>(sources);
      otherSources.stream().filter(id -> !sources.contains(id)).forEach(ids::add);
      java.time.LocalDate day = date.earliest();
      return new StatusSpan(
          state,
          dataset.statusOn(state, day),
          stageName(dataset.accessionStageOn(state, day)),
          date,
          to,
          confidence,
          List.copyOf(ids));
    }
  }

  /** The stage as the tables write it: {@code none}, {@code started}, {@code memorandum_signed}. */
  static String stageName(AccessionStage stage) {
    return Names.snake(stage);
  }
}
