package io.github.scosdk.benchmarks.data;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The datasets the benchmarks run on, by parameter value: {@code reference} is the complete example of the format
 * (a copy of sco-io's golden example; to be replaced by {@code ScoReference.dataset()} when sco-data lands), a
 * number is a synthetic dataset of that many meetings ({@link SyntheticDataset#ofMeetings}).
 */
public final class BenchmarkData {

  /** The parameter value of the reference dataset. */
  public static final String REFERENCE = "reference";

  private static final String REFERENCE_RESOURCE = "reference-example.json";

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
    try (InputStream in = BenchmarkData.class.getResourceAsStream(REFERENCE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + REFERENCE_RESOURCE);
      }
      return ScoJson.standard().readDataset(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
