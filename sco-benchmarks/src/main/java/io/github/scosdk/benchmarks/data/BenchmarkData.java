package io.github.scosdk.benchmarks.data;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.ScoDataset;

/**
 * The datasets the benchmarks run on, by parameter value: {@code reference} is the embedded reference dataset
 * ({@code ScoReference.dataset()}), a number is a synthetic dataset of that many meetings
 * ({@link SyntheticDataset#ofMeetings}).
 */
public final class BenchmarkData {

  /** The parameter value of the reference dataset. */
  public static final String REFERENCE = "reference";

  private BenchmarkData() {}

  /** The dataset named by a benchmark parameter. */
  public static ScoDataset dataset(String name) {
    if (REFERENCE.equals(name)) {
      return reference();
    }
    return SyntheticDataset.ofMeetings(Integer.parseInt(name));
  }

  /** The reference dataset. */
  public static ScoDataset reference() {
    return ScoReference.dataset();
  }
}
