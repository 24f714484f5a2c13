package io.github.scosdk.tables;

import io.github.scosdk.model.ScoDataset;
import java.util.List;

/**
 * The {@code intervals} table: one row per state and span of one formal status (and accession stage),
 * {@code [valid_from, valid_to)}. A day {@code d} of state {@code s} joins the row with {@code iso2 = s and
 * valid_from <= d and (valid_to is null or d < valid_to)}; no row means no status.
 */
final class IntervalsTable {

  static final Table.Layout LAYOUT =
      new Table.Layout(
          "intervals",
          StateRef.withIdColumns(
              Column.text("status", "formal status: member, observer, dialogue_partner, partner, ..."),
              Column.text("accession_stage", "none, started (CHS decision) or memorandum_signed"),
              Column.date("valid_from", "first day of the span (a partial date placed on its earliest day)"),
              Column.date("valid_to", "first day after the span (exclusive); empty when the span is open"),
              Column.text("open_end", "ongoing when the span has no end in the data, else empty"),
              Column.text("from_precision", "what is known of valid_from: day, month or year"),
              Column.text("to_precision", "what is known of valid_to: day, month or year; empty when open"),
              Column.text("confidence", "confidence of the change that starts the span: high, medium or low"),
              Column.list("source_ids", "ids of the sources of the change that starts the span"),
              Column.text("dataset_version", "version of the dataset the row comes from")));

  private IntervalsTable() {}

  static Table build(ScoDataset dataset, TableOptions options) {
    List<StateRef> states = StateRef.all(dataset);
    return new Table(
        LAYOUT,
        () -> states.stream()
            .flatMap(s -> Tracks.spans(dataset, s.code()).stream().map(span -> row(s, span, options))));
  }

  private static Row row(StateRef s, StatusSpan span, TableOptions options) {
    return LAYOUT.row(
        s.idCells(),
        Names.snake(span.status()),
        span.accessionStage(),
        Cells.placed(span.from()),
        Cells.placed(span.to()),
        span.to() == null ? "ongoing" : null,
        Cells.precision(span.from()),
        Cells.precision(span.to()),
        Names.snake(span.confidence()),
        span.sourceIds(),
        options.datasetVersion());
  }
}
