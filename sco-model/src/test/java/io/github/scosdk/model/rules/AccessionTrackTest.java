package io.github.scosdk.model.rules;

import static io.github.scosdk.model.rules.RealHistory.c;
import static io.github.scosdk.model.rules.RealHistory.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoSnapshot;
import io.github.scosdk.model.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two tracks of status (issue 12 item 3): the formal status and the accession stage are separate, a state stays
 * an observer while it accedes, admission ends both; documents that still use the deprecated accession statuses
 * give the same answers.
 */
class AccessionTrackTest {

  /** {@link RealHistory} with every deprecated accession status turned into an {@link AccessionStep}. */
  static ScoDataset twoTracks() {
    ScoDataset legacy = RealHistory.dataset();
    List<StatusChange> kept = new ArrayList<>();
    List<AccessionStep> steps = new ArrayList<>();
    for (StatusChange sc : legacy.statusChanges()) {
      if (sc.status().name().startsWith("ACCE")) {
        steps.add(step(sc.id(), sc.state().code(), stageOf(sc), sc.date().toString()));
      } else {
        kept.add(sc);
      }
    }
    return ScoDataset.builder().from(legacy).statusChanges(kept).accessionSteps(steps).build();
  }

  private static AccessionStage stageOf(StatusChange sc) {
    return sc.status().name().equals("ACCEDING") ? AccessionStage.MEMORANDUM_SIGNED : AccessionStage.STARTED;
  }

  static AccessionStep step(String id, String state, AccessionStage stage, String date) {
    return AccessionStep.builder()
        .id(id)
        .state(c(state))
        .stage(stage)
        .date(PartialDate.parse(date))
        .addSource(RealHistory.SRC)
        .build();
  }

  @Test
  void aStateStaysAnObserverWhileItAccedesAndAdmissionEndsBoth() {
    ScoDataset data = twoTracks();
    assertThat(data.statusOn(c("IN"), d("2015-07-09"))).isEqualTo(MembershipStatus.OBSERVER);
    assertThat(data.accessionStageOn(c("IN"), d("2015-07-09"))).isEqualTo(AccessionStage.NONE);
    assertThat(data.statusOn(c("IN"), d("2015-07-10"))).isEqualTo(MembershipStatus.OBSERVER);
    assertThat(data.accessionStageOn(c("IN"), d("2015-07-10"))).isEqualTo(AccessionStage.STARTED);
    assertThat(data.accessionStageOn(c("IN"), d("2016-06-24"))).isEqualTo(AccessionStage.MEMORANDUM_SIGNED);
    assertThat(data.statusOn(c("IN"), d("2017-06-08"))).isEqualTo(MembershipStatus.OBSERVER);
    assertThat(data.accessionStageOn(c("IN"), d("2017-06-08"))).isEqualTo(AccessionStage.MEMORANDUM_SIGNED);
    assertThat(data.statusOn(c("IN"), d("2017-06-09"))).isEqualTo(MembershipStatus.MEMBER);
    assertThat(data.accessionStageOn(c("IN"), d("2017-06-09"))).isEqualTo(AccessionStage.NONE);
    assertThat(data.accessionStepOn(c("IN"), d("2016-07-01")).map(AccessionStep::date))
        .contains(PartialDate.of(2016, 6, 24));
    assertThat(data.accessionHistory(c("IN"))).extracting(AccessionStep::stage)
        .containsExactly(AccessionStage.STARTED, AccessionStage.MEMORANDUM_SIGNED);
    assertThat(data.accessionStageOn(c("FR"), d("2020-01-01"))).isEqualTo(AccessionStage.NONE);
  }

  @Test
  void theSnapshotShowsTheFormalStatusAndTheStage() {
    ScoSnapshot s = twoTracks().asOf(d("2016-07-01"));
    assertThat(s.nonMembersByStatus().get(MembershipStatus.OBSERVER)).contains(c("IN"), c("PK"), c("IR"));
    assertThat(s.acceding()).containsExactlyInAnyOrder(c("IN"), c("PK"));
    assertThat(s.accessionStageOf(c("PK"))).isEqualTo(AccessionStage.MEMORANDUM_SIGNED);
    assertThat(s.accessionStageOf(c("IR"))).isEqualTo(AccessionStage.NONE);
    assertThat(s.statusOf(c("IN"))).isEqualTo(MembershipStatus.OBSERVER);
  }

  @Test
  void aDocumentWithTheDeprecatedStatusesGivesTheSameAnswersOnEveryDay() {
    ScoDataset legacy = RealHistory.dataset();
    ScoDataset modern = twoTracks();
    for (LocalDate day = d("2001-06-01"); day.isBefore(d("2026-03-11")); day = day.plusDays(3)) {
      for (String s : List.of("IN", "PK", "IR", "BY", "MN", "CN")) {
        assertThat(legacy.statusOn(c(s), day)).as(s + " " + day).isEqualTo(modern.statusOn(c(s), day));
        assertThat(legacy.accessionStageOn(c(s), day)).as(s + " " + day).isEqualTo(modern.accessionStageOn(c(s), day));
      }
      assertThat(legacy.membersOn(day)).isEqualTo(modern.membersOn(day));
      assertThat(legacy.asOf(day).accessionStages()).isEqualTo(modern.asOf(day).accessionStages());
    }
    assertThat(legacy.accessionHistory(c("BY"))).extracting(AccessionStep::id)
        .containsExactly(RealHistory.changeId("BY", MembershipStatus.valueOf("ACCESSION_STARTED")),
            RealHistory.changeId("BY", MembershipStatus.valueOf("ACCEDING")));
  }

  @Test
  void bothFormsValidateCleanAndAdmissionFromObserverIsAnEdgeOfTheGraph() {
    assertThat(Validator.standard().validate(twoTracks()).errors()).isEmpty();
    assertThat(TransitionGraph.allows(MembershipStatus.OBSERVER, MembershipStatus.MEMBER, d("2017-06-09"))).isTrue();
    assertThat(TransitionGraph.allows(MembershipStatus.OBSERVER, MembershipStatus.MEMBER, StatusEras.PARTNER_MERGER))
        .isFalse();
    assertThat(TransitionGraph.allows(MembershipStatus.PARTNER, MembershipStatus.MEMBER, StatusEras.PARTNER_MERGER))
        .isTrue();
    assertThat(TransitionGraph.allows(MembershipStatus.NONE, MembershipStatus.MEMBER, d("2017-06-09"))).isFalse();
  }

  @Test
  void withdrawalAlsoEndsTheStage() {
    ScoDataset data =
        ScoDataset.builder()
            .from(twoTracks())
            .addStatusChanges(
                StatusChange.builder().id("st-mn-none").state(c("MN")).status(MembershipStatus.NONE)
                    .date(PartialDate.parse("2020-01-01")).addSource(RealHistory.SRC).build())
            .addAccessionSteps(step("as-mn", "MN", AccessionStage.STARTED, "2019-06-14"))
            .build();
    assertThat(data.accessionStageOn(c("MN"), d("2019-12-31"))).isEqualTo(AccessionStage.STARTED);
    assertThat(data.accessionStageOn(c("MN"), d("2020-01-01"))).isEqualTo(AccessionStage.NONE);
  }

  @Test
  void aStepReachesAStage() {
    assertThatThrownBy(() -> step("as-x", "IN", AccessionStage.NONE, "2015-07-10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage")
        .hasMessageContaining("as-x");
  }

  @Test
  void aDecisionMayGrantAStageOfTheAccessionTrack() {
    ScoDataset data =
        ScoDataset.builder().from(twoTracks())
            .addDocuments(
                io.github.scosdk.model.Document.builder().id("doc-x").kind(io.github.scosdk.model.DocumentKind.DECISION)
                    .putTitle(io.github.scosdk.model.Language.EN, "Decision")
                    .addLink(io.github.scosdk.model.DocumentLink.of(io.github.scosdk.model.LinkType.GRANTS_STATUS,
                        RealHistory.changeId("IN", MembershipStatus.valueOf("ACCEDING"))))
                    .addLink(io.github.scosdk.model.DocumentLink.of(io.github.scosdk.model.LinkType.GRANTS_STATUS,
                        "no-such-step"))
                    .addSource(RealHistory.SRC).build())
            .build();
    assertThat(Reports.only(RuleIds.REFERENCE_RESOLVES, Validator.only(RuleIds.REFERENCE_RESOLVES), data))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("no-such-step"));
  }

  // ---------------------------------------------------------------- membership.accession-needs-status

  @Test
  void aStepWithNoFormalStatusBeforeItIsReported() {
    ScoDataset data =
        ScoDataset.builder().from(twoTracks())
            .addAccessionSteps(step("as-tm", "TM", AccessionStage.STARTED, "2019-06-14")).build();
    ValidationReport r = Validator.standard().validate(data);
    assertThat(r.violatedRuleIds()).containsExactly(RuleIds.MEMBERSHIP_ACCESSION_NEEDS_STATUS);
    assertThat(r.violations()).singleElement().satisfies(v -> {
      assertThat(v.subject()).isEqualTo("as-tm");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).contains("TM", "started", "2019-06-14", "no formal status before it");
      assertThat(v.pointer()).hasValueSatisfying(p -> assertThat(p).startsWith("/accessionSteps/"));
    });
  }

  @Test
  void aStepOfAMemberIsReported() {
    ScoDataset data =
        ScoDataset.builder().from(twoTracks())
            .addAccessionSteps(step("as-cn", "CN", AccessionStage.MEMORANDUM_SIGNED, "2019-06-14")).build();
    assertThat(Reports.only(RuleIds.MEMBERSHIP_ACCESSION_NEEDS_STATUS, data)).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("CN", "memorandum signed", "formal status is member"));
  }

  @Test
  void theDeprecatedStatusesAreLeftToTheTransitionRule() {
    ScoDataset data =
        ScoDataset.builder().from(RealHistory.dataset())
            .addStatusChanges(
                StatusChange.builder().id("st-tm-as").state(c("TM")).status(MembershipStatus.valueOf("ACCESSION_STARTED"))
                    .date(PartialDate.parse("2019-06-14")).addSource(RealHistory.SRC).build())
            .build();
    assertThat(Validator.only(RuleIds.MEMBERSHIP_ACCESSION_NEEDS_STATUS).validate(data).violations()).isEmpty();
  }
}
