package io.github.scosdk.tables;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The {@code state-day} table: one row per state and day of the years asked for, the {@code intervals} unrolled, for
 * engines that join only on equality. Days without a status say {@code none}.
 */
final class StateDayTable {

  static final Table.Layout LAYOUT =
      new Table.Layout(
          "state-day",
          StateRef.withIdColumns(
              Column.date("day", "the day"),
              Column.text("status", "formal status on the day; none when the state has none"),
              Column.text("accession_stage", "none, started or memorandum_signed"),
              Column.bool("member", "whether the state is a full member on the day"),
              Column.bool("partner", "whether the state is an observer, dialogue partner or SCO partner"),
              Column.date("since", "first day of the status (the interval's valid_from); empty for none"),
              Column.text("since_precision", "what is known of since: day, month or year"),
              Column.list("source_ids", "ids of the sources of the change behind the day")));

  private StateDayTable() {}

  static Table build(ScoDataset dataset, TableOptions options) {
    List<StateRef> states = StateRef.all(dataset);
    LocalDate first = options.years().firstDay();
    LocalDate end = options.years().lastDay().plusDays(1);
    return new Table(
        LAYOUT,
        () -> states.stream().flatMap(s -> days(s, Tracks.spans(dataset, s.code()), first, end)));
  }

  /** The state's rows from first (inclusive) to end (exclusive), walking its spans once. */
  private static Stream<Row> days(StateRef s, List<StatusSpan> spans, LocalDate first, LocalDate end) {
    int[] next = {0};
    return first.datesUntil(end)
        .map(
            day -> {
              while (next[0] < spans.size() && !spans.get(next[0]).from().earliest().isAfter(day)) {
                next[0]++;
              }
              StatusSpan span = next[0] == 0 ? null : spans.get(next[0] - 1);
              return row(s, day, span != null && span.contains(day) ? span : null);
            });
  }

  private static Row row(StateRef s, LocalDate day, @Nullable StatusSpan span) {
    MembershipStatus status = span == null ? MembershipStatus.NONE : span.status();
    return LAYOUT.row(
        s.idCells(),
        day,
        Names.snake(status),
        span == null ? "none" : span.accessionStage(),
        status == MembershipStatus.MEMBER,
        status.isPartnerKind(),
        span == null ? null : Cells.placed(span.from()),
        span == null ? null : Cells.precision(span.from()),
        span == null ? List.of() : span.sourceIds());
  }
}
