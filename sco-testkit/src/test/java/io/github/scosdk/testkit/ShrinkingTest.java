package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.Body;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.Validator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ShrinkingTest {

  private static ScoDataset datasetWithAnAdmission() {
    DatasetGenerator gen = DatasetGenerator.withTerms(20);
    for (long seed = 0; seed < 1000; seed++) {
      ScoDataset d = gen.generate(new SplittableRandom(seed));
      if (d.accessionSteps().stream().anyMatch(a -> a.stage() == AccessionStage.MEMORANDUM_SIGNED)) {
        return d;
      }
    }
    throw new AssertionError("no generated dataset with a memorandum of obligations in 1000 seeds");
  }

  @Test
  void aPlantedFailureShrinksToTheOneRecordThatCausesIt() {
    ScoDataset big = datasetWithAnAdmission();
    Predicate<ScoDataset> hasAcceding =
        d -> d.accessionSteps().stream().anyMatch(a -> a.stage() == AccessionStage.MEMORANDUM_SIGNED);

    ScoDataset small = Shrinking.minimize(big, DatasetShrinker.instance(), hasAcceding);

    assertThat(small.accessionSteps()).hasSize(1);
    assertThat(small.accessionSteps().get(0).stage()).isEqualTo(AccessionStage.MEMORANDUM_SIGNED);
    assertThat(small.accessionSteps().get(0).sources()).isEmpty();
    assertThat(small.accessionSteps().get(0).documents()).isEmpty();
    assertThat(small.statusChanges()).isEmpty();
    assertThat(small.states()).isEmpty();
    assertThat(small.meetings()).isEmpty();
    assertThat(small.presidencies()).isEmpty();
    assertThat(small.documents()).isEmpty();
    assertThat(small.sources()).isEmpty();
    assertThat(small.title()).isEmpty();
    assertThat(DatasetShrinker.weight(small)).isEqualTo(1);
  }

  /** A {@code meeting.chair} defect in the body's chairmanship, shrunk while the rule still reports it. */
  private static ScoDataset shrunkChairDefect(Gen<Defect> defects) {
    Defect defect = defects.generate(new SplittableRandom(7));
    Validator chair = Validator.only(RuleIds.MEETING_CHAIR);
    Predicate<ScoDataset> reported = d -> chair.validate(d).violatedRuleIds().contains(RuleIds.MEETING_CHAIR);
    assertThat(reported.test(defect.dataset())).isTrue();

    ScoDataset small = Shrinking.minimize(defect.dataset(), DatasetShrinker.instance(), reported);

    assertThat(reported.test(small)).isTrue();
    assertThat(small.meetings()).hasSize(1);
    assertThat(small.presidencies()).hasSize(1);
    assertThat(small.meetings().get(0).participants()).isEmpty();
    assertThat(small.statusChanges()).isEmpty();
    assertThat(small.documents()).isEmpty();
    return small;
  }

  @Test
  void anInjectedChairDefectShrinksToAMeetingAndItsTerm() {
    shrunkChairDefect(Defects.of(DatasetGenerator.withTerms(15), RuleIds.MEETING_CHAIR));
  }

  @Test
  void anInjectedChgChairDefectShrinksToAChgMeetingAndItsChgTerm() {
    ScoDataset small =
        shrunkChairDefect(
            Defects.of(DatasetGenerator.withTerms(15), RuleIds.MEETING_CHAIR, Body.COUNCIL_OF_HEADS_OF_GOVERNMENT));
    assertThat(small.meetings().get(0).body()).isEqualTo(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT);
    assertThat(small.presidencies().get(0).body()).isEqualTo(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT);
  }

  @Test
  void anInjectedChgContinuityDefectShrinksToTheTwoChgTermsThatDoNotMeet() {
    Defect defect =
        Defects.of(DatasetGenerator.withTerms(15), RuleIds.PRESIDENCY_CONTINUITY, Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
            .generate(new SplittableRandom(11));
    Validator continuity = Validator.only(RuleIds.PRESIDENCY_CONTINUITY);
    Predicate<ScoDataset> reported =
        d -> continuity.validate(d).violatedRuleIds().contains(RuleIds.PRESIDENCY_CONTINUITY);
    assertThat(reported.test(defect.dataset())).isTrue();

    ScoDataset small = Shrinking.minimize(defect.dataset(), DatasetShrinker.instance(), reported);

    assertThat(reported.test(small)).isTrue();
    assertThat(small.presidencies())
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.body()).isEqualTo(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT));
    assertThat(small.meetings()).isEmpty();
    assertThat(small.states()).isEmpty();
  }

  @Test
  void aValueThatCannotShrinkIsReturnedAsIs() {
    ScoDataset d = DatasetGenerator.withTerms(3).generate(new SplittableRandom(3));
    assertThat(Shrinking.minimize(d, Shrinker.none(), x -> true)).isSameAs(d);
    assertThat(Shrinking.minimize(d, DatasetShrinker.instance(), x -> x.equals(d))).isSameAs(d);
  }

  @Test
  void theBudgetBoundsTheCandidatesTried() {
    ScoDataset d = DatasetGenerator.withTerms(10).generate(new SplittableRandom(4));
    Shrinking.Result<ScoDataset> r = Shrinking.minimize(d, DatasetShrinker.instance(), x -> false, 25);
    assertThat(r.tried()).isEqualTo(25);
    assertThat(r.steps()).isZero();
    assertThat(r.value()).isSameAs(d);
  }

  @Test
  void everyCandidateIsLighter() {
    ScoDataset d = DatasetGenerator.withTerms(4).generate(new SplittableRandom(5));
    int w = DatasetShrinker.weight(d);
    assertThat(DatasetShrinker.instance().candidates(d).limit(3000)).allMatch(c -> DatasetShrinker.weight(c) < w);
  }

  @Test
  void chunksAreRemovedLargestFirst() {
    List<List<Integer>> c = DatasetShrinker.chunksRemoved(List.of(1, 2, 3, 4)).toList();
    assertThat(c)
        .containsExactly(
            List.of(), List.of(3, 4), List.of(1, 2), List.of(2, 3, 4), List.of(1, 3, 4), List.of(1, 2, 4),
            List.of(1, 2, 3));
  }
}
