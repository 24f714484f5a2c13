package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VenueTest {

  @Test
  void isACityInAState() {
    Venue v = Venue.of("Tianjin", StateCode.of("CN"));
    assertThat(v.city()).isEqualTo("Tianjin");
    assertThat(v.state()).isEqualTo(StateCode.of("CN"));
    assertThat(v).isEqualTo(Venue.of("Tianjin", StateCode.of("cn")));
    assertThat(v).isNotEqualTo(Venue.of("Beijing", StateCode.of("CN")));
    assertThat(v.toString()).contains("Tianjin", "CN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void rejectsABlankCity(String blank) {
    assertRejected(() -> Venue.of(blank, StateCode.of("CN")), "city", "'" + blank + "'");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> Venue.of(null, StateCode.of("CN"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Venue.of("Tianjin", null)).isInstanceOf(NullPointerException.class);
  }
}
