package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.StateCode;
import org.junit.jupiter.api.Test;

/**
 * The {@code body} field of presidencies and rotation exceptions: omitted for the Council of Heads of State (so a
 * document without it reads as before and writes the same bytes), written for any other body, and an unknown
 * value refused with its pointer.
 */
class PresidencyBodyJsonTest {

  private static final ScoJson JSON = ScoJson.standard();

  private static Presidency term(Body body) {
    return Presidency.builder().id("t1").body(body).holder(StateCode.of("TJ"))
        .term(DateRange.ongoing(PartialDate.of(2025, 11, 18))).addSource("s1").build();
  }

  @Test
  void aChsTermIsWrittenWithoutABodyAndReadBackAsOne() {
    String json = JSON.toJson(term(Body.COUNCIL_OF_HEADS_OF_STATE));
    assertThat(json).doesNotContain("body");
    assertThat(JSON.read(json, Presidency.class).body()).isEqualTo(Body.COUNCIL_OF_HEADS_OF_STATE);
  }

  @Test
  void aChgTermCarriesItsBodyAfterTheIdAndRoundTrips() {
    Presidency chg = term(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT);
    String json = JSON.toJson(chg);
    assertThat(json.replaceAll("\\s", "")).contains("\"id\":\"t1\",\"body\":\"council_of_heads_of_government\",\"holder\":\"TJ\"");
    assertThat(JSON.read(json, Presidency.class)).isEqualTo(chg);
  }

  @Test
  void aRotationExceptionOfTheChgRoundTripsAndOneOfTheChsOmitsTheField() {
    RotationException.Builder b = RotationException.builder().id("rx1").kind(RotationExceptionKind.IRREGULAR_PERIOD)
        .addPresidency("t1").description("Irregular.");
    RotationException chs = b.build();
    RotationException chg = b.body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT).build();
    assertThat(JSON.toJson(chs)).doesNotContain("body");
    assertThat(JSON.read(JSON.toJson(chg), RotationException.class)).isEqualTo(chg);
  }

  @Test
  void anUnknownBodyIsRefusedWithItsPointer() {
    String json = "{\"id\":\"t1\",\"body\":\"chg\",\"holder\":\"TJ\",\"term\":{\"start\":\"2025-11-18\",\"ongoing\":true}}";
    assertThatThrownBy(() -> JSON.read(json, Presidency.class))
        .isInstanceOf(ScoJsonException.class)
        .satisfies(e -> {
          ScoJsonException x = (ScoJsonException) e;
          assertThat(x.pointer()).isEqualTo("/body");
          assertThat(x.reason()).contains("'chg' is not one of council_of_heads_of_state");
        });
  }
}
