package io.github.scosdk.quality;

import static io.github.scosdk.quality.ReadOracle.JSON;
import static io.github.scosdk.quality.ReadOracle.bounded;
import static io.github.scosdk.quality.ReadOracle.checkReadersAgree;
import static io.github.scosdk.quality.ReadOracle.checkRoundTrip;
import static io.github.scosdk.quality.ReadOracle.readOrReject;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fuzz target: a JSON Lines stream of records of one type, read lazily with {@code ScoJson.readLines} and
 * consumed to the end.
 *
 * <p>Input: the first byte chooses the record type as in {@link RecordTypes}, the rest are the lines. Oracle:
 * only a well-formed {@code ScoJsonException} escapes (from opening or from any stream operation); the records
 * read, written again as JSON Lines, read back equal, and each writes {@code toJsonBytes} equal to {@code toJson}
 * in UTF-8; the byte reader refuses ill-formed UTF-8 and otherwise agrees with the text reader; each input stays
 * within the time and memory bounds of {@link ReadOracle#bounded}. Corpus:
 * {@code src/test/resources/io/github/scosdk/quality/ReadJsonLinesFuzzTestInputs/readLines/}.
 */
class ReadJsonLinesFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void readLines(byte[] input) {
    if (input.length == 0) {
      return;
    }
    bounded(input.length, () -> check(RecordTypes.of(input[0]), Arrays.copyOfRange(input, 1, input.length)));
  }

  private static <T> void check(Class<T> type, byte[] lines) {
    List<T> records = readOrReject(() -> readAll(lines, type));
    checkReadersAgree(lines, records, text -> readAll(text, type));
    if (records == null) {
      return;
    }
    for (T record : records) {
      checkRoundTrip(record, type);
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

  private static <T> List<T> readAll(String lines, Class<T> type) {
    try (Stream<T> s = JSON.readLines(new StringReader(lines), type)) {
      return s.collect(Collectors.toList());
    }
  }

  private static <T> List<T> readAll(byte[] lines, Class<T> type) {
    try (Stream<T> s = JSON.readLines(new ByteArrayInputStream(lines), type)) {
      return s.collect(Collectors.toList());
    }
  }
}
