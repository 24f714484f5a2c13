package io.github.scosdk.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import java.util.List;

/** Assertions shared by the rule tests. */
final class Reports {
  private Reports() {}

  /** Validates and asserts that every violation has the rule id; returns them. */
  static List<Violation> only(String ruleId, ScoDataset data) {
    return only(ruleId, Validator.standard(), data);
  }

  static List<Violation> only(String ruleId, Validator validator, ScoDataset data) {
    ValidationReport report = validator.validate(data);
    assertThat(report.violations()).as("violations").isNotEmpty();
    assertThat(report.violatedRuleIds()).as("rule ids of %s", report.violations()).containsExactly(ruleId);
    return report.violations();
  }
}
