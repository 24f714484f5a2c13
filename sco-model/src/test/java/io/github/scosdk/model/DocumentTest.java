package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static io.github.scosdk.model.ModelFixtures.code;
import static io.github.scosdk.model.ModelFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTest {

  private static Document.Builder declaration() {
    return Document.builder()
        .id("doc-tianjin-declaration-2025")
        .kind(DocumentKind.DECLARATION)
        .putTitle(Language.EN, "Tianjin Declaration");
  }

  @Test
  void keepsEveryAttribute() {
    Document d =
        declaration()
            .putTitle(Language.RU, "Тяньцзиньская декларация")
            .adopted(date("2025-09-01"))
            .signed(date("2025-09-01"))
            .inForce(date("2025-09"))
            .adoptedAt("chs-2025-tianjin")
            .addSignatories(code("CN"), code("KG"))
            .addLink(DocumentLink.of(LinkType.TRANSFERS_PRESIDENCY, "pres-2025-kg"))
            .build();
    assertThat(d.kind()).isEqualTo(DocumentKind.DECLARATION);
    assertThat(d.titles()).containsExactly(Map.entry(Language.EN, "Tianjin Declaration"),
        Map.entry(Language.RU, "Тяньцзиньская декларация"));
    assertThat(d.adopted()).contains(date("2025-09-01"));
    assertThat(d.signed()).contains(date("2025-09-01"));
    assertThat(d.inForce()).contains(date("2025-09"));
    assertThat(d.adoptedAt()).contains("chs-2025-tianjin");
    assertThat(d.signatories()).containsExactly(code("CN"), code("KG"));
    assertThat(d.links()).containsExactly(DocumentLink.of(LinkType.TRANSFERS_PRESIDENCY, "pres-2025-kg"));
    assertThat(d.confidence()).isEqualTo(Confidence.HIGH);
  }

  @Test
  void titlesIterateInLanguageOrderWhateverTheInsertionOrder() {
    Document d =
        Document.builder()
            .id("d")
            .kind(DocumentKind.CHARTER)
            .putTitle(Language.ZH, "宪章")
            .putTitle(Language.RU, "Хартия")
            .putTitle(Language.EN, "Charter")
            .build();
    assertThat(d.titles().keySet()).containsExactly(Language.EN, Language.RU, Language.ZH);
  }

  @Test
  void titleFallsBackToEnglishThenToAnyTitle() {
    Document enRu = declaration().putTitle(Language.RU, "Декларация").build();
    assertThat(enRu.title(Language.RU)).isEqualTo("Декларация");
    assertThat(enRu.title(Language.ZH)).isEqualTo("Tianjin Declaration");
    Document onlyRu = Document.builder().id("d").kind(DocumentKind.CHARTER).putTitle(Language.RU, "Хартия").build();
    assertThat(onlyRu.title(Language.ZH)).isEqualTo("Хартия");
    assertThat(onlyRu.title(Language.EN)).isEqualTo("Хартия");
  }

  @Test
  void rejectsADocumentWithoutTitlesNamingIt() {
    assertRejected(
        () -> Document.builder().id("doc-untitled").kind(DocumentKind.DECISION).build(), "titles", "'doc-untitled'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n"})
  void rejectsABlankTitleNamingItsLanguage(String blank) {
    assertRejected(() -> declaration().putTitle(Language.ZH, blank).build(), "titles.ZH", "'" + blank + "'");
  }

  @Test
  void rejectsDuplicateSignatories() {
    assertRejected(
        () -> declaration().addSignatories(code("IN"), code("PK"), code("IN")).build(), "signatories", "'IN'");
  }

  @Test
  void rejectsDuplicateLinks() {
    DocumentLink link = DocumentLink.of(LinkType.GRANTS_STATUS, "status-by-member-2024");
    assertRejected(() -> declaration().addLinks(link, link).build(), "links", "status-by-member-2024");
  }

  @Test
  void acceptsTwoLinksOfDifferentTypesToTheSameTarget() {
    Document d =
        declaration()
            .addLinks(DocumentLink.of(LinkType.AMENDS, "doc-charter"), DocumentLink.of(LinkType.IMPLEMENTS, "doc-charter"))
            .build();
    assertThat(d.links()).hasSize(2);
  }

  @Test
  void withCopiesAreCheckedLikeTheBuilder() {
    ImmutableDocument d = (ImmutableDocument) declaration().build();
    assertRejected(() -> d.withTitles(Map.of()), "titles", "'doc-tianjin-declaration-2025'");
    assertRejected(() -> d.withSignatories(code("CN"), code("CN")), "signatories", "'CN'");
  }

  @Test
  void rejectsAnInvalidAdoptingMeetingId() {
    assertRejected(() -> declaration().adoptedAt("chs/2025").build(), "adoptedAt", "'chs/2025'");
  }
}
