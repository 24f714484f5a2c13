package io.github.scosdk.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partial dates are placed on their earliest day, as statusOn places them, and flagged by the precision columns. */
@SuppressWarnings("deprecation") // old documents with the legacy accession statuses give the same rows
class PartialDatesTest {

  private static final StateCode MN = StateCode.of("MN");

  private static StatusChange change(String id, MembershipStatus status, PartialDate date) {
    return StatusChange.builder().id(id).state(MN).status(status).date(date).addSources("S").build();
  }

  private static final ScoDataset DATASET =
      ScoDataset.builder()
          .addStatusChanges(
              change("a", MembershipStatus.OBSERVER, PartialDate.ofYear(2004)),
              change("b", MembershipStatus.ACCESSION_STARTED, PartialDate.ofYearMonth(2010, 4)),
              // two changes on one day: the later one wins, the first makes no span (as statusOn)
              change("c", MembershipStatus.ACCEDING, PartialDate.of(2012, 6, 7)),
              change("d", MembershipStatus.MEMBER, PartialDate.of(2012, 6, 7)))
          .build();

  /** The same facts on the two tracks of Model 2: the accession stages are steps, the observer status stays. */
  private static final ScoDataset TWO_TRACKS =
      ScoDataset.builder()
          .addStatusChanges(
              change("a", MembershipStatus.OBSERVER, PartialDate.ofYear(2004)),
              change("d", MembershipStatus.MEMBER, PartialDate.of(2012, 6, 7)))
          .addAccessionSteps(
              step("b", AccessionStage.STARTED, PartialDate.ofYearMonth(2010, 4)),
              step("c", AccessionStage.MEMORANDUM_SIGNED, PartialDate.of(2012, 6, 7)))
          .build();

  private static AccessionStep step(String id, AccessionStage stage, PartialDate date) {
    return AccessionStep.builder().id(id).state(MN).stage(stage).date(date).addSources("S").build();
  }

  private static final TableOptions OPTIONS =
      new TableOptions(new YearSpan(2003, 2013), StateYearProfile.EXTENDED, "test");

  @Test
  void intervalsPlaceAndFlagPartialBounds() {
    List<Row> rows = ScoTables.intervals(DATASET, OPTIONS).rowList();
    // the deprecated statuses are read as accession steps: the observer status continues beside the stage
    assertThat(rows).extracting(r -> r.text("status")).containsExactly("observer", "observer", "member");
    assertThat(rows).extracting(r -> r.text("accession_stage")).containsExactly("none", "started", "none");
    Row observer = rows.get(0);
    assertThat(observer.get("valid_from")).isEqualTo(LocalDate.of(2004, 1, 1));
    assertThat(observer.get("from_precision")).isEqualTo("year");
    assertThat(observer.get("valid_to")).isEqualTo(LocalDate.of(2010, 4, 1));
    assertThat(observer.get("to_precision")).isEqualTo("month");
    assertThat(observer.get("open_end")).isNull();
    Row member = rows.get(2);
    assertThat(member.get("from_precision")).isEqualTo("day");
    assertThat(member.get("valid_to")).isNull();
    assertThat(member.get("to_precision")).isNull();
    assertThat(member.get("open_end")).isEqualTo("ongoing");
    assertThat(member.get("dataset_version")).isEqualTo("test");
  }

  @Test
  void everyDayAgreesWithStatusOnAcrossThePartialBounds() {
    Table stateDay = ScoTables.table(DATASET, TableShape.STATE_DAY, OPTIONS);
    stateDay.rows().forEach(r -> {
      LocalDate day = (LocalDate) r.get("day");
      assertThat(r.text("status")).as("%s", day).isEqualTo(Names.snake(DATASET.statusOn(MN, day)));
    });
    Row first = stateDay.rows().filter(r -> r.get("day").equals(LocalDate.of(2004, 1, 1))).findFirst().orElseThrow();
    assertThat(first.get("since_precision")).isEqualTo("year");
  }

  @Test
  void extendedYearsUseTheFurthestStageAndTheMembershipOfAnyDay() {
    List<Row> rows = ScoTables.table(DATASET, TableShape.STATE_YEAR, OPTIONS).rowList();
    assertThat(rows).hasSize(11);
    assertThat(rows).extracting(r -> r.get("sco")).containsExactly(-1, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1);
    Row y2010 = rows.get(7);
    assertThat(y2010.get("year")).isEqualTo(2010);
    assertThat(y2010.get("accession_stage")).isEqualTo("started");
    assertThat(rows.get(9).get("accession_stage")).isEqualTo("started");
  }

  @Test
  void theTwoTracksGiveTheSameTablesAsTheDeprecatedStatuses() {
    for (TableShape shape : List.of(TableShape.INTERVALS, TableShape.STATE_DAY, TableShape.STATE_YEAR)) {
      List<List<Object>> twoTracks = ScoTables.table(TWO_TRACKS, shape, OPTIONS).rows().map(Row::values).toList();
      List<List<Object>> legacy = ScoTables.table(DATASET, shape, OPTIONS).rows().map(Row::values).toList();
      assertThat(twoTracks).as("%s", shape).isEqualTo(legacy).isNotEmpty();
    }
  }
}
