package io.github.scosdk.tables;

import io.github.scosdk.model.Document;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.ScoDataset;
import java.util.List;

/** The {@code documents} table: one row per document, in dataset order, with the adopting meeting's title. */
final class DocumentsTable {

  static final Table.Layout LAYOUT =
      new Table.Layout(
          "documents",
          List.of(
              Column.text("id", "record id"),
              Column.text("kind", "declaration, communique, charter, agreement, decision, ..."),
              Column.text("title_en", "English title"),
              Column.text("title_ru", "Russian title"),
              Column.text("title_zh", "Chinese title"),
              Column.date("adopted", "day adopted (a partial date on its earliest day)"),
              Column.text("adopted_precision", "what is known of adopted: day, month or year"),
              Column.date("signed", "day signed"),
              Column.text("signed_precision", "what is known of signed"),
              Column.date("in_force", "day it entered into force"),
              Column.text("in_force_precision", "what is known of in_force"),
              Column.text("adopted_at", "id of the meeting that adopted or signed it"),
              Column.text("adopted_at_title", "title of that meeting"),
              Column.list("signatories", "ISO codes of the signatory states"),
              Column.text("confidence", "high, medium or low"),
              Column.list("source_ids", "ids of the record's sources")));

  private DocumentsTable() {}

  static Table build(ScoDataset dataset) {
    return new Table(LAYOUT, () -> dataset.documents().stream().map(d -> row(dataset, d)));
  }

  private static Row row(ScoDataset dataset, Document d) {
    return LAYOUT.row(
        d.id(),
        Names.snake(d.kind()),
        d.titles().get(Language.EN),
        d.titles().get(Language.RU),
        d.titles().get(Language.ZH),
        Cells.placed(d.adopted()),
        Cells.precision(d.adopted()),
        Cells.placed(d.signed()),
        Cells.precision(d.signed()),
        Cells.placed(d.inForce()),
        Cells.precision(d.inForce()),
        d.adoptedAt().orElse(null),
        Resolve.meetingTitle(dataset, d.adoptedAt()),
        Resolve.codes(d.signatories()),
        Names.snake(d.confidence()),
        d.sources());
  }
}
