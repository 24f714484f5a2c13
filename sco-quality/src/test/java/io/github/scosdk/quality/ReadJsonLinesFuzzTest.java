package io.github.scosdk.quality;

import static io.github.scosdk.quality.ReadOracle.JSON;
import static io.github.scosdk.quality.ReadOracle.readOrReject;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fuzz target: a JSON Lines stream of records of one type, read lazily with {@code ScoJson.readLines} and
 * consumed to the end.
 *
 * <p>Input: the first byte chooses the record type as in {@link RecordTypes}, the rest are the lines. Oracle:
 * only a well-formed {@code ScoJsonException} escapes (from opening or from any stream operation), and the
 * records read, written again as JSON Lines, read back equal. Corpus:
 * {@code src/test/resources/io/github/scosdk/quality/ReadJsonLinesFuzzTestInputs/readLines/}.
 */
class ReadJsonLinesFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void readLines(byte[] input) {
    if (input.length == 0) {
      return;
    }
    check(RecordTypes.of(input[0]), Arrays.copyOfRange(input, 1, input.length));
  }

  private static <T> void check(Class<T> type, byte[] lines) {
    List<T> records = readOrReject(() -> readAll(lines, type));
    if (records == null) {
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long written = JSON.writeLines(records, out);
    if (written != records.size()) {
      throw new AssertionError("wrote " + written + " of " + records.size() + " records");
    }
    List<T> again = readAll(out.toByteArray(), type);
    if (!again.equals(records)) {
      throw new AssertionError("JSON Lines do not round-trip: " + out);
    }
  }

  private static <T> List<T> readAll(byte[] lines, Class<T> type) {
    try (Stream<T> s = JSON.readLines(new ByteArrayInputStream(lines), type)) {
      return s.collect(Collectors.toList());
    }
  }
}
