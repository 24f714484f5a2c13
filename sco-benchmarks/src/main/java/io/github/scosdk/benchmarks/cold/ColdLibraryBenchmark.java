package io.github.scosdk.benchmarks.cold;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.StateCode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The library's cold start: in a fresh JVM, {@code ScoReference.dataset()} (reading the embedded dataset) to a
 * first {@code membersOn} answer. One shot per fork, so every sample is the first call of a new JVM; run with many
 * forks ({@code run.sh} uses 20) and no JVM options beyond the defaults a user has.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@Fork(20)
public class ColdLibraryBenchmark {

  /** The day asked about. */
  static final LocalDate DAY = LocalDate.of(2019, 6, 14);

  /** The dataset, then the members on the day. */
  @Benchmark
  public List<StateCode> firstMembersOn() {
    return ScoReference.dataset().membersOn(DAY);
  }
}
