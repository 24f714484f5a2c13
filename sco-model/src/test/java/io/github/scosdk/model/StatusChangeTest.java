package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static io.github.scosdk.model.ModelFixtures.code;
import static io.github.scosdk.model.ModelFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatusChangeTest {

  private static StatusChange.Builder change() {
    return StatusChange.builder()
        .id("status-by-member-2024")
        .state(code("BY"))
        .status(MembershipStatus.MEMBER)
        .date(date("2024-07-04"));
  }

  @Test
  void keepsEveryAttributeWithHighConfidenceByDefault() {
    StatusChange c =
        change().decidedAt("chs-2024-astana").addDocuments("doc-b", "doc-a").addSource("src-a").note("n").build();
    assertThat(c.state()).isEqualTo(code("BY"));
    assertThat(c.status()).isEqualTo(MembershipStatus.MEMBER);
    assertThat(c.date()).isEqualTo(date("2024-07-04"));
    assertThat(c.decidedAt()).contains("chs-2024-astana");
    assertThat(c.documents()).containsExactly("doc-b", "doc-a");
    assertThat(c.sources()).containsExactly("src-a");
    assertThat(c.note()).contains("n");
    assertThat(c.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(change().confidence(Confidence.LOW).build().confidence()).isEqualTo(Confidence.LOW);
  }

  @Test
  void acceptsAPartialDate() {
    assertThat(change().date(date("2010-05")).build().date().precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void rejectsAnInvalidDecidingMeetingId() {
    assertRejected(() -> change().decidedAt("chs 2024").build(), "decidedAt", "'chs 2024'");
  }

  @Test
  void rejectsDuplicateOrInvalidDocuments() {
    assertRejected(() -> change().addDocuments("doc-a", "doc-a").build(), "documents", "'doc-a'");
    assertRejected(() -> change().addDocument("").build(), "documents", "''");
  }

  @Test
  void aMissingRequiredAttributeIsNamed() {
    assertThatThrownBy(() -> StatusChange.builder().id("x").state(code("BY")).date(date("2024")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("status");
  }
}
