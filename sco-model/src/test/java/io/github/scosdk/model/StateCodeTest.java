package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateCodeTest {

  @Test
  void ofAcceptsAnAssignedCodeAndKeepsItUpperCase() {
    StateCode cn = StateCode.of("CN");
    assertThat(cn.code()).isEqualTo("CN");
    assertThat(cn).hasToString("CN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kg", "Kg", "kG"})
  void ofAcceptsAnyCaseAndNormalisesToUpperCase(String text) {
    assertThat(StateCode.of(text)).isEqualTo(StateCode.of("KG")).hasToString("KG");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY", "SS", "MN", "TM"})
  void toStringRoundTripsThroughOf(String text) {
    StateCode code = StateCode.of(text);
    assertThat(StateCode.of(code.toString())).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XK", "ZZ", "AA", "QM", "XA", "EU", "UK", "AN", "CS", "YU"})
  void ofRejectsUserAssignedReservedAndWithdrawnCodes(String text) {
    assertRejected(() -> StateCode.of(text), "code", "'" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"c", "CHN", "", " ", "C N", "1A", "C1", " CN", "CN ", "156", "C-"})
  void ofRejectsMalformedText(String text) {
    assertRejected(() -> StateCode.of(text), "code", "'" + text + "'");
  }

  @Test
  void ofRejectsNull() {
    assertThatThrownBy(() -> StateCode.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("code");
  }

  @Test
  void isAssignedAgreesWithOf() {
    assertThat(StateCode.isAssigned("CN")).isTrue();
    assertThat(StateCode.isAssigned("cn")).isTrue();
    assertThat(StateCode.isAssigned("XK")).isFalse();
    assertThat(StateCode.isAssigned("CHN")).isFalse();
    assertThat(StateCode.isAssigned("c")).isFalse();
    assertThat(StateCode.isAssigned("")).isFalse();
  }

  @Test
  void everyJdkAssignedCodeIsAccepted() {
    for (String iso : Locale.getISOCountries()) {
      assertThat(StateCode.isAssigned(iso)).as(iso).isTrue();
      assertThat(StateCode.of(iso).code()).isEqualTo(iso);
    }
  }

  @Test
  void caseOfTheDefaultLocaleDoesNotMatter() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(StateCode.of("in")).hasToString("IN");
      assertThat(StateCode.of("id")).hasToString("ID");
      assertThat(StateCode.isAssigned("ir")).isTrue();
    } finally {
      Locale.setDefault(saved);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ß", "ıd", "ſa", "ＣＮ"})
  void ofRejectsNonAsciiLettersThatUpperCaseToACode(String text) {
    assertRejected(() -> StateCode.of(text), "code", "'" + text + "'");
    assertThat(StateCode.isAssigned(text)).isFalse();
  }

  @Test
  void ordersAlphabeticallyByCode() {
    assertThat(StateCode.of("CN")).isLessThan(StateCode.of("KG"));
    assertThat(StateCode.of("RU")).isGreaterThan(StateCode.of("KZ"));
    assertThat(StateCode.of("IN").compareTo(StateCode.of("in"))).isZero();
  }

  @Test
  void equalsAndHashCodeFollowTheCode() {
    EqualsVerifier.forClass(StateCode.class).verify();
  }
}
