package io.github.scosdk.data;

import io.github.scosdk.model.ScoDataset;

/** The dataset the fact tests read. */
final class ReferenceFixture {

  private ReferenceFixture() {}

  static ScoDataset dataset() {
    return ReferenceDatasetSource.build();
  }
}
