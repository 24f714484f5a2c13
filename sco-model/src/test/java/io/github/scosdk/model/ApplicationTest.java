package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static io.github.scosdk.model.ModelFixtures.code;
import static io.github.scosdk.model.ModelFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ApplicationTest {

  private static Application.Builder application() {
    return Application.builder().id("app-am-2025").state(code("AM")).date(date("2025-07"));
  }

  @Test
  void keepsEveryAttribute() {
    Application a =
        application().sought(MembershipStatus.MEMBER).decidedAt("chs-2026-bishkek").addSource("TASS-AM")
            .confidence(Confidence.MEDIUM).note("as reported").build();
    assertThat(a.state()).isEqualTo(code("AM"));
    assertThat(a.sought()).contains(MembershipStatus.MEMBER);
    assertThat(a.date()).isEqualTo(date("2025-07"));
    assertThat(a.date().precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(a.decidedAt()).contains("chs-2026-bishkek");
    assertThat(a.isDecided()).isTrue();
    assertThat(a.sources()).containsExactly("TASS-AM");
    assertThat(a.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(a.note()).contains("as reported");
  }

  @Test
  void anUnnamedStatusAnUndecidedApplicationAndHighConfidenceAreTheDefaults() {
    Application a = application().build();
    assertThat(a.sought()).isEmpty();
    assertThat(a.decidedAt()).isEmpty();
    assertThat(a.isDecided()).isFalse();
    assertThat(a.confidence()).isEqualTo(Confidence.HIGH);
  }

  @ParameterizedTest
  @EnumSource(
      value = MembershipStatus.class,
      names = {"MEMBER", "OBSERVER", "DIALOGUE_PARTNER", "PARTNER"})
  void membershipAndEveryPartnerStatusMayBeSought(MembershipStatus status) {
    assertThat(application().sought(status).build().sought()).contains(status);
    assertThat(Application.SOUGHT).contains(status);
  }

  @ParameterizedTest
  @EnumSource(
      value = MembershipStatus.class,
      names = {"NONE", "ACCESSION_STARTED", "ACCEDING", "SUSPENDED", "WITHDRAWN"})
  void aStatusNoStateAppliesForIsRejectedNamingFieldAndValue(MembershipStatus status) {
    assertRejected(() -> application().sought(status).build(), "sought", status.name());
    assertThat(Application.SOUGHT).doesNotContain(status);
  }

  @Test
  void rejectsABadIdABadMeetingIdABadSourceAndABlankNote() {
    assertRejected(() -> application().id("app am").build(), "id", "'app am'");
    assertRejected(() -> application().decidedAt("chs 2026").build(), "decidedAt", "'chs 2026'");
    assertRejected(() -> application().addSource("TASS AM").build(), "sources", "'TASS AM'");
    assertRejected(() -> application().addSource("S").addSource("S").build(), "sources", "'S'");
    assertRejected(() -> application().note(" ").build(), "note", "' '");
  }

  @Test
  void aMissingStateOrDateIsNamed() {
    assertThatThrownBy(() -> Application.builder().id("a").date(date("2024")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("state");
    assertThatThrownBy(() -> Application.builder().id("a").state(code("AZ")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("date");
  }

  @Test
  void theSoughtSetCannotBeChanged() {
    assertThatThrownBy(() -> Application.SOUGHT.add(MembershipStatus.NONE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void applicationsOfAStateAreInDateOrderAndChangeNoStatus() {
    Application member = application().id("am-member").sought(MembershipStatus.MEMBER).build();
    Application observer = application().id("am-observer").sought(MembershipStatus.OBSERVER).date(date("2024")).build();
    Application sameMonthDay = application().id("am-day").date(date("2025-07-03")).build();
    Application other = application().id("az-observer").state(code("AZ")).date(date("2024")).build();
    ScoDataset d = ScoDataset.builder().addApplications(member, other, sameMonthDay, observer).build();
    // by earliest day (2024-01-01, then 2025-07-01, then 2025-07-03)
    assertThat(d.applicationsOf(code("AM"))).containsExactly(observer, member, sameMonthDay);
    assertThat(d.applicationsOf(code("AZ"))).containsExactly(other);
    assertThat(d.applicationsOf(code("KH"))).isEmpty();
    assertThat(d.application("am-member")).contains(member);
    assertThat(d.application("nowhere")).isEmpty();
    assertThat(d.statusOn(code("AM"), LocalDate.of(2026, 1, 1))).isEqualTo(MembershipStatus.NONE);
    assertThat(d.records()).containsExactly(member, other, sameMonthDay, observer);
  }

  @Test
  void applicationsOfEqualDatesKeepTheirDatasetOrder() {
    Application first = application().id("a1").build();
    Application second = application().id("a2").build();
    assertThat(ScoDataset.builder().addApplications(second, first).build().applicationsOf(code("AM")))
        .containsExactly(second, first);
  }
}
