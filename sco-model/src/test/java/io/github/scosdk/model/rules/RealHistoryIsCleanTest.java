package io.github.scosdk.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RealHistoryIsCleanTest {

  @Test
  void theRealHistoryWithItsDeclaredExceptionsHasNoViolation() {
    ValidationReport report = Validator.standard().validate(RealHistory.dataset());
    assertThat(report.violations()).isEmpty();
    assertThat(report.rulesRun()).containsExactlyElementsOf(RuleIds.STANDARD);
  }

  @Test
  void strictModeAlsoAcceptsItBecauseEveryDeviationIsDeclared() {
    assertThat(Validator.standard().strict().validate(RealHistory.dataset()).violations()).isEmpty();
  }
}
