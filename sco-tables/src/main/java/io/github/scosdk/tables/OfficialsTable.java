package io.github.scosdk.tables;

import io.github.scosdk.model.Official;
import io.github.scosdk.model.ScoDataset;
import java.util.Comparator;
import java.util.List;

/** The {@code officials} table: one row per term of office, by post and start, with the state's name. */
final class OfficialsTable {

  static final Table.Layout LAYOUT =
      new Table.Layout(
          "officials",
          List.of(
              Column.text("id", "record id"),
              Column.text("name", "the person's name in English"),
              Column.text("post", "secretary_general, deputy_secretary_general, rats_director, ..."),
              Column.text("state_iso2", "ISO alpha-2 code of the state the person comes from"),
              Column.text("state_name", "English name of that state"),
              Column.date("term_start", "first day of the term (a partial date on its earliest day)"),
              Column.text("start_precision", "what is known of term_start: day, month or year"),
              Column.date("term_end", "first day after the term (exclusive); empty when open"),
              Column.text("end_precision", "what is known of term_end; empty when open"),
              Column.text("open_end", "ongoing or unknown when the term has no recorded end, else empty"),
              Column.text("appointed_at", "id of the meeting that appointed the person"),
              Column.text("appointed_at_title", "title of that meeting"),
              Column.text("confidence", "high, medium or low"),
              Column.list("source_ids", "ids of the record's sources")));

  private OfficialsTable() {}

  static Table build(ScoDataset dataset) {
    List<Official> officials =
        dataset.officials().stream()
            .sorted(Comparator.comparing(Official::post).thenComparing(o -> o.term().start()))
            .toList();
    return new Table(LAYOUT, () -> officials.stream().map(o -> row(dataset, o)));
  }

  private static Row row(ScoDataset dataset, Official o) {
    return LAYOUT.row(
        o.id(),
        o.name(),
        Names.snake(o.post()),
        o.state().code(),
        Resolve.stateName(dataset, o.state()),
        Cells.placed(o.term().start()),
        Cells.precision(o.term().start()),
        Cells.placed(o.term().end()),
        Cells.precision(o.term().end()),
        Cells.openEnd(o.term()),
        o.appointedAt().orElse(null),
        Resolve.meetingTitle(dataset, o.appointedAt()),
        Names.snake(o.confidence()),
        o.sources());
  }
}
