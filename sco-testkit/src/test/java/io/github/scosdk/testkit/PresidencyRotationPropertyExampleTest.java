package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationOrder;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.Validator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class PresidencyRotationPropertyExampleTest {

  /** Every successor is the next member after its predecessor, in Russian alphabetical order. */
  @Test
  void everySuccessorIsTheNextMemberInRussianOrder() {
    Properties.forAll(DatasetGenerator.ofSize(20))
        .seed(2025L)
        .check(
            dataset -> {
              List<Presidency> terms = dataset.presidencyTimeline();
              for (int i = 1; i < terms.size(); i++) {
                State previous = dataset.state(terms.get(i - 1).holder()).orElseThrow();
                List<State> members =
                    dataset.membersOn(terms.get(i).term().start().earliest()).stream()
                        .map(code -> dataset.state(code).orElseThrow())
                        .toList();
                StateCode expected = RotationOrder.successor(previous, members).orElseThrow().code();
                assertThat(terms.get(i).holder()).isEqualTo(expected);
              }
            });
  }

  /** Handing a term to the wrong member is reported, as a warning, by exactly the rotation rule. */
  @ParameterizedTest(name = "seed {0}")
  @RandomSeeds(tries = 50, base = 7)
  void aTermOutOfRotationIsReportedByTheRotationRuleOnly(long seed) {
    Gen<Defect> defects = Defects.of(DatasetGenerator.ofSize(20), RuleIds.PRESIDENCY_ROTATION_ORDER);
    Defect defect = defects.generate(new SplittableRandom(seed));
    ScoDataset dataset = defect.dataset();

    assertThat(Validator.standard().validate(dataset).violatedRuleIds())
        .as(defect.description())
        .containsExactly(RuleIds.PRESIDENCY_ROTATION_ORDER);
    assertThat(Validator.standard().validate(dataset).hasErrors()).isFalse();
    assertThat(Validator.standard().strict().validate(dataset).hasErrors()).isTrue();
  }
}
