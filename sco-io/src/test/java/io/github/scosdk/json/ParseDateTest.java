package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.PartialDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The reader's date fast path ({@link JsonType#parseDate}, straight from the parser's buffer) agrees with
 * {@link PartialDate#parse} on every text: the same date, or the same fault with the same message.
 */
class ParseDateTest {

  private static final String DIGITS = "0123456789";
  private static final String OTHER = "-/ .T:Z+x\u0660\u0969";

  @Test
  void theFastPathAgreesWithThePlainParse() {
    SplittableRandom random = new SplittableRandom(20261201);
    int fast = 0;
    for (int i = 0; i < 200_000; i++) {
      // mostly date-like text: digits with dashes at the usual places, sometimes another character or length
      int len = random.nextInt(4) == 0 ? random.nextInt(0, 13) : new int[] {4, 7, 10}[random.nextInt(3)];
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < len; k++) {
        boolean dash = k == 4 || k == 7;
        char c = dash ? '-' : DIGITS.charAt(random.nextInt(k == 5 || k == 8 ? 4 : 10));
        b.append(random.nextInt(30) == 0 ? OTHER.charAt(random.nextInt(OTHER.length())) : c);
      }
      String text = b.toString();
      char[] buf = ("<<" + text + ">>").toCharArray();
      Object plain = outcome(() -> PartialDate.parse(text));
      Object quick = outcome(() -> JsonType.parseDate(buf, 2, text.length()));
      assertThat(quick).as("case %s: '%s'", i, text).isEqualTo(plain);
      fast += plain instanceof PartialDate ? 1 : 0;
    }
    assertThat(fast).as("texts that are dates (each checked against the plain parse)").isGreaterThan(50_000);
  }

  private static Object outcome(java.util.function.Supplier<PartialDate> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
