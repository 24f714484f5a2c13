package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatefulHistoriesTest {

  @Test
  void randomHistoriesAgreeWithTheReferenceModelAfterEveryStep() {
    Properties.forAll(StatefulHistories.scenarios(50))
        .seed(20250901L)
        .tries(Properties.tries(10, 30)) // 30 in the deep run (-Pdeep, CI)
        .shrinkWith(StatefulHistories.shrinker())
        .check(s -> assertThat(StatefulHistories.replayChecked(s)).isEqualTo(s.operations().size()));
  }

  @Test
  void scenariosReachEveryKindOfOperationAndTheMerger() {
    boolean summit = false, grant = false, start = false, memo = false, admit = false, partner = false;
    Gen<StatefulHistories.Scenario> gen = StatefulHistories.scenarios(120);
    for (long seed = 0; seed < 20; seed++) {
      for (HistoryOperation op : gen.generate(new SplittableRandom(seed)).operations()) {
        summit |= op instanceof HistoryOperation.HoldSummit;
        grant |= op instanceof HistoryOperation.GrantStatus;
        start |= op instanceof HistoryOperation.StartAccession;
        memo |= op instanceof HistoryOperation.SignMemorandum;
        admit |= op instanceof HistoryOperation.AdmitMember;
        partner |= op instanceof HistoryOperation.MergePartnerStatuses;
      }
    }
    assertThat(List.of(summit, grant, start, memo, admit, partner)).containsOnly(true);
  }

  @Test
  void aSummitHandingOverOutOfRotationIsNotEnabled() {
    HistoryModel model = HistoryModel.random(new SplittableRandom(3));
    StateCode wrong = model.members().stream().filter(m -> !m.equals(model.expectedNextHolder())).findFirst().get();
    HistoryOperation op =
        new HistoryOperation.HoldSummit(model.today().plusDays(300), model.today().plusDays(301), wrong);
    assertThat(model.enabled(op)).isFalse();
    assertThatThrownBy(() -> model.apply(op)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCheckCatchesADatasetThatDisagreesWithTheModel() {
    HistoryModel model = HistoryModel.random(new SplittableRandom(5));
    ScoHistory history = new ScoHistory(model);
    // summits (told to both) until the first other operation: before 2004 no status can be granted
    HistoryOperation first = model.nextOperation(new SplittableRandom(6));
    for (long seed = 7; first instanceof HistoryOperation.HoldSummit && seed < 1000; seed++) {
      model.apply(first);
      history.apply(first);
      first = model.nextOperation(new SplittableRandom(seed));
    }
    HistoryOperation op = first;
    history.apply(op); // the model is not told
    ScoDataset d = history.dataset();
    if (op instanceof HistoryOperation.HoldSummit) {
      assertThatThrownBy(() -> StatefulHistories.check(model, d, Optional.of(op)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("after " + op);
    } else {
      model.apply(op);
      StatefulHistories.check(model, d, Optional.of(op));
      HistoryModel fresh = HistoryModel.random(new SplittableRandom(5));
      fresh.apply(new HistoryOperation.HoldSummit(op.day().plusDays(1), op.day().plusDays(2),
          fresh.expectedNextHolder()));
      assertThatThrownBy(() -> StatefulHistories.check(fresh, d, Optional.empty()))
          .isInstanceOf(AssertionError.class);
    }
  }
}
