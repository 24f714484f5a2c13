package io.github.scosdk.model;

import java.util.SplittableRandom;

/**
 * Runs a randomized property over many seeds. The first seed is {@code -Dsco.seed} (default fixed, so runs are
 * reproducible) and the number of seeds {@code -Dsco.runs}; a failure names its seed and how to rerun it alone.
 */
final class SeededRuns {

  static final long BASE_SEED = Long.getLong("sco.seed", 0x5C0_2025_0901L);
  static final int RUNS = Integer.getInteger("sco.runs", 500);

  interface Property {
    void check(SplittableRandom random);
  }

  private SeededRuns() {}

  static void forEachSeed(String property, Property body) {
    for (int i = 0; i < RUNS; i++) {
      long seed = BASE_SEED + i;
      try {
        body.check(new SplittableRandom(seed));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            property + " failed for seed " + seed + " (rerun with -Dsco.seed=" + seed + " -Dsco.runs=1): " + e, e);
      }
    }
  }
}
