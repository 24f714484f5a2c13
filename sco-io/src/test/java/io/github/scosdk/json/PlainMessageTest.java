package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.testkit.Properties;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code ScoJson.plain}, which strips Jackson's source locations from a message by scanning the string, agrees with
 * the three regular expressions it replaced, on Jackson's real message shapes and on random strings made of the
 * pieces those expressions look for.
 */
class PlainMessageTest {

  /** The replaced implementation, kept as the oracle. */
  private static String viaRegex(String message) {
    return message
        .replaceAll("\\s*\\(start marker at \\[Source: [^\\]]*\\][^)]*\\)", "")
        .replaceAll("\\s*at \\[Source: [^\\]]*\\][^\\n]*", "")
        .replaceAll("\\s+", " ")
        .trim();
  }

  private static final String[] PIECES = {
    "(start marker at [Source: ", "at [Source: ", " at [Source: ", "]", ")", "(", "\n", " ", "  ", "\t", "\r",
    "\u000B", "\f", "\u00A0", "\u0001", "x", "line: 1, column: 5", "Unexpected end-of-input", "REDACTED", "[", "at "
  };

  @Test
  void jacksonShapes() {
    String eof = "Unexpected end-of-input: expected close marker for Object"
        + " (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled);"
        + " line: 1, column: 1])\n at [Source: REDACTED; line: 1, column: 2]";
    assertThat(ScoJson.plain(eof)).isEqualTo("Unexpected end-of-input: expected close marker for Object");
    assertThat(ScoJson.plain(eof)).isEqualTo(viaRegex(eof));
    String token = "Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null',"
        + " 'true' or 'false')\n at [Source: REDACTED; line: 3, column: 9]";
    assertThat(ScoJson.plain(token)).isEqualTo(viaRegex(token)).doesNotContain("Source");
    assertThat(ScoJson.plain(null)).isEqualTo("no details");
  }

  @Test
  void agreesWithTheRegularExpressionsOnRandomStrings() {
    SplittableRandom random = new SplittableRandom(20261203);
    int cut = 0;
    for (int i = 0; i < Properties.tries(20_000, 200_000); i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(0, 16);
      for (int k = 0; k < n; k++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String message = b.toString();
      String expected = viaRegex(message);
      if (expected.length() < message.trim().length()) {
        cut++;
      }
      assertThat(ScoJson.plain(message)).as("case %s: '%s'", i, message).isEqualTo(expected);
    }
    // the pieces make many strings in which something is cut, not only white space collapsed
    assertThat(cut).isGreaterThan(1_000);
  }
}
