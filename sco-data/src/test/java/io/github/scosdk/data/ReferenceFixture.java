package io.github.scosdk.data;

import io.github.scosdk.model.ScoDataset;

/** The dataset the fact and validation tests read: the one users get, loaded from the embedded JSON. */
final class ReferenceFixture {

  private ReferenceFixture() {}

  static ScoDataset dataset() {
    return ScoReference.dataset();
  }
}
