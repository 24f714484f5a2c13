package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateTest {

  private static State.Builder kyrgyzstan() {
    return State.builder().code(StateCode.of("KG")).nameEn("Kyrgyzstan").nameRu("Кыргызстан").nameZh("吉尔吉斯斯坦");
  }

  @Test
  void keepsTheNamesAsWritten() {
    State kg = kyrgyzstan().addSource("src-a").build();
    assertThat(kg.code()).isEqualTo(StateCode.of("KG"));
    assertThat(kg.nameEn()).isEqualTo("Kyrgyzstan");
    assertThat(kg.nameRu()).isEqualTo("Кыргызстан");
    assertThat(kg.nameZh()).isEqualTo("吉尔吉斯斯坦");
    assertThat(kg.sources()).containsExactly("src-a");
  }

  @Test
  void nameInALanguagePicksTheMatchingName() {
    State kg = kyrgyzstan().build();
    assertThat(kg.name(Language.EN)).isEqualTo("Kyrgyzstan");
    assertThat(kg.name(Language.RU)).isEqualTo("Кыргызстан");
    assertThat(kg.name(Language.ZH)).isEqualTo("吉尔吉斯斯坦");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\n", "\u2003"})
  void rejectsABlankNameInEachLanguage(String blank) {
    assertRejected(() -> kyrgyzstan().nameEn(blank).build(), "nameEn", quotedEscaped(blank));
    assertRejected(() -> kyrgyzstan().nameRu(blank).build(), "nameRu", quotedEscaped(blank));
    assertRejected(() -> kyrgyzstan().nameZh(blank).build(), "nameZh", quotedEscaped(blank));
  }

  @Test
  void rejectsDuplicateAndInvalidSources() {
    assertRejected(() -> kyrgyzstan().addSources("src-a", "src-a").build(), "sources", "'src-a'");
    assertRejected(() -> kyrgyzstan().addSource("bad id").build(), "sources", "'bad id'");
  }

  @Test
  void aMissingRequiredAttributeIsNamed() {
    assertThatThrownBy(() -> State.builder().nameEn("Kyrgyzstan").nameRu("Кыргызстан").nameZh("吉尔吉斯斯坦").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("code");
  }

  @Test
  void copiesAreCheckedToo() {
    State kg = kyrgyzstan().build();
    assertRejected(() -> ((ImmutableState) kg).withNameRu(" "), "nameRu", "' '");
    assertThat(((ImmutableState) kg).withNameEn("Kyrgyz Republic").nameEn()).isEqualTo("Kyrgyz Republic");
  }

  @Test
  void equalStatesHaveEqualNamesAndSources() {
    assertThat(kyrgyzstan().build()).isEqualTo(kyrgyzstan().build()).hasSameHashCodeAs(kyrgyzstan().build());
    assertThat(kyrgyzstan().build()).isNotEqualTo(kyrgyzstan().nameEn("Kirghizia").build());
    assertThat(kyrgyzstan().build()).isNotEqualTo(kyrgyzstan().addSource("src-a").build());
  }

  @Test
  void toStringShowsTheCodeAndNames() {
    assertThat(kyrgyzstan().build().toString()).contains("KG", "Kyrgyzstan", "Кыргызстан", "吉尔吉斯斯坦");
  }

  @Test
  void carriesTheOptionalIdentifiers() {
    State plain = kyrgyzstan().build();
    assertThat(plain.iso3()).isEmpty();
    assertThat(plain.cowCode()).isEmpty();
    assertThat(plain.gwCode()).isEmpty();
    assertThat(plain.wikidataId()).isEmpty();
    State kg = kyrgyzstan().iso3("KGZ").cowCode(703).gwCode(704).wikidataId("Q813").build();
    assertThat(kg.iso3()).contains("KGZ");
    assertThat(kg.cowCode()).hasValue(703);
    assertThat(kg.gwCode()).hasValue(704);
    assertThat(kg.wikidataId()).contains("Q813");
    assertThat(kg).isNotEqualTo(plain);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "KG", "KGZZ", "kgz", "K1Z", "КГЗ"})
  void rejectsAnIso3ThatIsNotThreeCapitalLetters(String bad) {
    assertRejected(() -> kyrgyzstan().iso3(bad).build(), "iso3", "'" + bad + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Q", "813", "q813", "Q0813", "Q81a", "P813", "Q 813"})
  void rejectsAWikidataIdThatIsNotQAndDigits(String bad) {
    assertRejected(() -> kyrgyzstan().wikidataId(bad).build(), "wikidataId", "'" + bad + "'");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsANumberBelowOne(int bad) {
    assertRejected(() -> kyrgyzstan().cowCode(bad).build(), "cowCode", String.valueOf(bad));
    assertRejected(() -> kyrgyzstan().gwCode(bad).build(), "gwCode", String.valueOf(bad));
  }

  /** The value as the message quotes it: ASCII white space as it is, other invisible characters escaped. */
  private static String quotedEscaped(String blank) {
    return "'" + blank.replace("\u2003", "\\u2003") + "'";
  }
}
