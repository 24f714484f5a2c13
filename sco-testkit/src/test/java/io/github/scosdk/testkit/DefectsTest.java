package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class DefectsTest {

  static final java.util.List<String> RULES = RuleIds.STANDARD;
  /** At least 200 seeds per rule; {@code -Dsco.testkit.tries=N} raises it for a deep run. */
  private static final int SEEDS = Math.max(200, Properties.tries(200));
  private static final Validator STANDARD = Validator.standard();

  @ParameterizedTest(name = "{0}")
  @FieldSource("RULES")
  void everyInjectedDefectIsReportedWithExactlyItsRuleId(String ruleId) {
    DatasetGenerator valid = DatasetGenerator.ofSize(26);
    for (long seed = 0; seed < SEEDS; seed++) {
      SplittableRandom random = new SplittableRandom(seed * 31 + ruleId.hashCode());
      ScoDataset dataset = valid.generate(random);
      ValidationReport before = STANDARD.validate(dataset);
      assertThat(before.hasErrors()).as("seed %s: valid dataset has errors %s", seed, before.errors()).isFalse();
      assertThat(before.violatedRuleIds()).as("seed %s", seed).doesNotContain(ruleId);

      Defect defect = Defects.inject(dataset, ruleId, random);
      ValidationReport after = STANDARD.validate(defect.dataset());
      assertThat(defect.ruleId()).isEqualTo(ruleId);
      assertThat(after.violatedRuleIds())
          .as("seed %s, %s: %s", seed, defect.description(), after.violations())
          .containsExactly(ruleId);
    }
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("RULES")
  void theSameSeedInjectsTheSameDefect(String ruleId) {
    Gen<Defect> gen = Defects.of(DatasetGenerator.ofSize(8), ruleId);
    for (long seed = 0; seed < 5; seed++) {
      assertThat(gen.generate(new SplittableRandom(seed))).isEqualTo(gen.generate(new SplittableRandom(seed)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("RULES")
  void strictModeReportsTheSameSingleRule(String ruleId) {
    Gen<Defect> gen = Defects.of(DatasetGenerator.ofSize(12), ruleId);
    for (long seed = 0; seed < 20; seed++) {
      Defect d = gen.generate(new SplittableRandom(seed));
      assertThat(STANDARD.strict().validate(d.dataset()).violatedRuleIds()).containsExactly(ruleId);
    }
  }

  @org.junit.jupiter.api.Test
  void anUnknownRuleIdIsRejected() {
    ScoDataset d = DatasetGenerator.withTerms(3).generate(new SplittableRandom(1));
    assertThatThrownBy(() -> Defects.inject(d, "no.such-rule", new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such-rule");
  }

  @org.junit.jupiter.api.Test
  void aSingleTermCannotBreakContinuity() {
    ScoDataset d = DatasetGenerator.withTerms(1).generate(new SplittableRandom(1));
    assertThatThrownBy(() -> Defects.inject(d, RuleIds.PRESIDENCY_CONTINUITY, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 2");
  }
}
