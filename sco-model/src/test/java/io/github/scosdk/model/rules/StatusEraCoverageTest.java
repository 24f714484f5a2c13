package io.github.scosdk.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code membership.status-era} for a status that ends (observer and dialogue partner end with the merger of
 * 2025-09-01): how far the dataset reaches (its as-of date, or else its latest status change, wherever that
 * sits in the list) decides whether a status left unconverted is reported, and a next change on the last day of
 * the old status or later decides whether it was converted in time.
 */
class StatusEraCoverageTest {

  private static final StateCode MN = StateCode.of("MN");
  private static final StateCode TR = StateCode.of("TR");

  private static StatusChange change(String id, StateCode state, MembershipStatus status, String date) {
    return StatusChange.builder().id(id).state(state).status(status).date(PartialDate.parse(date)).build();
  }

  private static ScoDataset dataset(LocalDate asOf, StatusChange... changes) {
    ScoDataset.Builder b =
        ScoDataset.builder()
            .addStates(
                State.builder().code(MN).nameEn("Mongolia").nameRu("Монголия").nameZh("蒙古国").build(),
                State.builder().code(TR).nameEn("Turkey").nameRu("Турция").nameZh("土耳其").build())
            .addStatusChanges(changes);
    if (asOf != null) {
      b.asOfDate(asOf);
    }
    return b.build();
  }

  private static List<Violation> eras(ScoDataset data) {
    return Validator.only(RuleIds.MEMBERSHIP_STATUS_ERA).validate(data).violations();
  }

  private static final StatusChange MN_OBSERVER = change("mn-observer", MN, MembershipStatus.OBSERVER, "2004-06-17");

  @Test
  void withoutAnAsOfDateTheLatestChangeDecidesTheReachEvenWhenListedFirst() {
    StatusChange laterElsewhere = change("tr-partner", TR, MembershipStatus.PARTNER, "2025-10-01");
    List<Violation> v = eras(dataset(null, laterElsewhere, MN_OBSERVER));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("mn-observer");
      assertThat(x.pointer()).contains("/statusChanges/1");
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.message())
          .isEqualTo("MN keeps the status observer after it ceased to exist on 2025-09-01 (no later change is "
              + "recorded)");
    });
  }

  @Test
  void withoutAnAsOfDateADatasetEndingBeforeTheMergerReportsNothing() {
    StatusChange earlierElsewhere = change("tr-dp", TR, MembershipStatus.DIALOGUE_PARTNER, "2013-04-26");
    assertThat(eras(dataset(null, earlierElsewhere, MN_OBSERVER))).isEmpty();
    assertThat(eras(dataset(null))).isEmpty();
  }

  @Test
  void aDatasetReachingExactlyTheMergerDayReportsTheUnconvertedStatus() {
    assertThat(eras(dataset(LocalDate.of(2025, 9, 1), MN_OBSERVER))).hasSize(1);
    assertThat(eras(dataset(LocalDate.of(2025, 8, 31), MN_OBSERVER))).isEmpty();
  }

  @Test
  void aConversionOnTheMergerDayIsInTimeAndADayLaterIsNot() {
    StatusChange onTime = change("mn-partner", MN, MembershipStatus.PARTNER, "2025-09-01");
    assertThat(eras(dataset(LocalDate.of(2026, 1, 1), MN_OBSERVER, onTime))).isEmpty();

    StatusChange late = change("mn-partner", MN, MembershipStatus.PARTNER, "2025-09-02");
    assertThat(eras(dataset(LocalDate.of(2026, 1, 1), MN_OBSERVER, late)))
        .singleElement()
        .satisfies(x -> assertThat(x.message())
            .isEqualTo("MN keeps the status observer after it ceased to exist on 2025-09-01 (its next change is "
                + "only on 2025-09-02)"));
  }

  @Test
  void aStatusUsedOutsideItsEraNamesTheEra() {
    StatusChange early = change("tr-partner", TR, MembershipStatus.PARTNER, "2025-08-31");
    assertThat(eras(dataset(null, early)))
        .singleElement()
        .satisfies(x -> assertThat(x.message())
            .isEqualTo("TR is given the status partner on 2025-08-31, but that status exists only from 2025-09-01"));
  }
}
