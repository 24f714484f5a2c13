package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static io.github.scosdk.model.ModelFixtures.code;
import static io.github.scosdk.model.ModelFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficialTest {

  private static Official.Builder official() {
    return Official.builder()
        .id("sg-2025")
        .name("A Secretary-General")
        .post(Post.SECRETARY_GENERAL)
        .state(code("KG"))
        .term(DateRange.ongoing(date("2025-01-01")));
  }

  @Test
  void keepsEveryAttribute() {
    Official o = official().appointedAt("chs-2024-astana").build();
    assertThat(o.name()).isEqualTo("A Secretary-General");
    assertThat(o.post()).isEqualTo(Post.SECRETARY_GENERAL);
    assertThat(o.state()).isEqualTo(code("KG"));
    assertThat(o.term()).isEqualTo(DateRange.ongoing(date("2025-01-01")));
    assertThat(o.appointedAt()).contains("chs-2024-astana");
    assertThat(o.confidence()).isEqualTo(Confidence.HIGH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void rejectsABlankName(String blank) {
    assertRejected(() -> official().name(blank).build(), "name", "'" + blank + "'");
  }

  @Test
  void rejectsAnInvalidAppointingMeetingId() {
    assertRejected(() -> official().appointedAt("chs 2024").build(), "appointedAt", "'chs 2024'");
  }

  @Test
  void aMissingTermIsNamed() {
    assertThatThrownBy(() -> Official.builder().id("o").name("N").post(Post.RATS_DIRECTOR).state(code("UZ")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("term");
  }
}
