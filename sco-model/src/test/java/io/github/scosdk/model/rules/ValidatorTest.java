package io.github.scosdk.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  private static final Rule EVERY_STATE_HAS_A_CHINESE_NAME_WITHOUT_LATIN =
      new Rule() {
        @Override
        public String id() {
          return "custom.zh-name";
        }

        @Override
        public String description() {
          return "Chinese names contain no Latin letters.";
        }

        @Override
        public void check(RuleContext context, ViolationSink sink) {
          for (State s : context.dataset().states()) {
            if (s.nameZh().matches(".*[A-Za-z].*")) {
              sink.warning(Location.ofState(s.code()), s.code() + " has Latin letters in its Chinese name");
            }
          }
        }
      };

  @Test
  void theStandardValidatorRunsTheTwelveRulesInOrder() {
    assertThat(Validator.standard().rules()).extracting(Rule::id).containsExactlyElementsOf(RuleIds.STANDARD);
    assertThat(Validator.standard().rules()).allSatisfy(r -> assertThat(r.description()).isNotBlank());
    assertThat(Validator.standard().isStrict()).isFalse();
    assertThat(Validator.standard().strict().isStrict()).isTrue();
  }

  @Test
  void usersChooseWhichRulesRun() {
    assertThat(Validator.only(RuleIds.MEETING_CHAIR, RuleIds.DOCUMENT_ADOPTION).rules())
        .extracting(Rule::id)
        .containsExactly(RuleIds.MEETING_CHAIR, RuleIds.DOCUMENT_ADOPTION);
    assertThat(Validator.standard().without(RuleIds.REFERENCE_RESOLVES).rules()).hasSize(RuleIds.STANDARD.size() - 1);
    assertThat(Validator.standard().strict().without(RuleIds.REFERENCE_RESOLVES).isStrict()).isTrue();
    assertThatThrownBy(() -> Validator.only("no.such-rule"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such-rule");
    assertThatThrownBy(() -> Validator.only(RuleIds.MEETING_CHAIR).without(RuleIds.DOCUMENT_ADOPTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(RuleIds.DOCUMENT_ADOPTION);
  }

  @Test
  void usersAddTheirOwnRulesAndGetPointersForFree() {
    ScoDataset real = RealHistory.dataset();
    var states = new java.util.ArrayList<>(real.states());
    states.set(2, states.get(2).withNameZh("Iran"));
    ScoDataset data = ScoDataset.builder().from(real).states(states).build();
    Validator v =
        Validator.builder()
            .addRules(Validator.standardRules())
            .addRule(EVERY_STATE_HAS_A_CHINESE_NAME_WITHOUT_LATIN)
            .build();
    ValidationReport report = v.validate(data);
    assertThat(report.rulesRun()).hasSize(RuleIds.STANDARD.size() + 1).contains("custom.zh-name");
    assertThat(report.violations()).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("custom.zh-name");
      assertThat(x.subject()).isEqualTo("IR");
      assertThat(x.pointer()).contains("/states/2");
    });
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.warnings()).hasSize(1);
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void aDuplicateRuleIdIsRejected() {
    assertThatThrownBy(
            () -> Validator.builder().addRule(EVERY_STATE_HAS_A_CHINESE_NAME_WITHOUT_LATIN)
                .addRule(EVERY_STATE_HAS_A_CHINESE_NAME_WITHOUT_LATIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("custom.zh-name");
  }

  @Test
  void anEmptyDatasetIsValid() {
    assertThat(Validator.standard().validate(ScoDataset.builder().build()).isClean()).isTrue();
  }
}
