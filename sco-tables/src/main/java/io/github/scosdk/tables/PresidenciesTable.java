package io.github.scosdk.tables;

import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.util.List;

/**
 * The {@code presidencies} table: one row per chairmanship term, per body (the CHS presidency terms in order, then the
 * CHG chairmanship terms), with the holder's and meetings' names.
 */
final class PresidenciesTable {

  static final Table.Layout LAYOUT =
      new Table.Layout(
          "presidencies",
          List.of(
              Column.text("id", "record id"),
              Column.text("body", "the body chaired: CHS (the presidency) or CHG (the CHG chairmanship)"),
              Column.text("holder_iso2", "ISO alpha-2 code of the holder"),
              Column.text("holder_name", "English name of the holder"),
              Column.date("term_start", "first day of the term (a partial date on its earliest day)"),
              Column.text("start_precision", "what is known of term_start: day, month or year"),
              Column.date("term_end", "first day of the next term (exclusive); empty when open"),
              Column.text("end_precision", "what is known of term_end; empty when open"),
              Column.text("open_end", "ongoing or unknown when the term has no recorded end, else empty"),
              Column.text("opened_at", "id of the summit (the body's meeting) at whose close the term began"),
              Column.text("opened_at_title", "title of that meeting"),
              Column.text("closed_at", "id of the summit (the body's meeting) that closes the term"),
              Column.text("closed_at_title", "title of that meeting"),
              Column.text("slogan", "the presidency's slogan or theme"),
              Column.text("confidence", "high, medium or low"),
              Column.list("source_ids", "ids of the record's sources")));

  private PresidenciesTable() {}

  static Table build(ScoDataset dataset) {
    List<Presidency> terms = Bodies.timelines(dataset);
    return new Table(LAYOUT, () -> terms.stream().map(p -> row(dataset, p)));
  }

  private static Row row(ScoDataset dataset, Presidency p) {
    return LAYOUT.row(
        p.id(),
        Bodies.of(p).abbreviation(),
        p.holder().code(),
        Resolve.stateName(dataset, p.holder()),
        Cells.placed(p.term().start()),
        Cells.precision(p.term().start()),
        Cells.placed(p.term().end()),
        Cells.precision(p.term().end()),
        Cells.openEnd(p.term()),
        p.openedAt().orElse(null),
        Resolve.meetingTitle(dataset, p.openedAt()),
        p.closedAt().orElse(null),
        Resolve.meetingTitle(dataset, p.closedAt()),
        p.slogan().orElse(null),
        Names.snake(p.confidence()),
        p.sources());
  }
}
