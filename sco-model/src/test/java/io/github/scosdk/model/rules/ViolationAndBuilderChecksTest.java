package io.github.scosdk.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.ScoDataset;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link Violation} (no blank rule id, subject or message) and of {@link Validator.Builder} (no
 * blank or duplicate rule id; strict mode set by the builder).
 */
class ViolationAndBuilderChecksTest {

  private static Violation.Builder valid() {
    return Violation.builder().ruleId("x.rule").severity(Severity.WARNING).subject("s").message("m");
  }

  @Test
  void aViolationNeedsARuleIdASubjectAndAMessage() {
    assertThat(valid().build().toString()).isEqualTo("WARNING x.rule [s] m");
    assertThat(valid().pointer("/meetings/0").build().toString()).isEqualTo("WARNING x.rule [s /meetings/0] m");
    assertThatThrownBy(() -> valid().ruleId(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ruleId: must not be blank");
    assertThatThrownBy(() -> valid().subject("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subject: must not be blank");
    assertThatThrownBy(() -> valid().message("\t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message: must not be blank");
  }

  @SuppressWarnings("deprecation") // the string-subject overload, kept for compatibility, is under test
  private static Rule rule(String id) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String description() {
        return "reports whether the run is strict";
      }

      @Override
      public void check(RuleContext context, ViolationSink sink) {
        sink.warning(id, "subject", "strict=" + context.strict());
      }
    };
  }

  @Test
  void theBuilderRefusesABlankOrRepeatedRuleId() {
    assertThatThrownBy(() -> Validator.builder().addRule(rule(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule.id(): must not be blank");
    assertThatThrownBy(() -> Validator.builder().addRule(rule("a")).addRule(rule("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate rule id 'a'");
  }

  @Test
  void theBuilderSetsStrictModeForTheRules() {
    ScoDataset empty = ScoDataset.builder().build();
    Validator strict = Validator.builder().addRule(rule("a")).strict(true).build();
    assertThat(strict.isStrict()).isTrue();
    assertThat(strict.validate(empty).violations()).extracting(Violation::message).containsExactly("strict=true");
    Validator lenient = Validator.builder().strict(true).strict(false).addRule(rule("a")).build();
    assertThat(lenient.isStrict()).isFalse();
    assertThat(lenient.validate(empty).violations()).extracting(Violation::message).containsExactly("strict=false");
  }
}
