package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.DatePrecision;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.Validator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Applications in the reference dataset, through the public query API. Expected values are from facts 2026-12
 * ({@code freshness.tsv} F03-F05, {@code accuracy.tsv} 41) and {@code docs/staging/model2-facts.md} §4, never from
 * the dataset itself.
 */
class ApplicationFactsTest {

  private static final ScoDataset SCO = ReferenceFixture.dataset();

  @Test
  void armeniaAppliedForMembershipInJuly2025AndItIsUndecided() {
    List<Application> armenia = SCO.applicationsOf(cc("AM"));
    assertThat(armenia).extracting(a -> a.sought().orElseThrow())
        .containsExactly(MembershipStatus.OBSERVER, MembershipStatus.MEMBER);
    Application member = armenia.get(1);
    assertThat(member.date()).isEqualTo(PartialDate.ofYearMonth(2025, 7));
    assertThat(member.date().precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(member.decidedAt()).isEmpty();
    assertThat(member.isDecided()).isFalse();
    assertThat(SCO.sourcesOf(member)).extracting(s -> s.url().orElseThrow())
        .contains("https://tass.com/world/1984895", "https://tass.com/world/1990137");
  }

  @Test
  void anApplicationChangesNoStatus() {
    // Armenia stays an SCO partner (dialogue partner 2015, merged 2025-09-01) after applying for membership
    assertThat(SCO.statusOn(cc("AM"), LocalDate.of(2026, 1, 1))).isEqualTo(MembershipStatus.PARTNER);
  }

  @Test
  void turkeysApplicationOf2011WasDecidedAtBeijing2012() {
    assertThat(SCO.applicationsOf(cc("TR"))).singleElement().satisfies(a -> {
      assertThat(a.sought()).contains(MembershipStatus.DIALOGUE_PARTNER);
      assertThat(a.date()).isEqualTo(PartialDate.of(2011, 3, 23));
      assertThat(a.decidedAt()).contains("chs-2012-beijing");
      assertThat(SCO.meeting(a.decidedAt().get())).isPresent();
    });
  }

  @Test
  void belarusAppliedInJuly2022AndSamarkandDecided() {
    assertThat(SCO.applicationsOf(cc("BY"))).singleElement().satisfies(a -> {
      assertThat(a.sought()).contains(MembershipStatus.MEMBER);
      assertThat(a.date()).isEqualTo(PartialDate.ofYearMonth(2022, 7));
      assertThat(a.decidedAt()).contains("chs-2022-samarkand");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"AM", "AZ", "KH", "LK"})
  void theObserverApplicationsOf2024AreUndecided(String code) {
    assertThat(SCO.applicationsOf(cc(code)))
        .filteredOn(a -> a.sought().equals(java.util.Optional.of(MembershipStatus.OBSERVER)))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.date()).isEqualTo(PartialDate.ofYear(2024));
          assertThat(a.decidedAt()).isEmpty();
        });
  }

  @Test
  void laosSoughtAStatusTheSourceDoesNotNameDecidedAtTianjin() {
    assertThat(SCO.applicationsOf(cc("LA"))).singleElement().satisfies(a -> {
      assertThat(a.sought()).isEmpty();
      assertThat(a.decidedAt()).contains("chs-2025-tianjin");
    });
  }

  @Test
  void bangladeshAndAlgeriaAreLeftOutForWantOfAStateRecord() {
    assertThat(SCO.state(cc("BD"))).isEmpty();
    assertThat(SCO.state(cc("DZ"))).isEmpty();
    assertThat(SCO.applications()).hasSize(8).noneMatch(a -> a.state().equals(cc("BD")) || a.state().equals(cc("DZ")));
  }

  @Test
  void noApplicationIsDatedAfterItsDecision() {
    assertThat(Validator.only(RuleIds.APPLICATION_DECIDED_AFTER, RuleIds.REFERENCE_RESOLVES).validate(SCO)
            .violations())
        .isEmpty();
  }
}
