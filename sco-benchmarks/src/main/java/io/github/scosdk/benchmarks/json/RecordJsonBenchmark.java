package io.github.scosdk.benchmarks.json;

import io.github.scosdk.benchmarks.baseline.MeetingRecord;
import io.github.scosdk.benchmarks.baseline.PresidencyRecord;
import io.github.scosdk.benchmarks.data.BenchmarkData;
import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.util.Arrays;
import java.util.Comparator;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing one record, as a server that answers per request does: one {@code Meeting} of the reference
 * dataset (the one whose compact JSON is closest to 1.8 KB) and one {@code Presidency}, by sco-io
 * ({@link ScoJson#read(byte[], Class)} and {@link ScoJson#toJsonBytes(Object)}, giving the checked immutable value)
 * and by Jackson databind on the plain records (unchecked), on the same compact UTF-8 bytes written by sco-io.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RecordJsonBenchmark {

  /** The size the meeting is chosen for, in bytes of compact JSON. */
  static final int MEETING_BYTES = 1800;

  /** {@code meeting} or {@code presidency}. */
  @Param({"meeting", "presidency"})
  public String record;

  /** {@code sco-io} or {@code jackson}. */
  @Param({"sco-io", "jackson"})
  public String library;

  private byte[] json;
  private Object value;
  private Class<?> type;
  private ScoJson sco;
  private JsonMapper mapper;

  /** Picks the record, writes its bytes once and checks that the library reads them. */
  @Setup(Level.Trial)
  public void setUp() {
    ScoJson compact = ScoJson.builder().pretty(false).build();
    Object model = record(BenchmarkData.reference(), record, compact);
    json = compact.toJsonBytes(model);
    boolean scoIo = JsonLibrary.of(library) == JsonLibrary.SCO_IO;
    if (scoIo) {
      sco = compact;
      type = model instanceof Meeting ? Meeting.class : Presidency.class;
      value = sco.read(json, type);
      if (!value.equals(model) || !Arrays.equals(sco.toJsonBytes(value), json)) {
        throw new IllegalStateException("sco-io: the record read or written back differs");
      }
    } else if (JsonLibrary.of(library) == JsonLibrary.JACKSON) {
      mapper = JsonLibrary.jacksonMapper();
      type = model instanceof Meeting ? MeetingRecord.class : PresidencyRecord.class;
      value = mapper.readValue(json, type);
    } else {
      throw new IllegalArgumentException("library: only sco-io and jackson: " + library);
    }
  }

  /**
   * The record of the reference dataset the benchmark reads: the meeting whose compact JSON is closest to
   * {@value #MEETING_BYTES} bytes (ties: the first), or the presidency whose JSON is the longest.
   */
  static Object record(ScoDataset reference, String which, ScoJson compact) {
    switch (which) {
      case "meeting":
        return reference.meetings().stream()
            .min(Comparator.comparingInt(m -> Math.abs(compact.toJsonBytes(m).length - MEETING_BYTES)))
            .orElseThrow();
      case "presidency":
        return reference.presidencies().stream()
            .max(Comparator.comparingInt(p -> compact.toJsonBytes(p).length))
            .orElseThrow();
      default:
        throw new IllegalArgumentException("record: meeting or presidency: " + which);
    }
  }

  /** The bytes read (for the report and tests). */
  byte[] json() {
    return json;
  }

  /** Parses the record and builds the value. */
  @Benchmark
  public Object read() {
    return sco != null ? sco.read(json, type) : mapper.readValue(json, type);
  }

  /** Writes the value as compact JSON. */
  @Benchmark
  public byte[] write() {
    return sco != null ? sco.toJsonBytes(value) : mapper.writeValueAsBytes(value);
  }
}
