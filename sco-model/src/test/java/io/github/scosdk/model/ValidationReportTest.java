package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.Severity;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Violation;
import org.junit.jupiter.api.Test;

/** The report and violation value types of {@code model.rules} (the rules themselves are tested elsewhere). */
class ValidationReportTest {

  private static Violation violation(String rule, Severity severity, String subject) {
    return Violation.builder()
        .ruleId(rule)
        .severity(severity)
        .subject(subject)
        .message("Something about " + subject)
        .build();
  }

  private static final Violation CHAIR_ERROR = violation(RuleIds.MEETING_CHAIR, Severity.ERROR, "chs-2025");
  private static final Violation ORDER_WARNING =
      violation(RuleIds.PRESIDENCY_ROTATION_ORDER, Severity.WARNING, "pres-2020");
  private static final Violation REF_ERROR = violation(RuleIds.REFERENCE_RESOLVES, Severity.ERROR, "doc-1");
  private static final Violation CHAIR_ERROR_2 = violation(RuleIds.MEETING_CHAIR, Severity.ERROR, "chs-2024");

  @Test
  void anEmptyReportIsCleanWithoutErrors() {
    ValidationReport r = ValidationReport.builder().addRulesRun(RuleIds.MEETING_CHAIR).build();
    assertThat(r.isClean()).isTrue();
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings()).isEmpty();
    assertThat(r.violatedRuleIds()).isEmpty();
    assertThat(r.rulesRun()).containsExactly(RuleIds.MEETING_CHAIR);
  }

  @Test
  void onlyWarningsIsNeitherCleanNorErroneous() {
    ValidationReport r = ValidationReport.builder().addViolation(ORDER_WARNING).build();
    assertThat(r.isClean()).isFalse();
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.warnings()).containsExactly(ORDER_WARNING);
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void splitsErrorsAndWarningsKeepingOrder() {
    ValidationReport r =
        ValidationReport.builder().addViolations(CHAIR_ERROR, ORDER_WARNING, REF_ERROR, CHAIR_ERROR_2).build();
    assertThat(r.violations()).containsExactly(CHAIR_ERROR, ORDER_WARNING, REF_ERROR, CHAIR_ERROR_2);
    assertThat(r.errors()).containsExactly(CHAIR_ERROR, REF_ERROR, CHAIR_ERROR_2);
    assertThat(r.warnings()).containsExactly(ORDER_WARNING);
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.isClean()).isFalse();
  }

  @Test
  void violatedRuleIdsAreDistinctInFirstSeenOrder() {
    ValidationReport r =
        ValidationReport.builder().addViolations(CHAIR_ERROR, ORDER_WARNING, CHAIR_ERROR_2, REF_ERROR).build();
    assertThat(r.violatedRuleIds())
        .containsExactly(RuleIds.MEETING_CHAIR, RuleIds.PRESIDENCY_ROTATION_ORDER, RuleIds.REFERENCE_RESOLVES);
  }

  @Test
  void rulesRunKeepTheirOrderWithoutDuplicates() {
    ValidationReport r =
        ValidationReport.builder().addRulesRun(RuleIds.REFERENCE_RESOLVES, RuleIds.MEETING_CHAIR).addRulesRun(RuleIds.REFERENCE_RESOLVES).build();
    assertThat(r.rulesRun()).containsExactly(RuleIds.REFERENCE_RESOLVES, RuleIds.MEETING_CHAIR);
  }

  @Test
  void derivedListsCannotBeModified() {
    ValidationReport r = ValidationReport.builder().addViolations(CHAIR_ERROR, ORDER_WARNING).build();
    assertThatThrownBy(() -> r.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.warnings().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void violatedRuleIdsCannotBeModified() {
    ValidationReport r = ValidationReport.builder().addViolation(CHAIR_ERROR).build();
    assertThatThrownBy(() -> r.violatedRuleIds().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aViolationKeepsItsPartsAndReadsAsOneLine() {
    Violation v =
        Violation.builder()
            .ruleId(RuleIds.PRESIDENCY_CONTINUITY)
            .severity(Severity.ERROR)
            .subject("pres-2019")
            .pointer("/presidencies/3")
            .message("term ends 2020-11-10 but the next starts 2020-11-11")
            .build();
    assertThat(v.ruleId()).isEqualTo("presidency.continuity");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.subject()).isEqualTo("pres-2019");
    assertThat(v.pointer()).contains("/presidencies/3");
    assertThat(v)
        .hasToString(
            "ERROR presidency.continuity [pres-2019 /presidencies/3] term ends 2020-11-10 but the next starts 2020-11-11");
    assertThat(CHAIR_ERROR).hasToString("ERROR meeting.chair [chs-2025] Something about chs-2025");
  }

  @Test
  void violationsAreEqualByValue() {
    assertThat(violation(RuleIds.MEETING_CHAIR, Severity.ERROR, "chs-2025")).isEqualTo(CHAIR_ERROR);
    assertThat(violation(RuleIds.MEETING_CHAIR, Severity.WARNING, "chs-2025")).isNotEqualTo(CHAIR_ERROR);
  }

  @Test
  void aMissingRequiredAttributeIsNamed() {
    assertThatThrownBy(() -> Violation.builder().ruleId("r").severity(Severity.ERROR).subject("s").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("message");
  }
}
