package io.github.scosdk.quality;

import static io.github.scosdk.quality.ReadOracle.JSON;
import static io.github.scosdk.quality.ReadOracle.checkRoundTrip;
import static io.github.scosdk.quality.ReadOracle.readOrReject;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

/**
 * Fuzz target: one record or part of a record (a meeting, a presidency, a participant, a date range, …), read
 * with {@code ScoJson.read(InputStream, Class)}.
 *
 * <p>Input: the first byte chooses the type ({@code A} state, {@code B} source, … {@code M} date range: see
 * {@link RecordTypes}), the rest is the JSON. Oracle: only a well-formed {@code ScoJsonException} escapes, and a
 * value that is read writes and reads back equal. Corpus:
 * {@code src/test/resources/io/github/scosdk/quality/ReadRecordFuzzTestInputs/readRecord/}.
 */
class ReadRecordFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void readRecord(byte[] input) {
    if (input.length == 0) {
      return;
    }
    check(RecordTypes.of(input[0]), Arrays.copyOfRange(input, 1, input.length));
  }

  private static <T> void check(Class<T> type, byte[] json) {
    T value = readOrReject(() -> JSON.read(new ByteArrayInputStream(json), type));
    if (value != null) {
      checkRoundTrip(value, type);
    }
  }
}
