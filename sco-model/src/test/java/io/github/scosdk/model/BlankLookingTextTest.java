package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Text that only looks blank (no-break spaces, zero-width and other format characters, controls) and text
 * holding NUL are rejected by the builders, naming the field and the value escaped; visible text with a control
 * such as ESC inside is still accepted (the CLI escapes it on output).
 */
class BlankLookingTextTest {

  /** Characters none of which is visible: spaces, space separators, format characters, controls. */
  private static final String INVISIBLE =
      " \t\n\r\u000b\u000c\u001b\u007f\u0085\u00a0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000"
          + "\u200b\u200c\u200d\u2060\ufeff\u00ad\u061c\u200e\u200f\u2066";

  private static final String VISIBLE = "aZ9\u00e9\u0416\u4e2d.-\u2014";

  @Test
  void aNoBreakSpaceTitleIsRejectedNamingFieldAndEscapedValue() {
    assertThatThrownBy(() -> source("\u00a0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title")
        .hasMessageContaining("\\u00a0");
  }

  @Test
  void zeroWidthSpaceAndByteOrderMarkNamesAreRejected() {
    assertThatThrownBy(() -> venue("\u200b\ufeff"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("city")
        .hasMessageContaining("\\u200b\\ufeff");
  }

  @Test
  void nulIsRejectedEvenInsideVisibleText() {
    assertThatThrownBy(() -> source("Tianjin\u0000Declaration"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title")
        .hasMessageContaining("NUL")
        .hasMessageContaining("Tianjin\\u0000Declaration");
  }

  @Test
  void visibleTextWithEscapeInsideIsAccepted() {
    assertThatCode(() -> source("\u001b[31mred\u001b[0m")).doesNotThrowAnyException();
    assertThatCode(() -> source("\u00a0a\u200b")).doesNotThrowAnyException();
  }

  @Test
  void randomInvisibleStringsAreRejectedAndOneVisibleCharacterMakesThemValid() {
    SeededRuns.forEachSeed(
        "blank-looking text",
        random -> {
          String blank = invisible(random, random.nextInt(0, 12));
          assertThatThrownBy(() -> venue(blank))
              .as("'%s'", blank)
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("must not be blank");
          int at = random.nextInt(0, blank.length() + 1);
          String visible =
              blank.substring(0, at) + VISIBLE.charAt(random.nextInt(VISIBLE.length())) + blank.substring(at);
          assertThat(venue(visible).city()).isEqualTo(visible);
        });
  }

  private static String invisible(SplittableRandom random, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(INVISIBLE.charAt(random.nextInt(INVISIBLE.length())));
    }
    return b.toString();
  }

  private static Source source(String title) {
    return Source.builder().id("SRC-1").title(title).build();
  }

  private static Venue venue(String city) {
    return Venue.of(city, StateCode.of("CN"));
  }
}
