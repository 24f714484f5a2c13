package io.github.scosdk.benchmarks.model;

import io.github.scosdk.benchmarks.data.SyntheticDataset;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two model paths that keep a fast copy of a plain definition (each copy is held equal to the plain one by
 * a differential test in sco-model): the id check every builder runs ({@code Checks.isId} beside the pattern
 * {@code Checks.ID}), here over 1,000 sources with ids of the reference dataset's shapes, and the rotation-order
 * rule alone ({@code MembersSweep} beside {@code RotationOrder.successor} over the members of each term's first
 * day) on a valid synthetic dataset. Run once as built and once with the copy replaced by the plain version to
 * see what the copy buys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FastPathBenchmark {

  private static final Validator ROTATION = Validator.only(RuleIds.PRESIDENCY_ROTATION_ORDER);

  /** The number of records of the synthetic dataset of {@link #rotationOrderRule}. */
  @Param({"10000", "100000"})
  public int records;

  private ScoDataset dataset;
  private String[] ids;

  /** Makes the dataset (its indexes built) and the ids. */
  @Setup
  public void setUp() {
    dataset = SyntheticDataset.ofRecords(records);
    ROTATION.validate(dataset);
    ids = new String[1000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = (i % 3 == 0 ? "doc-tianjin-declaration-" : i % 3 == 1 ? "chs-2025-tianjin-" : "TASS-") + i;
    }
  }

  /** Builds 1,000 sources, each id checked by the builder. */
  @Benchmark
  public int buildSources() {
    int n = 0;
    for (String id : ids) {
      n += Source.builder().id(id).title("t").build().id().length();
    }
    return n;
  }

  /** The presidency.rotation-order rule alone. */
  @Benchmark
  public ValidationReport rotationOrderRule() {
    return ROTATION.validate(dataset);
  }
}
