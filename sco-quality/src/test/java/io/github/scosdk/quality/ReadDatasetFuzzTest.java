package io.github.scosdk.quality;

import static io.github.scosdk.quality.ReadOracle.JSON;
import static io.github.scosdk.quality.ReadOracle.checkRoundTrip;
import static io.github.scosdk.quality.ReadOracle.readOrReject;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.scosdk.model.ScoDataset;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target: a whole {@code sco-dataset/1} document, read from bytes and, when the bytes are UTF-8, from text.
 *
 * <p>Oracle: only a well-formed {@code ScoJsonException} may escape; a dataset that is read writes and reads
 * back equal; the byte and the text reader agree on UTF-8 input. Seeds and past findings are in
 * {@code src/test/resources/io/github/scosdk/quality/ReadDatasetFuzzTestInputs/readDataset/} and run in every
 * build; {@code sco-quality/fuzz.sh dataset SECONDS} fuzzes.
 */
class ReadDatasetFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void readDataset(byte[] input) {
    ScoDataset fromBytes = readOrReject(() -> JSON.readDataset(new ByteArrayInputStream(input)));
    if (fromBytes != null) {
      checkRoundTrip(fromBytes, ScoDataset.class);
    }
    String text = strictUtf8(input);
    if (text == null) {
      return;
    }
    ScoDataset fromText = readOrReject(() -> JSON.readDataset(text));
    if (fromText != null) {
      checkRoundTrip(fromText, ScoDataset.class);
    }
    if (comparable(input) && (fromBytes == null) != (fromText == null)) {
      throw new AssertionError(
          "the byte reader " + (fromBytes == null ? "rejected" : "accepted") + " what the text reader "
              + (fromText == null ? "rejected" : "accepted") + ": " + text);
    }
    if (fromBytes != null && fromText != null && !fromBytes.equals(fromText)) {
      throw new AssertionError("the byte and the text reader read different datasets from " + text);
    }
  }

  /** The text of UTF-8 bytes, or null if they are not valid UTF-8. */
  static String strictUtf8(byte[] input) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Whether the byte reader must read these bytes as UTF-8: it detects UTF-16 and UTF-32 from a byte-order mark
   * or from zero bytes among the first four, and skips a UTF-8 byte-order mark, which the text reader does not.
   */
  static boolean comparable(byte[] input) {
    for (int i = 0; i < Math.min(4, input.length); i++) {
      if (input[i] == 0) {
        return false;
      }
    }
    boolean utf8Bom =
        input.length >= 3 && (input[0] & 0xff) == 0xef && (input[1] & 0xff) == 0xbb && (input[2] & 0xff) == 0xbf;
    return !utf8Bom;
  }
}
