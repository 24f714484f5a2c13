package io.github.scosdk.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.Validator;
import io.github.scosdk.model.rules.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference dataset keeps every rule of the standard validator. */
class ReferenceValidationTest {

  private final ScoDataset dataset = ReferenceFixture.dataset();

  @Test
  void standardValidatorFindsNoErrorAndNoWarning() {
    ValidationReport report = Validator.standard().validate(dataset);
    assertThat(report.rulesRun()).containsAll(RuleIds.STANDARD);
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void withoutTheDeclaredExceptionsExactlyTheDeviatingTermsAreFlagged() {
    ScoDataset undeclared = ScoDataset.builder().from(dataset).rotationExceptions(List.of()).build();
    // the Secretary-General's deviations: SecretaryGeneralRotationTest
    ValidationReport report = Validator.standard().without(RuleIds.OFFICIAL_ROTATION_ORDER).validate(undeclared);
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings())
        .allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(RuleIds.PRESIDENCY_ROTATION_ORDER))
        .extracting(Violation::subject)
        .containsExactlyInAnyOrder(
            "presidency-2002-kz",
            "presidency-2003-uz",
            "presidency-2007-tj",
            "presidency-2008-ru",
            "presidency-2009-uz",
            "presidency-2013-tj",
            "presidency-2014-ru",
            "presidency-2015-uz",
            "presidency-2019-ru",
            "presidency-2023-kz");
  }

  @Test
  void strictValidatorFindsNothingEither() {
    // Strict mode turns undeclared rotation deviations into errors; every deviation is declared.
    ValidationReport report = Validator.standard().strict().validate(dataset);
    assertThat(report.violations()).isEmpty();
  }
}
