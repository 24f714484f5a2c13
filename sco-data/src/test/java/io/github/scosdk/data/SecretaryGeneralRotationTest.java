package io.github.scosdk.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import io.github.scosdk.model.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Secretary-General term of the reference dataset against the rule of Charter Art. 11 (model2-facts §6): three
 * years each, none extended, and the holders in rotation except the five terms of the declared practice cycle.
 * Expected values are copied from the staging table, never from the dataset.
 */
class SecretaryGeneralRotationTest {

  private static final ScoDataset SCO = ReferenceFixture.dataset();

  private static final List<String> DEVIATING =
      List.of("sg-zhang-deguang", "sg-bolat-nurgaliyev", "sg-muratbek-imanaliev", "sg-zhang-ming",
          "sg-nurlan-yermekbayev");

  private static ScoDataset withoutTheSecretariatsException() {
    List<RotationException> kept = new ArrayList<>(SCO.rotationExceptions());
    assertThat(kept.removeIf(e -> e.body() == Body.SECRETARIAT)).isTrue();
    return ScoDataset.builder().from(SCO).rotationExceptions(kept).build();
  }

  @Test
  void oneExceptionOfTheSecretariatDeclaresTheFiveDeviatingTerms() {
    assertThat(SCO.rotationExceptions())
        .filteredOn(e -> !e.officials().isEmpty())
        .singleElement()
        .satisfies(e -> {
          assertThat(e.body()).isEqualTo(Body.SECRETARIAT);
          assertThat(e.officials()).containsExactlyElementsOf(DEVIATING);
          assertThat(e.presidencies()).isEmpty();
          assertThat(e.sources()).contains("SECT-20Y", "CNTD-ART11");
        });
    ValidationReport strict = Validator.standard().strict().validate(SCO);
    assertThat(strict.violations()).isEmpty();
  }

  @Test
  void withoutItWarningsFallOnExactlyTheFiveDeviatingTerms() {
    ValidationReport report = Validator.standard().validate(withoutTheSecretariatsException());
    assertThat(report.errors()).isEmpty();
    List<Violation> warnings = report.warnings();
    assertThat(warnings)
        .allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(RuleIds.OFFICIAL_ROTATION_ORDER))
        .extracting(Violation::subject)
        .containsExactlyElementsOf(DEVIATING);
    // the state the rule expects, per term (model2-facts §6, 'expected under the rule')
    List<String> expected = List.of("expects KZ", "expects KG", "expects CN", "expects IN", "expects KG");
    for (int i = 0; i < warnings.size(); i++) {
      assertThat(warnings.get(i).message()).as(DEVIATING.get(i)).contains(expected.get(i));
    }
    assertThat(Validator.standard().strict().validate(withoutTheSecretariatsException()).errors()).hasSize(5);
  }

  @Test
  void everyTermIsThreeYearsWithoutExtension() {
    assertThat(Validator.only(RuleIds.OFFICIAL_TERM_LENGTH).validate(SCO).violations()).isEmpty();
  }
}
