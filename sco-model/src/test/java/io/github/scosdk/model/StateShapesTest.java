package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans {@link State#isIso3} and {@link State#isWikidataItem} accept exactly what the patterns they replaced
 * ({@code [A-Z]{3}} and {@code Q[1-9][0-9]{0,11}}, by {@link String#matches}) match, on random candidates near both
 * shapes and on every one- to three-character text over an alphabet around their bounds.
 */
class StateShapesTest {

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]{0,11}");
  private static final String ALPHABET = "AZ@[az`{Q09/:\u00c9\u041a\u0660 ";

  @Test
  void theScansAgreeWithThePatternsOnRandomCandidates() {
    SplittableRandom random = new SplittableRandom(20261203);
    int iso3 = 0;
    int items = 0;
    for (int i = 0; i < 200_000; i++) {
      int len = random.nextInt(0, 16);
      StringBuilder b = new StringBuilder(len);
      for (int k = 0; k < len; k++) {
        int pick = random.nextInt(10);
        if (pick < 4) {
          b.append((char) ('0' + random.nextInt(10)));
        } else if (pick < 8) {
          b.append((char) ('A' + random.nextInt(26)));
        } else {
          b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      if (random.nextBoolean() && len > 0) {
        b.setCharAt(0, 'Q');
      }
      String s = b.toString();
      boolean isoExpected = ISO3.matcher(s).matches();
      boolean itemExpected = WIKIDATA.matcher(s).matches();
      assertThat(State.isIso3(s)).as("iso3 '%s'", s).isEqualTo(isoExpected);
      assertThat(State.isWikidataItem(s)).as("wikidataId '%s'", s).isEqualTo(itemExpected);
      iso3 += isoExpected ? 1 : 0;
      items += itemExpected ? 1 : 0;
    }
    assertThat(iso3).as("candidates of three capitals").isGreaterThan(1_000);
    assertThat(items).as("candidates that are Wikidata items").isGreaterThan(1_000);
  }

  @Test
  void theScansAgreeWithThePatternsOnEveryShortText() {
    String alphabet = ALPHABET + "BY19";
    StringBuilder b = new StringBuilder();
    for (int len = 0; len <= 3; len++) {
      int total = (int) Math.pow(alphabet.length(), len);
      for (int code = 0; code < total; code++) {
        b.setLength(0);
        for (int k = 0, c = code; k < len; k++, c /= alphabet.length()) {
          b.append(alphabet.charAt(c % alphabet.length()));
        }
        String s = b.toString();
        assertThat(State.isIso3(s)).as("iso3 '%s'", s).isEqualTo(ISO3.matcher(s).matches());
        assertThat(State.isWikidataItem(s)).as("wikidataId '%s'", s).isEqualTo(WIKIDATA.matcher(s).matches());
      }
    }
  }

  @Test
  void theLengthBoundsAreThoseOfThePatterns() {
    assertThat(State.isWikidataItem("Q1" + "0".repeat(11))).isTrue();
    assertThat(State.isWikidataItem("Q1" + "0".repeat(12))).isFalse();
    assertThat(State.isWikidataItem("Q9")).isTrue();
    assertThat(State.isWikidataItem("Q")).isFalse();
    assertThat(State.isIso3("KGZ")).isTrue();
    assertThat(State.isIso3("KGZZ")).isFalse();
  }
}
