package io.github.scosdk.model.rules;

import static io.github.scosdk.model.rules.RealHistory.c;
import static io.github.scosdk.model.rules.RealHistory.changeId;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StatusChange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation") // the legacy accession statuses still validate as before
class MembershipRulesTest {

  private static ScoDataset withChanges(UnaryOperator<List<StatusChange>> edit) {
    ScoDataset real = RealHistory.dataset();
    List<StatusChange> changes = edit.apply(new ArrayList<>(real.statusChanges()));
    return ScoDataset.builder().from(real).statusChanges(changes).build();
  }

  private static StatusChange change(String id, String state, MembershipStatus status, String date) {
    return StatusChange.builder()
        .id(id)
        .state(c(state))
        .status(status)
        .date(PartialDate.parse(date))
        .addSource(RealHistory.SRC)
        .build();
  }

  private static List<StatusChange> replace(List<StatusChange> list, String id, StatusChange replacement) {
    list.replaceAll(x -> x.id().equals(id) ? replacement : x);
    return list;
  }

  // ---------------------------------------------------------------- membership.transition

  @Test
  void belarusDialoguePartnerObserverAccessionMemberIsAValidPath() {
    ScoDataset data = RealHistory.dataset();
    assertThat(data.statusHistory(c("BY")))
        .extracting(StatusChange::status)
        .containsExactly(
            MembershipStatus.DIALOGUE_PARTNER,
            MembershipStatus.OBSERVER,
            MembershipStatus.ACCESSION_STARTED,
            MembershipStatus.ACCEDING,
            MembershipStatus.MEMBER);
    assertThat(Validator.only(RuleIds.MEMBERSHIP_TRANSITION).validate(data).violations()).isEmpty();
  }

  @Test
  void skippingTheMemorandumOfObligationsIsAnIllegalTransition() {
    ScoDataset data =
        withChanges(l -> {
          l.removeIf(x -> x.id().equals(changeId("BY", MembershipStatus.ACCEDING)));
          return l;
        });
    List<Violation> v = Reports.only(RuleIds.MEMBERSHIP_TRANSITION, data);
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo(changeId("BY", MembershipStatus.MEMBER));
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.message()).contains("BY", "accession started", "member", "2024-07-04", "acceding");
      assertThat(x.pointer()).hasValueSatisfying(p -> assertThat(p).startsWith("/statusChanges/"));
    });
  }

  @Test
  void foundersMayBecomeMembersOnlyOnTheFoundingDay() {
    ScoDataset data =
        withChanges(l -> {
          l.add(change("st-tm-member", "TM", MembershipStatus.MEMBER, "2001-06-16"));
          return l;
        });
    // (the rotation rule then also sees Turkmenistan as a member; only the transition is checked here)
    assertThat(Reports.only(RuleIds.MEMBERSHIP_TRANSITION, Validator.only(RuleIds.MEMBERSHIP_TRANSITION), data))
        .singleElement()
        .satisfies(x -> assertThat(x.subject()).isEqualTo("st-tm-member"));
  }

  @Test
  void theMergerTurnsObserversAndDialoguePartnersIntoPartnersFrom20250901Only() {
    // Mongolia observer -> partner one day early: both the edge and the era are wrong
    ScoDataset early =
        withChanges(l ->
            replace(l, changeId("MN", MembershipStatus.PARTNER),
                change(changeId("MN", MembershipStatus.PARTNER), "MN", MembershipStatus.PARTNER, "2025-08-31")));
    ValidationReport r = Validator.standard().validate(early);
    assertThat(r.violatedRuleIds())
        .containsExactlyInAnyOrder(RuleIds.MEMBERSHIP_TRANSITION, RuleIds.MEMBERSHIP_STATUS_ERA);
  }

  @Test
  void aPartnerMayStartAccessionAfterTheMerger() {
    ScoDataset data =
        withChanges(l -> {
          l.add(change("st-mn-as", "MN", MembershipStatus.ACCESSION_STARTED, "2026-09-01"));
          return l;
        });
    assertThat(Validator.standard().validate(data).violations()).isEmpty();
  }

  @Test
  void aStatusCannotBeGrantedTwiceInARow() {
    ScoDataset data =
        withChanges(l -> {
          l.add(change("st-cn-member-again", "CN", MembershipStatus.MEMBER, "2010-01-01"));
          return l;
        });
    assertThat(Reports.only(RuleIds.MEMBERSHIP_TRANSITION, data))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("from member to member"));
  }

  @Test
  void aMemberMayBeSuspendedAndReinstatedOrWithdraw() {
    ScoDataset data =
        withChanges(l -> {
          l.add(change("st-uz-susp", "UZ", MembershipStatus.SUSPENDED, "2026-01-10"));
          l.add(change("st-uz-back", "UZ", MembershipStatus.MEMBER, "2026-02-10"));
          l.add(change("st-uz-out", "UZ", MembershipStatus.WITHDRAWN, "2026-03-10"));
          return l;
        });
    assertThat(Validator.only(RuleIds.MEMBERSHIP_TRANSITION).validate(data).violations()).isEmpty();
  }

  @Test
  void theGraphIsDatedData() {
    assertThat(TransitionGraph.allows(MembershipStatus.NONE, MembershipStatus.OBSERVER, StatusEras.PARTNER_MERGER.minusDays(1)))
        .isTrue();
    assertThat(TransitionGraph.allows(MembershipStatus.NONE, MembershipStatus.OBSERVER, StatusEras.PARTNER_MERGER))
        .isFalse();
    assertThat(TransitionGraph.allows(MembershipStatus.NONE, MembershipStatus.PARTNER, StatusEras.PARTNER_MERGER))
        .isTrue();
    assertThat(TransitionGraph.targets(MembershipStatus.ACCEDING, StatusEras.FOUNDING))
        .containsExactly(MembershipStatus.MEMBER);
    assertThat(TransitionGraph.edges()).hasSize(23);
  }

  // ---------------------------------------------------------------- membership.chronology

  @Test
  void changesListedOutOfDateOrderAreReported() {
    ScoDataset data =
        withChanges(l -> {
          StatusChange member = l.stream().filter(x -> x.id().equals(changeId("IN", MembershipStatus.MEMBER))).findFirst().orElseThrow();
          l.remove(member);
          l.add(0, member);
          return l;
        });
    // the transition rule sorts by date, so only the listing order is at fault
    List<Violation> v = Reports.only(RuleIds.MEMBERSHIP_CHRONOLOGY, data);
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo(changeId("IN", MembershipStatus.OBSERVER));
      assertThat(x.message()).contains("out of date order");
    });
  }

  @Test
  void twoChangesOnTheSameDayAreReported() {
    ScoDataset data =
        withChanges(l -> {
          l.add(change("st-tr-obs", "TR", MembershipStatus.OBSERVER, "2012-06-07"));
          l.sort(java.util.Comparator.comparing(StatusChange::date));
          return l;
        });
    ValidationReport r = Validator.only(RuleIds.MEMBERSHIP_CHRONOLOGY).validate(data);
    assertThat(r.violations()).singleElement().satisfies(x -> assertThat(x.message()).contains("two changes on 2012-06-07"));
  }

  @Test
  void noStatusBeforeTheFounding() {
    ScoDataset data =
        withChanges(l -> {
          l.add(0, change("st-uz-guest", "TM", MembershipStatus.ACCESSION_STARTED, "2000-07-05"));
          return l;
        });
    ValidationReport r = Validator.only(RuleIds.MEMBERSHIP_CHRONOLOGY).validate(data);
    assertThat(r.violations()).singleElement().satisfies(x -> assertThat(x.message()).contains("before the SCO was founded"));
  }

  // ---------------------------------------------------------------- membership.status-era

  @Test
  void noObserverBeforeTheObserverRegulationsOf2004() {
    ScoDataset data =
        withChanges(l ->
            replace(l, changeId("MN", MembershipStatus.OBSERVER),
                change(changeId("MN", MembershipStatus.OBSERVER), "MN", MembershipStatus.OBSERVER, "2003-01-01")));
    assertThat(Validator.only(RuleIds.MEMBERSHIP_STATUS_ERA).validate(data).violations())
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("observer", "from 2004-06-17 until 2025-08-31"));
  }

  @Test
  void noPartnerBeforeTheMerger() {
    ScoDataset data =
        withChanges(l -> {
          l.add(change("st-tm-partner", "TM", MembershipStatus.PARTNER, "2024-01-01"));
          return l;
        });
    assertThat(Validator.only(RuleIds.MEMBERSHIP_STATUS_ERA).validate(data).violations()).hasSize(1);
  }

  @Test
  void anObserverNotConvertedByTheMergerIsReportedWhenTheDatasetReachesIt() {
    ScoDataset notConverted =
        withChanges(l -> {
          l.removeIf(x -> x.id().equals(changeId("MN", MembershipStatus.PARTNER)));
          return l;
        });
    assertThat(Reports.only(RuleIds.MEMBERSHIP_STATUS_ERA, notConverted))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("MN keeps the status observer after it ceased to exist on 2025-09-01"));
    // a dataset that ends before the merger has nothing to convert
    ScoDataset before = ScoDataset.builder().from(notConverted).asOfDate(java.time.LocalDate.of(2020, 1, 1)).build();
    assertThat(Validator.only(RuleIds.MEMBERSHIP_STATUS_ERA).validate(before).violations()).isEmpty();
  }

  @Test
  void statusErasAreData() {
    assertThat(StatusEras.exists(MembershipStatus.DIALOGUE_PARTNER, StatusEras.DIALOGUE_PARTNER_STATUS)).isTrue();
    assertThat(StatusEras.exists(MembershipStatus.DIALOGUE_PARTNER, StatusEras.DIALOGUE_PARTNER_STATUS.minusDays(1))).isFalse();
    assertThat(StatusEras.until(MembershipStatus.OBSERVER)).contains(StatusEras.PARTNER_MERGER);
    assertThat(StatusEras.until(MembershipStatus.MEMBER)).isEmpty();
  }

  @Test
  void unmodifiedCopyHelperKeepsTheHistoryClean() {
    ScoDataset copy = ScoDataset.builder().from(RealHistory.dataset()).build();
    assertThat(Validator.standard().validate(copy).isClean()).isTrue();
  }
}
