package io.github.scosdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.rules.Validator;
import org.junit.jupiter.api.Test;

class ValidateADatasetTest {

  @Test
  void theBrokenCopyBreaksTheSummitHostRule() {
    assertThat(Validator.standard().validate(ValidateADataset.withWrongHolder(TestData.dataset())).violatedRuleIds())
        .contains("presidency.summit-host");
  }

  @Test
  void printsACleanReportThenTheViolationsOfTheBrokenCopy() {
    String printed = Printed.by(out -> ValidateADataset.print(TestData.dataset(), out));
    assertThat(printed).startsWith("The dataset as published: 0 errors, 0 warnings, ");
    assertThat(printed).contains("The dataset with a presidency given to the previous holder: ")
        .contains("ERROR presidency.summit-host [pres-2024-cn /presidencies/8/closedAt]");
  }

  @Test
  void theReferenceDatasetHasNoError() {
    assertThat(Validator.standard().validate(ScoReference.dataset()).errors()).isEmpty();
    assertThat(Printed.by(out -> ValidateADataset.print(ScoReference.dataset(), out)))
        .startsWith("The dataset as published: 0 errors");
  }
}
