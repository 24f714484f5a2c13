package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static io.github.scosdk.model.ModelFixtures.code;
import static io.github.scosdk.model.ModelFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitiativeTest {

  private static Initiative.Builder initiative() {
    return Initiative.builder().id("ini-gdi").name("Global Development Initiative");
  }

  @Test
  void keepsEveryAttributeInOrder() {
    Initiative i =
        initiative()
            .proposerState(code("CN"))
            .proposedBy("A proposer")
            .proposed(date("2021-09"))
            .proposedAt("un-ga-76")
            .description("A description")
            .addAreas("area two", "area one")
            .addEndorsedBy("doc-b", "doc-a")
            .build();
    assertThat(i.name()).isEqualTo("Global Development Initiative");
    assertThat(i.proposerState()).contains(code("CN"));
    assertThat(i.proposedBy()).contains("A proposer");
    assertThat(i.proposed()).contains(date("2021-09"));
    assertThat(i.proposedAt()).contains("un-ga-76");
    assertThat(i.description()).contains("A description");
    assertThat(i.areas()).containsExactly("area two", "area one");
    assertThat(i.endorsedBy()).containsExactly("doc-b", "doc-a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void rejectsBlankTexts(String blank) {
    assertRejected(() -> initiative().name(blank).build(), "name", "'" + blank + "'");
    assertRejected(() -> initiative().proposedBy(blank).build(), "proposedBy", "'" + blank + "'");
    assertRejected(() -> initiative().description(blank).build(), "description", "'" + blank + "'");
    assertRejected(() -> initiative().addAreas("ok", blank).build(), "areas", "'" + blank + "'");
  }

  @Test
  void rejectsDuplicateAreasAndEndorsements() {
    assertRejected(() -> initiative().addAreas("poverty", "poverty").build(), "areas", "'poverty'");
    assertRejected(() -> initiative().addEndorsedBy("doc-a", "doc-a").build(), "endorsedBy", "'doc-a'");
  }

  @Test
  void rejectsInvalidIdReferences() {
    assertRejected(() -> initiative().proposedAt("un ga").build(), "proposedAt", "'un ga'");
    assertRejected(() -> initiative().addEndorsedBy("doc a").build(), "endorsedBy", "'doc a'");
  }
}
