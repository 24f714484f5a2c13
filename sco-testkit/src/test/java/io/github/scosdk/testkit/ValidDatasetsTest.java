package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValidDatasetsTest {

  @Test
  void generatedDatasetsPassEveryStandardRuleWithoutAnyViolation() {
    Validator strict = Validator.standard().strict();
    for (long seed = 0; seed < Math.max(400, Properties.tries(400)); seed++) {
      ScoDataset d = DatasetGenerator.ofSize(1 + (int) (seed % 30)).generate(new SplittableRandom(seed));
      ValidationReport r = strict.validate(d);
      assertThat(r.rulesRun()).containsExactlyInAnyOrderElementsOf(RuleIds.STANDARD);
      assertThat(r.violations()).as("seed %s", seed).isEmpty();
    }
  }
}
