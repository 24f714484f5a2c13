package io.github.scosdk.tables;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.ScoDataset;

/** The embedded reference dataset and the options the tests build its tables with. */
final class Reference {

  static final ScoDataset DATASET = ScoReference.dataset();

  static final String VERSION = ScoReference.version().version();

  private Reference() {}

  /** Years 1996..asOf year, cow-v3, the reference version. */
  static TableOptions options() {
    return TableOptions.defaults(DATASET, VERSION);
  }

  static Table table(TableShape shape, TableOptions options) {
    return ScoTables.table(DATASET, shape, options);
  }
}
