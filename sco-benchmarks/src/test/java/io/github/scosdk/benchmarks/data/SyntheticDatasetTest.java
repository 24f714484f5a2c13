package io.github.scosdk.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.Validator;
import org.junit.jupiter.api.Test;

class SyntheticDatasetTest {

  @Test
  void aDatasetOfRecordsIsValidAndHasAboutThatManyRecords() {
    ScoDataset d = SyntheticDataset.ofRecords(5000);

    assertThat(Validator.standard().validate(d).violations()).isEmpty();
    assertThat(d.records().count()).isBetween(4900L, 5100L);
    assertThat(d.meetings()).hasSize(2500);
  }

  @Test
  void historiesAreValidAndHaveTheRequestedLength() {
    ScoDataset d = SyntheticDataset.ofHistories(3000);

    assertThat(Validator.standard().validate(d).violations()).isEmpty();
    assertThat(d.statusChanges()).hasSize(3000);
    assertThat(d.presidencies()).hasSize(3000);
  }

  @Test
  void theSameSizeGivesTheSameDataset() {
    assertThat(SyntheticDataset.ofRecords(700)).isEqualTo(SyntheticDataset.ofRecords(700));
  }
}
