package io.github.scosdk.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import java.time.LocalDate;
import java.util.ArrayList;
import io.github.scosdk.model.AccessionStage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For 10^5 random (state, day) pairs, the {@code intervals} table (joined by range) and the {@code state-day} table
 * (looked up by key) say what {@code statusOn} says for the formal status and what {@code accessionStageOn} says for the
 * accession stage (the two tracks of Model 2).
 */
class StatusAgreementTest {

  private static final int PAIRS = 100_000;
  private static final LocalDate FIRST = LocalDate.of(1996, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

  @Test
  void intervalsAndStateDayAgreeWithStatusOnOnRandomPairs() {
    ScoDataset ds = Reference.DATASET;
    TableOptions options = Reference.options().withYears(new YearSpan(1996, 2026));
    Map<String, List<Row>> intervals = byState(ScoTables.intervals(ds, options));
    Map<String, Row> stateDay = new HashMap<>();
    ScoTables.table(ds, TableShape.STATE_DAY, options)
        .rows()
        .forEach(r -> stateDay.put(r.text("iso2") + "/" + r.text("day"), r));

    List<StateCode> states = new ArrayList<>();
    ds.states().forEach(s -> states.add(s.code()));
    assertThat(states).hasSize(27);
    Random random = new Random(14);
    int span = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);
    Map<MembershipStatus, Integer> seen = new HashMap<>();
    java.util.Set<AccessionStage> seenStages = java.util.EnumSet.noneOf(AccessionStage.class);
    for (int i = 0; i < PAIRS; i++) {
      StateCode state = states.get(random.nextInt(states.size()));
      LocalDate day = FIRST.plusDays(random.nextInt(span));
      MembershipStatus expected = ds.statusOn(state, day);
      seen.merge(expected, 1, Integer::sum);
      AccessionStage stage = ds.accessionStageOn(state, day);
      seenStages.add(stage);
      String expectedStage = Tracks.stageName(stage);

      List<Row> matches = matching(intervals.getOrDefault(state.code(), List.of()), day);
      assertThat(matches).as("intervals rows of %s on %s", state, day).hasSizeLessThanOrEqualTo(1);
      String fromIntervals = matches.isEmpty() ? "none" : matches.get(0).text("status");
      String stageFromIntervals = matches.isEmpty() ? "none" : matches.get(0).text("accession_stage");
      assertThat(fromIntervals).as("intervals: %s on %s", state, day).isEqualTo(Names.snake(expected));
      assertThat(stageFromIntervals).as("intervals stage: %s on %s", state, day).isEqualTo(expectedStage);

      Row row = stateDay.get(state.code() + "/" + day);
      assertThat(row).as("state-day row of %s on %s", state, day).isNotNull();
      assertThat(row.text("status")).as("state-day: %s on %s", state, day).isEqualTo(Names.snake(expected));
      assertThat(row.text("accession_stage")).isEqualTo(expectedStage);
      assertThat(row.get("member")).isEqualTo(expected == MembershipStatus.MEMBER);
      assertThat(row.get("partner")).isEqualTo(expected.isPartnerKind());
    }
    // the sample reaches every status the reference data uses
    assertThat(seen.keySet())
        .contains(
            MembershipStatus.NONE, MembershipStatus.MEMBER, MembershipStatus.OBSERVER,
            MembershipStatus.DIALOGUE_PARTNER, MembershipStatus.PARTNER);
    // and every stage of the accession track
    assertThat(seenStages).containsExactlyInAnyOrder(AccessionStage.values());
  }

  @Test
  void stateDayHasOneRowPerStateAndDay() {
    Table t = Reference.table(TableShape.STATE_DAY, Reference.options().withYears(new YearSpan(2000, 2001)));
    assertThat(t.rows().count()).isEqualTo(27L * (366 + 365));
  }

  static Map<String, List<Row>> byState(Table intervals) {
    Map<String, List<Row>> map = new HashMap<>();
    intervals.rows().forEach(r -> map.computeIfAbsent(r.text("iso2"), k -> new ArrayList<>()).add(r));
    return map;
  }

  /** The rows whose [valid_from, valid_to) holds the day: the range join a user writes. */
  static List<Row> matching(List<Row> rows, LocalDate day) {
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      LocalDate from = (LocalDate) r.get("valid_from");
      LocalDate to = (LocalDate) r.get("valid_to");
      if (!day.isBefore(from) && (to == null || day.isBefore(to))) {
        out.add(r);
      }
    }
    return out;
  }
}
