package io.github.scosdk.benchmarks.json;

import io.github.scosdk.benchmarks.data.BenchmarkData;
import io.github.scosdk.json.ScoJson;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 * Reading and writing a whole dataset document, per library, on the same compact UTF-8 bytes (written by sco-io).
 * Reading means parsing and building what the library's user gets: for sco-io the checked immutable values, for
 * the others the baseline records. Writing starts from those values. Run with {@code -prof gc} for B/op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

  /** {@code reference}, or the number of meetings of a synthetic dataset. */
  @Param({"reference", "10000", "100000"})
  public String dataset;

  /** {@code sco-io}, {@code jackson}, {@code gson} or {@code dsl-json}. */
  @Param({"sco-io", "jackson", "gson", "dsl-json"})
  public String library;

  /**
   * For {@code sco-io}: {@code this} (the build on the benchmark's class path), or a directory holding the
   * sco-io and sco-model jars of another build, loaded in a class loader of their own ({@link IsolatedScoIo}),
   * to compare two builds in one run: {@code -p library=sco-io -p build=/path/new,/path/old}.
   */
  @Param({"this"})
  public String build;

  private Function<byte[], Object> reader;
  private Function<Object, byte[]> writer;
  private byte[] json;
  private Object value;

  /** Builds the document once per fork and checks that the library reads it. */
  @Setup(Level.Trial)
  public void setUp() {
    JsonLibrary lib = JsonLibrary.of(library);
    if ("this".equals(build) || lib != JsonLibrary.SCO_IO) {
      reader = lib::read;
      writer = lib::write;
    } else {
      IsolatedScoIo other = IsolatedScoIo.from(Path.of(build));
      reader = other::read;
      writer = other::write;
    }
    json = ScoJson.builder().pretty(false).build().toJsonBytes(BenchmarkData.dataset(dataset));
    value = reader.apply(json);
    if (lib == JsonLibrary.SCO_IO && !Arrays.equals(writer.apply(value), json)) {
      throw new IllegalStateException(library + " " + build + ": the bytes written differ from those read");
    }
  }

  /** Parses the document and builds the values. */
  @Benchmark
  public Object read() {
    return reader.apply(json);
  }

  /** Writes the values as a compact document. */
  @Benchmark
  public byte[] write() {
    return writer.apply(value);
  }
}
