package io.github.scosdk.quality;

import static io.github.scosdk.quality.ReadOracle.JSON;
import static io.github.scosdk.quality.ReadOracle.bounded;
import static io.github.scosdk.quality.ReadOracle.checkReadersAgree;
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
 * {@link RecordTypes}), the rest is the JSON. Oracle: only a well-formed {@code ScoJsonException} escapes; a value
 * that is read writes and reads back equal, and {@code toJsonBytes} is {@code toJson} in UTF-8; the byte reader
 * refuses ill-formed UTF-8 and otherwise agrees with the text reader; each input stays within the time and memory
 * bounds of {@link ReadOracle#bounded}. Corpus:
 * {@code src/test/resources/io/github/scosdk/quality/ReadRecordFuzzTestInputs/readRecord/}.
 */
class ReadRecordFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void readRecord(byte[] input) {
    if (input.length == 0) {
      return;
    }
    bounded(input.length, () -> check(RecordTypes.of(input[0]), Arrays.copyOfRange(input, 1, input.length)));
  }

  private static <T> void check(Class<T> type, byte[] json) {
    T value = readOrReject(() -> JSON.read(new ByteArrayInputStream(json), type));
    if (value != null) {
      checkRoundTrip(value, type);
    }
    checkReadersAgree(json, value, text -> JSON.read(text, type));
  }
}
