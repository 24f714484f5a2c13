package io.github.scosdk.model.rules;

import static io.github.scosdk.model.rules.RealHistory.c;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code application.decided-after}: an application is not dated after the meeting that decided it. */
class ApplicationRulesTest {

  /** Türkiye's application for dialogue partner status, decided at the Beijing summit (2012-06-06/07). */
  private static Application.Builder turkey(String date) {
    return Application.builder()
        .id("app-tr")
        .state(c("TR"))
        .sought(MembershipStatus.DIALOGUE_PARTNER)
        .date(PartialDate.parse(date))
        .decidedAt("chs-2012")
        .addSource(RealHistory.SRC);
  }

  private static ScoDataset plus(Application... applications) {
    return ScoDataset.builder().from(RealHistory.dataset()).addApplications(applications).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2011-03-23", "2012-06-06", "2012-06-07", "2012-06", "2012", "2011"})
  void anApplicationBeforeOrPossiblyOnTheDaysOfItsDecisionIsClean(String date) {
    assertThat(Validator.standard().validate(plus(turkey(date).build())).violations()).isEmpty();
  }

  @Test
  void anUndecidedApplicationIsNeverReported() {
    Application armenia =
        Application.builder().id("app-am").state(c("TR")).sought(MembershipStatus.MEMBER)
            .date(PartialDate.parse("2025-07")).addSource(RealHistory.SRC).build();
    assertThat(Validator.standard().validate(plus(armenia)).violations()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2012-06-08", "2012-07", "2013"})
  void anApplicationCertainlyAfterTheMeetingThatDecidedItIsAnErrorAtItsDate(String date) {
    List<Violation> v = Reports.only(RuleIds.APPLICATION_DECIDED_AFTER, plus(turkey(date).build()));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.subject()).isEqualTo("app-tr");
      assertThat(x.pointer()).contains("/applications/0/date");
      assertThat(x.message())
          .isEqualTo("app-tr of TR is dated " + date + ", after the meeting chs-2012 that decided it (2012-06-06 to"
              + " 2012-06-07)");
    });
  }

  @Test
  void aDecidingMeetingThatDoesNotExistIsLeftToTheReferenceRule() {
    List<Violation> v = Reports.only(RuleIds.REFERENCE_RESOLVES, plus(turkey("2013").decidedAt("chs-2099").build()));
    assertThat(v).singleElement().satisfies(x -> assertThat(x.pointer()).contains("/applications/0/decidedAt"));
  }

  @Test
  void theRuleIsStandardAndSelectable() {
    assertThat(RuleIds.STANDARD).contains(RuleIds.APPLICATION_DECIDED_AFTER);
    assertThat(Validator.only(RuleIds.APPLICATION_DECIDED_AFTER).rules()).singleElement()
        .satisfies(r -> assertThat(r.description()).contains("application"));
    assertThat(Validator.only(RuleIds.APPLICATION_DECIDED_AFTER).validate(plus(turkey("2013").build())).violations())
        .hasSize(1);
  }
}
