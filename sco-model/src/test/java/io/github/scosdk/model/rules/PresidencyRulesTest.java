package io.github.scosdk.model.rules;

import static io.github.scosdk.model.rules.RealHistory.c;
import static io.github.scosdk.model.rules.RealHistory.termId;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.ScoDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PresidencyRulesTest {

  private static ScoDataset withoutException(String id) {
    ScoDataset real = RealHistory.dataset();
    List<RotationException> kept = new ArrayList<>(real.rotationExceptions());
    kept.removeIf(e -> e.id().equals(id));
    return ScoDataset.builder().from(real).rotationExceptions(kept).build();
  }

  private static ScoDataset withTerm(String id, UnaryOperator<Presidency> edit) {
    ScoDataset real = RealHistory.dataset();
    List<Presidency> terms = new ArrayList<>(real.presidencies());
    terms.replaceAll(p -> p.id().equals(id) ? edit.apply(p) : p);
    return ScoDataset.builder().from(real).presidencies(terms).build();
  }

  // ---------------------------------------------------------------- presidency.rotation-order

  @Test
  void theRussiaTajikistanSwapOf2008Is3DeviationsThatTheDeclaredExceptionExcuses() {
    List<Violation> v = Reports.only(RuleIds.PRESIDENCY_ROTATION_ORDER, withoutException("rx-swap-ru-tj-2007"));
    assertThat(v).extracting(Violation::subject).containsExactly(termId("2007"), termId("2008"), termId("2009"));
    assertThat(v).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    assertThat(v.get(0).message()).contains("TJ succeeds KG", "expects RU (Россия)", "after Кыргызстан");
  }

  @Test
  void pakistanPassedOverIn2020IsAWarningUnlessDeclared() {
    List<Violation> v = Reports.only(RuleIds.PRESIDENCY_ROTATION_ORDER, withoutException("rx-skip-pk-2019"));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo(termId("2019"));
      assertThat(x.message()).contains("RU succeeds KG on 2019-06-14", "expects PK (Пакистан)");
      assertThat(x.pointer()).contains("/presidencies/18/holder");
    });
  }

  @Test
  void iranPassedOverIn2024IsAnErrorInStrictMode() {
    List<Violation> v =
        Reports.only(RuleIds.PRESIDENCY_ROTATION_ORDER, Validator.standard().strict(), withoutException("rx-skip-ir-2023"));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.message()).contains("KZ succeeds IN on 2023-07-04", "expects IR (Иран)");
    });
  }

  @Test
  void kyrgyzstanComesAfterChinaBecauseTheScoWritesKyrgyzstanNotKirgiziya() {
    // with the Russian-Federation name «Киргизия» Kyrgyzstan would sort before China and 2025 would deviate
    ScoDataset real = RealHistory.dataset();
    var states = new ArrayList<>(real.states());
    states.replaceAll(s -> s.code().equals(c("KG")) ? s.withNameRu("Киргизия") : s);
    ScoDataset wrongName = ScoDataset.builder().from(real).states(states).build();
    List<Violation> v = Validator.only(RuleIds.PRESIDENCY_ROTATION_ORDER).validate(wrongName).violations();
    assertThat(v).extracting(Violation::subject).contains(termId("2025"));
    assertThat(Validator.only(RuleIds.PRESIDENCY_ROTATION_ORDER).validate(real).violations()).isEmpty();
  }

  // ---------------------------------------------------------------- presidency.continuity

  @Test
  void aTermThatDoesNotMeetTheNextIsAGap() {
    ScoDataset gap =
        withTerm(termId("2016"), p -> p.withTerm(DateRange.of(p.term().start(), PartialDate.parse("2017-06-01"))));
    assertThat(Reports.only(RuleIds.PRESIDENCY_CONTINUITY, Validator.only(RuleIds.PRESIDENCY_CONTINUITY), gap))
        .singleElement()
        .satisfies(x -> {
          assertThat(x.subject()).isEqualTo(termId("2017"));
          assertThat(x.message()).contains("a gap of 8 day(s)");
        });
  }

  @Test
  void aTermRunningIntoTheNextIsAnOverlap() {
    ScoDataset overlap =
        withTerm(termId("2016"), p -> p.withTerm(DateRange.of(p.term().start(), PartialDate.parse("2017-06-19"))));
    assertThat(Validator.only(RuleIds.PRESIDENCY_CONTINUITY).validate(overlap).violations())
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("an overlap of 10 day(s)"));
  }

  @Test
  void onlyTheLastTermMayBeOngoing() {
    ScoDataset ongoing = withTerm(termId("2016"), p -> p.withTerm(DateRange.ongoing(p.term().start())));
    assertThat(Validator.only(RuleIds.PRESIDENCY_CONTINUITY).validate(ongoing).violations())
        .singleElement()
        .satisfies(x -> {
          assertThat(x.subject()).isEqualTo(termId("2016"));
          assertThat(x.message()).contains("still ongoing");
        });
    ScoDataset unknown = withTerm(termId("2016"), p -> p.withTerm(DateRange.endUnknown(p.term().start())));
    assertThat(Validator.only(RuleIds.PRESIDENCY_CONTINUITY).validate(unknown).violations())
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("of unknown end"));
  }

  @Test
  void boundsOfDifferentPrecisionDoNotMeetExactly() {
    ScoDataset coarse =
        withTerm(termId("2016"), p -> p.withTerm(DateRange.of(p.term().start(), PartialDate.parse("2017-06"))));
    assertThat(Validator.only(RuleIds.PRESIDENCY_CONTINUITY).validate(coarse).violations()).hasSize(1);
  }

  // ---------------------------------------------------------------- presidency.holder-is-member

  @Test
  void aHolderThatIsNotYetAMemberIsReported() {
    ScoDataset data = withTerm(termId("2016"), p -> p.withHolder(c("IN")));
    List<Violation> v = Validator.only(RuleIds.PRESIDENCY_HOLDER_IS_MEMBER).validate(data).violations();
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo(termId("2016"));
      assertThat(x.message()).contains("IN holds the presidency from 2016-06-24", "observer, not member");
    });
  }

  @Test
  void aHolderSuspendedDuringItsTermIsReported() {
    ScoDataset real = RealHistory.dataset();
    ScoDataset data =
        ScoDataset.builder()
            .from(real)
            .addStatusChange(
                io.github.scosdk.model.StatusChange.builder()
                    .id("st-kg-suspended")
                    .state(c("KG"))
                    .status(io.github.scosdk.model.MembershipStatus.SUSPENDED)
                    .date(PartialDate.parse("2026-01-15"))
                    .addSource(RealHistory.SRC)
                    .build())
            .build();
    assertThat(Validator.only(RuleIds.PRESIDENCY_HOLDER_IS_MEMBER).validate(data).violations())
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("becomes suspended on 2026-01-15"));
  }

  // ---------------------------------------------------------------- presidency.summit-host

  @Test
  void kazakhstanChairedIn2002To03ButMoscowHostedWhichTheIrregularPeriodExcuses() {
    List<Violation> v = Reports.only(RuleIds.PRESIDENCY_SUMMIT_HOST,
        Validator.only(RuleIds.PRESIDENCY_SUMMIT_HOST), withoutException("rx-irregular-2001-2004"));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo(termId("2002"));
      assertThat(x.message()).contains("hosted by RU, not by the holder");
    });
  }

  @Test
  void aTermClosedByAMeetingThatIsNotARegularSummitIsReported() {
    ScoDataset real = RealHistory.dataset();
    var meetings = new ArrayList<>(real.meetings());
    meetings.replaceAll(m -> m.id().equals("chs-2010") ? m.withKind(MeetingKind.EXTRAORDINARY) : m);
    ScoDataset data = ScoDataset.builder().from(real).meetings(meetings).build();
    assertThat(Validator.only(RuleIds.PRESIDENCY_SUMMIT_HOST).validate(data).violations())
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("extraordinary CHS meeting, not a regular"));
  }

  @Test
  void aSummitWithoutARecordedHostIsReported() {
    ScoDataset real = RealHistory.dataset();
    var meetings = new ArrayList<>(real.meetings());
    meetings.replaceAll(m -> m.id().equals("chs-2010") ? io.github.scosdk.model.Meeting.builder().from(m).host(java.util.Optional.empty()).build() : m);
    ScoDataset data = ScoDataset.builder().from(real).meetings(meetings).build();
    assertThat(Validator.only(RuleIds.PRESIDENCY_SUMMIT_HOST).validate(data).violations())
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("hosted by nobody recorded"));
  }
}
