package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static io.github.scosdk.model.ModelFixtures.code;
import static io.github.scosdk.model.ModelFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PresidencyTest {

  private static Presidency.Builder term() {
    return Presidency.builder()
        .id("pres-2024-cn")
        .holder(code("CN"))
        .term(DateRange.of(date("2024-07-04"), date("2025-09-01")));
  }

  @Test
  void keepsEveryAttribute() {
    Presidency p =
        term().openedAt("chs-2024-astana").closedAt("chs-2025-tianjin").slogan("A slogan").build();
    assertThat(p.holder()).isEqualTo(code("CN"));
    assertThat(p.term()).isEqualTo(DateRange.of(date("2024-07-04"), date("2025-09-01")));
    assertThat(p.openedAt()).contains("chs-2024-astana");
    assertThat(p.closedAt()).contains("chs-2025-tianjin");
    assertThat(p.slogan()).contains("A slogan");
    assertThat(p.confidence()).isEqualTo(Confidence.HIGH);
  }

  @Test
  void anOngoingTermIsDistinctFromAnUnknownEnd() {
    Presidency ongoing = term().term(DateRange.ongoing(date("2025-09-01"))).build();
    Presidency unknown = term().term(DateRange.endUnknown(date("2025-09-01"))).build();
    assertThat(ongoing.term().isOngoing()).isTrue();
    assertThat(ongoing).isNotEqualTo(unknown);
  }

  @Test
  void rejectsInvalidSummitIds() {
    assertRejected(() -> term().openedAt("chs 2024").build(), "openedAt", "'chs 2024'");
    assertRejected(() -> term().closedAt("-chs").build(), "closedAt", "'-chs'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void rejectsABlankSlogan(String blank) {
    assertRejected(() -> term().slogan(blank).build(), "slogan", "'" + blank + "'");
  }

  @Test
  void aMissingRequiredAttributeIsNamed() {
    assertThatThrownBy(() -> Presidency.builder().id("p").holder(code("CN")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("term");
  }
}
