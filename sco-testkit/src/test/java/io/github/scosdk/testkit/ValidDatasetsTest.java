package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValidDatasetsTest {

  /** 400 seeds in the deep run ({@code -Pdeep}, CI), 100 in the normal build (every size, 1 to 30, three times). */
  private static final int TRIES = Properties.tries(100, 400);

  @Test
  void generatedDatasetsPassEveryStandardRuleWithoutAnyViolation() {
    Validator strict = Validator.standard().strict();
    for (long seed = 0; seed < TRIES; seed++) {
      ScoDataset d = DatasetGenerator.ofSize(1 + (int) (seed % 30)).generate(new SplittableRandom(seed));
      ValidationReport r = strict.validate(d);
      assertThat(r.rulesRun()).containsExactlyInAnyOrderElementsOf(RuleIds.STANDARD);
      assertThat(r.violations()).as("seed %s", seed).isEmpty();
    }
  }
}
