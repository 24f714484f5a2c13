package io.github.scosdk.benchmarks.model;

import io.github.scosdk.benchmarks.data.SyntheticDataset;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The standard validator on valid synthetic datasets of growing size.
 *
 * <p>{@link #validate} runs on a dataset fresh from its builder, as a user validates what was just read: the
 * dataset's lazy indexes (status histories, presidency timeline, ids) are built inside the measured time.
 * {@link #validateWarm} runs the rules alone, on a dataset whose indexes already exist.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidatorBenchmark {

  /** The number of records of the synthetic dataset. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int records;

  private ScoDataset template;
  private ScoDataset warm;
  private ScoDataset fresh;

  /** Generates the dataset and checks that it is valid, so that the normal path is measured. */
  @Setup(Level.Trial)
  public void generate() {
    template = SyntheticDataset.ofRecords(records);
    warm = template;
    ValidationReport report = Validator.standard().validate(warm);
    if (!report.violations().isEmpty()) {
      throw new IllegalStateException("the synthetic dataset is not valid: " + report.violations().get(0));
    }
  }

  /** A copy of the dataset with no index built yet (copying is not measured). */
  @Setup(Level.Invocation)
  public void copy() {
    fresh = ScoDataset.builder().from(template).build();
  }

  /** Validates a dataset fresh from its builder (indexes built inside). */
  @Benchmark
  public ValidationReport validate() {
    return Validator.standard().validate(fresh);
  }

  /** Validates a dataset whose lazy indexes are already built. */
  @Benchmark
  public ValidationReport validateWarm() {
    return Validator.standard().validate(warm);
  }
}
