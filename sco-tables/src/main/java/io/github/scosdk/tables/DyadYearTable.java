package io.github.scosdk.tables;

import io.github.scosdk.model.ScoDataset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The {@code dyad-year} table: one row per unordered pair of states that are both full members (COW code 1) in a
 * year, the COW dyadic convention of joint full membership. Within a pair the lower COW number comes first when both
 * numbers are known, else the lower ISO alpha-2 code.
 */
final class DyadYearTable {

  static final Table.Layout LAYOUT =
      new Table.Layout(
          "dyad-year",
          List.of(
              Column.integer("ccode1", "COW number of the first state (empty where the state record has none)"),
              Column.integer("ccode2", "COW number of the second state (empty where the state record has none)"),
              Column.integer("year", "calendar year"),
              Column.text("iso2_1", "ISO alpha-2 code of the first state"),
              Column.text("iso2_2", "ISO alpha-2 code of the second state")));

  private DyadYearTable() {}

  static Table build(ScoDataset dataset, TableOptions options) {
    List<StateRef> states = StateRef.all(dataset);
    YearCoding coding = new YearCoding(dataset);
    return new Table(
        LAYOUT,
        () -> IntStream.rangeClosed(options.years().from(), options.years().to())
            .boxed()
            .flatMap(year -> pairs(dataset, states, coding, year).stream()));
  }

  private static List<Row> pairs(ScoDataset dataset, List<StateRef> states, YearCoding coding, int year) {
    List<StateRef> members = new ArrayList<>();
    for (StateRef s : states) {
      if (coding.code(s.code(), Tracks.spans(dataset, s.code()), year).cow() == YearCell.MEMBER) {
        members.add(s);
      }
    }
    // by COW number when every member has one, else by ISO code (one order per year, never a mix)
    boolean numbered = members.stream().allMatch(s -> s.ids().cow() != null);
    members.sort(numbered ? Comparator.comparing(s -> s.ids().cow()) : Comparator.comparing(StateRef::code));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        StateRef a = members.get(i);
        StateRef b = members.get(j);
        rows.add(LAYOUT.row(a.ids().cow(), b.ids().cow(), year, a.code().code(), b.code().code()));
      }
    }
    return rows;
  }
}
