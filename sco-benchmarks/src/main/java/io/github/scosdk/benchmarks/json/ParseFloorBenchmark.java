package io.github.scosdk.benchmarks.json;

import io.github.scosdk.benchmarks.data.BenchmarkData;
import io.github.scosdk.json.ScoJson;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The floor under sco-io's reading and Jackson databind's: Jackson's streaming parser going over every token of
 * the same document and making a string of every string value, and nothing else. Reading time minus this floor is
 * what building the values costs (the checked model for sco-io, the records for databind).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseFloorBenchmark {

  /** {@code reference}, or the number of meetings of a synthetic dataset. */
  @Param({"reference", "10000", "100000"})
  public String dataset;

  private final JsonFactory factory = new JsonFactory();
  private byte[] json;

  /** Builds the document once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    json = ScoJson.builder().pretty(false).build().toJsonBytes(BenchmarkData.dataset(dataset));
  }

  /** Every token, every string value as a string. */
  @Benchmark
  public long tokensAndStrings() {
    long n = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          n += p.getString().length();
        }
      }
    }
    return n;
  }
}
