package io.github.scosdk.quality;

import static io.github.scosdk.quality.ReadOracle.JSON;
import static io.github.scosdk.quality.ReadOracle.bounded;
import static io.github.scosdk.quality.ReadOracle.checkReadersAgree;
import static io.github.scosdk.quality.ReadOracle.checkRoundTrip;
import static io.github.scosdk.quality.ReadOracle.readOrReject;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.scosdk.model.ScoDataset;
import java.io.ByteArrayInputStream;

/**
 * Fuzz target: a whole {@code sco-dataset/1} document, read from a byte stream, from a byte array and, when the
 * bytes are UTF-8, from text.
 *
 * <p>Oracle: only a well-formed {@code ScoJsonException} may escape; a dataset that is read writes and reads
 * back equal, and {@code toJsonBytes} is {@code toJson} in UTF-8; the stream and the array reader agree; the byte
 * reader refuses ill-formed UTF-8 and otherwise agrees with the text reader (byte-order mark included); each
 * input stays within the time and memory bounds of {@link ReadOracle#bounded}. Seeds and past findings are in
 * {@code src/test/resources/io/github/scosdk/quality/ReadDatasetFuzzTestInputs/readDataset/} and run in every
 * build; {@code sco-quality/fuzz.sh dataset SECONDS} fuzzes.
 */
class ReadDatasetFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void readDataset(byte[] input) {
    bounded(input.length, () -> check(input));
  }

  private static void check(byte[] input) {
    ScoDataset fromBytes = readOrReject(() -> JSON.readDataset(new ByteArrayInputStream(input)));
    ScoDataset fromArray = readOrReject(() -> JSON.readDataset(input));
    if ((fromBytes == null) != (fromArray == null) || fromBytes != null && !fromBytes.equals(fromArray)) {
      throw new AssertionError("the stream and the byte-array reader disagree");
    }
    if (fromBytes != null) {
      checkRoundTrip(fromBytes, ScoDataset.class);
    }
    checkReadersAgree(input, fromBytes, JSON::readDataset);
  }
}
