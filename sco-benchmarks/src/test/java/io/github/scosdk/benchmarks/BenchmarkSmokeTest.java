package io.github.scosdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, in this JVM, for one short iteration on tiny sizes: proves that they run (setup
 * included: the synthetic datasets must validate without a violation). Measures nothing; asserts no time.
 */
class BenchmarkSmokeTest {

  @Test
  void everyBenchmarkRunsOneShortIteration() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include("io\\.github\\.scosdk\\.benchmarks\\..*")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100))
            .param("dataset", "reference", "100")
            .param("records", "1000")
            .param("changes", "1000")
            .shouldFailOnError(true)
            .output("target/jmh-smoke.log")
            .build();

    Collection<RunResult> results = new Runner(options).run();

    Set<String> run = new TreeSet<>();
    for (RunResult r : results) {
      String method = r.getParams().getBenchmark().replaceAll("^.*\\.([A-Za-z]+\\.[A-Za-z]+)$", "$1");
      run.add(method);
      assertThat(r.getPrimaryResult().getSampleCount()).as(method).isPositive();
    }
    assertThat(run)
        .containsExactlyInAnyOrder(
            "JsonBenchmark.read",
            "JsonBenchmark.write",
            "ParseFloorBenchmark.tokensAndStrings",
            "ValidatorBenchmark.validate",
            "ValidatorBenchmark.validateWarm",
            "LookupBenchmark.statusOn",
            "LookupBenchmark.presidencyOn",
            "LookupBenchmark.presidencyOnChg",
            "FastPathBenchmark.buildSources",
            "FastPathBenchmark.rotationOrderRule",
            "RecordJsonBenchmark.read",
            "RecordJsonBenchmark.write",
            "ColdLibraryBenchmark.firstMembersOn");
    // 2 datasets x (4 libraries x 2 operations + the parse floor) + 2 validator + 3 look-up + 2 fast-path
    // benchmarks + 2 records x 2 libraries x 2 operations + the library's cold start
    assertThat(results).hasSize(34);
  }
}
