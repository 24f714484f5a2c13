package io.github.scosdk.tables;

import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import java.util.Comparator;
import java.util.List;

/** The {@code meetings} table: one row per meeting, in date order, with host, chair and venue names. */
final class MeetingsTable {

  static final Table.Layout LAYOUT =
      new Table.Layout(
          "meetings",
          List.of(
              Column.text("id", "record id"),
              Column.text("body", "the body that met, such as CHS or S5 (Shanghai Five)"),
              Column.text("kind", "regular, extraordinary, informal or sco_plus"),
              Column.integer("ordinal", "the body's own count of its meetings"),
              Column.text("title", "the meeting's name"),
              Column.date("start_date", "first day (a partial date on its earliest day)"),
              Column.text("start_precision", "what is known of start_date: day, month or year"),
              Column.date("end_date", "last day (inclusive; a partial date on its earliest day)"),
              Column.text("end_precision", "what is known of end_date: day, month or year"),
              Column.text("city", "city of the venue; empty for a video meeting"),
              Column.text("venue_iso2", "ISO alpha-2 code of the venue's state"),
              Column.text("format", "in_person, video, hybrid or undecided"),
              Column.text("host_iso2", "ISO alpha-2 code of the host"),
              Column.text("host_name", "English name of the host"),
              Column.text("chair_iso2", "ISO alpha-2 code of the chair"),
              Column.text("chair_name", "English name of the chair"),
              Column.list("participant_states", "ISO codes of the participating states, in the order given"),
              Column.list("participant_organisations", "participating organisations"),
              Column.list("guest_states", "ISO codes of the states that attended as declared guests"),
              Column.list("outcomes", "ids of the documents it adopted"),
              Column.bool("planned", "whether it is planned and has not yet taken place"),
              Column.text("confidence", "high, medium or low"),
              Column.list("source_ids", "ids of the record's sources")));

  private MeetingsTable() {}

  static Table build(ScoDataset dataset) {
    List<Meeting> meetings =
        dataset.meetings().stream().sorted(Comparator.comparing(Meeting::startDate)).toList();
    return new Table(LAYOUT, () -> meetings.stream().map(m -> row(dataset, m)));
  }

  private static Row row(ScoDataset dataset, Meeting m) {
    return LAYOUT.row(
        m.id(),
        m.body().abbreviation(),
        Names.snake(m.kind()),
        m.ordinal().isPresent() ? m.ordinal().getAsInt() : null,
        m.title().orElse(null),
        Cells.placed(m.startDate()),
        Cells.precision(m.startDate()),
        Cells.placed(m.endDate()),
        Cells.precision(m.endDate()),
        m.venue().map(v -> v.city()).orElse(null),
        m.venue().map(v -> v.state().code()).orElse(null),
        Names.snake(m.format()),
        Resolve.code(m.host()),
        Resolve.stateName(dataset, m.host()),
        Resolve.code(m.chair()),
        Resolve.stateName(dataset, m.chair()),
        m.participants().stream().flatMap(p -> p.state().stream()).map(StateCode::code).toList(),
        m.participants().stream().flatMap(p -> p.organisation().stream()).toList(),
        m.participants().stream().filter(Participant::guest).flatMap(p -> p.state().stream())
            .map(StateCode::code).toList(),
        m.outcomes(),
        m.planned(),
        Names.snake(m.confidence()),
        m.sources());
  }
}
