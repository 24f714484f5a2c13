package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The look-ups a user expects: a state by any of its names, meetings by body and by period, documents, sources. */
class UserLookupsTest {

  private static final StateCode KG = StateCode.of("KG");
  private static final StateCode KZ = StateCode.of("KZ");

  private static Meeting meeting(String id, Body body, String start, String end) {
    return Meeting.builder().id(id).body(body).startDate(date(start)).endDate(date(end)).build();
  }

  private static final Meeting CHS_2025 = meeting("chs-2025", Body.COUNCIL_OF_HEADS_OF_STATE, "2025-08-31", "2025-09-01");
  private static final Meeting CHS_2024 = meeting("chs-2024", Body.COUNCIL_OF_HEADS_OF_STATE, "2024-07-03", "2024-07-04");
  private static final Meeting CHG_2024 =
      meeting("chg-2024", Body.COUNCIL_OF_HEADS_OF_GOVERNMENT, "2024-10-15", "2024-10-16");
  private static final Meeting CMFA_2025 = meeting("cmfa-2025", Body.COUNCIL_OF_FOREIGN_MINISTERS, "2025-07-15", "2025-07-15");

  private static final ScoDataset DATA =
      ScoDataset.builder()
          .addStates(
              State.builder().code(KG).nameEn("Kyrgyzstan").nameRu("Кыргызстан").nameZh("吉尔吉斯斯坦").iso3("KGZ").build(),
              State.builder().code(KZ).nameEn("Kazakhstan").nameRu("Казахстан").nameZh("哈萨克斯坦").build())
          .addSources(
              Source.builder().id("s1").title("One").build(), Source.builder().id("s2").title("Two").build())
          .addMeetings(CHS_2025, CHG_2024, CMFA_2025, CHS_2024)
          .addDocuments(
              Document.builder().id("d1").kind(DocumentKind.DECLARATION).putTitle(Language.EN, "A")
                  .adoptedAt("chs-2025").addSources("s2", "missing", "s1").build(),
              Document.builder().id("d2").kind(DocumentKind.COMMUNIQUE).putTitle(Language.EN, "B")
                  .adoptedAt("chg-2024").build(),
              Document.builder().id("d3").kind(DocumentKind.DECISION).putTitle(Language.EN, "C")
                  .adoptedAt("chs-2025").build(),
              Document.builder().id("d4").kind(DocumentKind.CHARTER).putTitle(Language.EN, "D").build())
          .build();

  @ParameterizedTest
  @ValueSource(strings = {"KG", "kg", " Kg ", "KGZ", "kgz", "Kyrgyzstan", "KYRGYZSTAN", "кыргызстан", "КЫРГЫЗСТАН",
      "吉尔吉斯斯坦"})
  void findsAStateByCodeOrAnyName(String name) {
    assertThat(DATA.stateNamed(name)).map(State::code).contains(KG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "KAZ", "Kirghizia", "K", "Kyrgyz"})
  void aNameNoStateHasFindsNothing(String name) {
    // KAZ: Kazakhstan's record has no alpha-3 code, so the alpha-3 code is not one of its names
    assertThat(DATA.stateNamed(name)).isEmpty();
  }

  @Test
  void meetingsOfABodyComeInDateOrder() {
    assertThat(DATA.meetingsOf(Body.COUNCIL_OF_HEADS_OF_STATE)).containsExactly(CHS_2024, CHS_2025);
    assertThat(DATA.meetingsOf(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)).containsExactly(CHG_2024);
    assertThat(DATA.meetingsOf(Body.SECRETARIAT)).isEmpty();
  }

  @Test
  void meetingsBetweenTwoDaysIncludeBothEndsInDateOrder() {
    assertThat(DATA.meetingsBetween(LocalDate.of(2024, 7, 3), LocalDate.of(2025, 7, 15)))
        .containsExactly(CHS_2024, CHG_2024, CMFA_2025);
    assertThat(DATA.meetingsBetween(LocalDate.of(2024, 7, 4), LocalDate.of(2025, 7, 14))).containsExactly(CHG_2024);
    assertThat(DATA.meetingsBetween(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 8, 31))).containsExactly(CHS_2025);
    assertThatThrownBy(() -> DATA.meetingsBetween(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-01-01 is before from 2025-01-02");
  }

  @Test
  void documentsOfAMeetingAreThoseAdoptedAtIt() {
    assertThat(DATA.documentsOf(CHS_2025)).extracting(Document::id).containsExactly("d1", "d3");
    assertThat(DATA.documentsOf(CHG_2024)).extracting(Document::id).containsExactly("d2");
    assertThat(DATA.documentsOf(CMFA_2025)).isEmpty();
  }

  @Test
  void sourcesOfARecordAreResolvedInCitationOrderSkippingUnknownIds() {
    Document d1 = DATA.document("d1").orElseThrow();
    assertThat(DATA.sourcesOf(d1)).extracting(Source::id).containsExactly("s2", "s1");
    assertThat(DATA.sourcesOf(CHS_2025)).isEmpty();
  }
}
