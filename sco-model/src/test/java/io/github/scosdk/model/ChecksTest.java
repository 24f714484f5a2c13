package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The id scan {@link Checks#isId} accepts exactly what the definition {@link Checks#ID} matches. */
class ChecksTest {

  private static final String ALPHABET = "azAZ09._:-/ @\u00e9\u0416\u4e2d\t+~";

  @Test
  void theScanAgreesWithThePatternOnRandomCandidates() {
    SplittableRandom random = new SplittableRandom(20261201);
    int ids = 0;
    for (int i = 0; i < 100_000; i++) {
      // lengths around the bounds 1 and 200, mostly id characters so that many candidates are ids
      int len = random.nextInt(4) == 0 ? random.nextInt(195, 206) : random.nextInt(0, 12);
      StringBuilder b = new StringBuilder(len);
      for (int k = 0; k < len; k++) {
        b.append(
            random.nextInt(8) == 0
                ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                : "aZ9.-_:".charAt(random.nextInt(7)));
      }
      String s = b.toString();
      boolean expected = Checks.ID.matcher(s).matches();
      assertThat(Checks.isId(s)).as("case %s: '%s'", i, s).isEqualTo(expected);
      if (expected) {
        ids++;
      }
    }
    assertThat(ids).as("candidates that are ids").isGreaterThan(10_000);
  }

  @Test
  void theBoundsAreThoseOfThePattern() {
    assertThat(Checks.isId("")).isFalse();
    assertThat(Checks.isId("a")).isTrue();
    assertThat(Checks.isId("-a")).isFalse();
    assertThat(Checks.isId("a".repeat(200))).isTrue();
    assertThat(Checks.isId("a".repeat(201))).isFalse();
  }
}
