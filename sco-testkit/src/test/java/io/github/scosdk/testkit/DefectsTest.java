package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

class DefectsTest {

  static final java.util.List<String> RULES = RuleIds.STANDARD;
  /** 200 seeds per rule in the deep run ({@code -Pdeep}, CI), 40 in the normal build; {@code -Dsco.testkit.tries=N}: N. */
  private static final int SEEDS = Properties.tries(40, 200);
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

  /** Each chairmanship rule id with each body that has a chairmanship of its own. */
  static java.util.stream.Stream<Arguments> chairmanshipRules() {
    return Defects.chairmanshipRuleIds().stream()
        .flatMap(
            id ->
                java.util.stream.Stream.of(Body.COUNCIL_OF_HEADS_OF_STATE, Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
                    .map(body -> Arguments.of(id, body)));
  }

  @ParameterizedTest(name = "{0} in the {1} chairmanship")
  @MethodSource("chairmanshipRules")
  void everyDefectInjectedIntoAChairmanshipIsReportedWithExactlyItsRuleId(String ruleId, Body body) {
    // four to 26 presidency terms: enough regular CHG meetings for two CHG terms and more
    Gen<ScoDataset> valid = r -> DatasetGenerator.withTerms(r.nextInt(4, 27)).generate(r);
    for (long seed = 0; seed < SEEDS; seed++) {
      SplittableRandom random = new SplittableRandom(seed * 31 + ruleId.hashCode() + body.ordinal());
      ScoDataset dataset = valid.generate(random);
      assertThat(STANDARD.validate(dataset).violations()).as("seed %s", seed).isEmpty();

      Defect defect = Defects.inject(dataset, ruleId, body, random);
      ValidationReport after = STANDARD.validate(defect.dataset());
      assertThat(defect.ruleId()).isEqualTo(ruleId);
      assertThat(after.violatedRuleIds())
          .as("seed %s, %s: %s", seed, defect.description(), after.violations())
          .containsExactly(ruleId);
      assertThat(after.violations())
          .as("seed %s, %s: the violations concern the %s chairmanship", seed, defect.description(), body)
          .allSatisfy(v -> assertThat(concerns(defect.dataset(), v, body)).isTrue());
    }
  }

  /** Whether the violation's subject is a term of the body's chairmanship or a meeting that chairmanship chairs. */
  private static boolean concerns(ScoDataset d, io.github.scosdk.model.rules.Violation v, Body body) {
    String id = v.subject();
    return d.presidencyTimeline(body).stream().anyMatch(p -> p.id().equals(id))
        || d.meeting(id).filter(m -> m.body().chairedBy().filter(body::equals).isPresent()).isPresent();
  }

  @org.junit.jupiter.api.Test
  void aRuleWithoutAChairmanshipOrABodyWithoutOneIsRejected() {
    ScoDataset d = DatasetGenerator.withTerms(6).generate(new SplittableRandom(1));
    assertThatThrownBy(
            () -> Defects.inject(d, RuleIds.RECORD_SOURCED, Body.COUNCIL_OF_HEADS_OF_GOVERNMENT, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(RuleIds.RECORD_SOURCED);
    assertThatThrownBy(
            () -> Defects.inject(d, RuleIds.MEETING_CHAIR, Body.COUNCIL_OF_FOREIGN_MINISTERS, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COUNCIL_OF_FOREIGN_MINISTERS");
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
