package io.github.scosdk.tables;

import io.github.scosdk.model.ScoDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The {@code state-year} table: one row per state of the dataset and year, coded by the {@link StateYearProfile}.
 * The key columns {@code ccode, year} are those of the COW IGO v3 {@code state_year_format3} file, so the table
 * pastes next to it (see {@link YearCoding} for the rule).
 */
final class StateYearTable {

  private static final List<Column> KEYS =
      List.of(
          Column.integer("ccode", "Correlates of War state number (empty where the state record has none)"),
          Column.integer("year", "calendar year"),
          Column.integer("sco", "COW code: 1 full member, 0 none, -1 IGO not in existence (extended: 3 partner)"),
          Column.text("iso2", "ISO 3166-1 alpha-2 code of the state"));

  static final Table.Layout COW_V3 = new Table.Layout("state-year", KEYS);

  static final Table.Layout EXTENDED =
      new Table.Layout(
          "state-year",
          concat(
              KEYS,
              List.of(
                  Column.text("status", "the status behind the code (shanghai_five before the SCO's founding)"),
                  Column.integer("dialogue_partner", "1 if a dialogue partner on some day of the year, else 0"),
                  Column.integer("sco_partner", "1 if an SCO partner on some day of the year, else 0"),
                  Column.text("accession_stage", "furthest accession stage held on some day of the year"),
                  Column.list("source_ids", "ids of the sources of the change behind the cell"))));

  private StateYearTable() {}

  static Table build(ScoDataset dataset, TableOptions options) {
    boolean extended = options.profile() == StateYearProfile.EXTENDED;
    Table.Layout layout = extended ? EXTENDED : COW_V3;
    List<StateRef> states = StateRef.all(dataset);
    YearCoding coding = new YearCoding(dataset);
    return new Table(
        layout,
        () -> states.stream()
            .flatMap(
                s -> {
                  List<StatusSpan> spans = Tracks.spans(dataset, s.code());
                  return IntStream.rangeClosed(options.years().from(), options.years().to())
                      .mapToObj(year -> row(layout, extended, s, year, coding.code(s.code(), spans, year)));
                }));
  }

  private static Row row(Table.Layout layout, boolean extended, StateRef s, int year, YearCell c) {
    if (!extended) {
      return layout.row(s.ids().cow(), year, c.cow(), s.code().code());
    }
    return layout.row(
        s.ids().cow(),
        year,
        c.extended(),
        s.code().code(),
        c.status(),
        c.dialoguePartner() ? 1 : 0,
        c.scoPartner() ? 1 : 0,
        c.accessionStage(),
        c.sourceIds());
  }

  private static List<Column> concat(List<Column> a, List<Column> b) {
    List<Column> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
