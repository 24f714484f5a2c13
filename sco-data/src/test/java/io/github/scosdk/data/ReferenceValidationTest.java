package io.github.scosdk.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.Validator;
import io.github.scosdk.model.rules.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
    assertThat(rotationWarnings(undeclared))
        .containsExactlyInAnyOrder(concat(DEVIATING_CHS_TERMS, DEVIATING_CHG_TERMS));
  }

  @ParameterizedTest(name = "without the exceptions of {0}")
  @EnumSource(value = Body.class, names = {"COUNCIL_OF_HEADS_OF_STATE", "COUNCIL_OF_HEADS_OF_GOVERNMENT"})
  void withoutOneBodysExceptionsExactlyThatBodysDeviatingTermsAreFlagged(Body body) {
    ScoDataset undeclared =
        ScoDataset.builder()
            .from(dataset)
            .rotationExceptions(dataset.rotationExceptions().stream().filter(e -> e.body() != body).toList())
            .build();
    assertThat(rotationWarnings(undeclared))
        .containsExactlyInAnyOrder(
            body == Body.COUNCIL_OF_HEADS_OF_STATE ? DEVIATING_CHS_TERMS : DEVIATING_CHG_TERMS);
  }

  private static final String[] DEVIATING_CHS_TERMS = {
    "presidency-2002-kz",
    "presidency-2003-uz",
    "presidency-2007-tj",
    "presidency-2008-ru",
    "presidency-2009-uz",
    "presidency-2013-tj",
    "presidency-2014-ru",
    "presidency-2015-uz",
    "presidency-2019-ru",
    "presidency-2023-kz",
  };

  /** The CHG terms closed by the meetings of 2010-2013 (docs/staging/model2-facts.md §2). */
  private static final String[] DEVIATING_CHG_TERMS = {
    "chg-term-2009-tj", "chg-term-2010-ru", "chg-term-2011-kg", "chg-term-2012-uz",
  };

  private static String[] concat(String[] a, String[] b) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
        .toArray(String[]::new);
  }

  /** The subjects of the warnings, after checking that there is no error and every warning is a rotation one. */
  private static List<String> rotationWarnings(ScoDataset undeclared) {
    // the Secretary-General's deviations are SecretaryGeneralRotationTest's
    ValidationReport report = Validator.standard().without(RuleIds.OFFICIAL_ROTATION_ORDER).validate(undeclared);
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings())
        .allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(RuleIds.PRESIDENCY_ROTATION_ORDER));
    return report.warnings().stream().map(Violation::subject).toList();
  }

  @Test
  void strictValidatorFindsNothingEither() {
    // Strict mode turns undeclared rotation deviations into errors; every deviation is declared.
    ValidationReport report = Validator.standard().strict().validate(dataset);
    assertThat(report.violations()).isEmpty();
  }
}
