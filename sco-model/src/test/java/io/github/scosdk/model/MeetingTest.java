package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static io.github.scosdk.model.ModelFixtures.code;
import static io.github.scosdk.model.ModelFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingTest {

  private static Meeting.Builder summit() {
    return Meeting.builder().id("chs-2025-tianjin").body(Body.COUNCIL_OF_HEADS_OF_STATE).startDate(date("2025-08-31"));
  }

  @Test
  void defaultsAreARegularInPersonOneDayMeetingThatTookPlace() {
    Meeting m = summit().build();
    assertThat(m.kind()).isEqualTo(MeetingKind.REGULAR);
    assertThat(m.format()).isEqualTo(MeetingFormat.IN_PERSON);
    assertThat(m.endDate()).isEqualTo(m.startDate());
    assertThat(m.planned()).isFalse();
    assertThat(m.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(m.ordinal()).isEmpty();
    assertThat(m.title()).isEmpty();
    assertThat(m.venue()).isEmpty();
    assertThat(m.host()).isEmpty();
    assertThat(m.chair()).isEmpty();
    assertThat(m.participants()).isEmpty();
    assertThat(m.outcomes()).isEmpty();
    assertThat(m.note()).isEmpty();
  }

  @Test
  void keepsEveryAttribute() {
    Meeting m =
        summit()
            .kind(MeetingKind.SCO_PLUS)
            .ordinal(25)
            .title("25th meeting of the Council of Heads of State")
            .endDate(date("2025-09-01"))
            .venue(Venue.of("Tianjin", code("CN")))
            .format(MeetingFormat.HYBRID)
            .host(code("CN"))
            .chair(code("CN"))
            .addParticipant(Participant.ofState(code("CN")))
            .addParticipant(Participant.ofState(code("KG")))
            .addParticipant(Participant.ofOrganisation("SCO Secretariat"))
            .addOutcomes("doc-b", "doc-a")
            .planned(true)
            .confidence(Confidence.MEDIUM)
            .build();
    assertThat(m.kind()).isEqualTo(MeetingKind.SCO_PLUS);
    assertThat(m.ordinal()).hasValue(25);
    assertThat(m.title()).contains("25th meeting of the Council of Heads of State");
    assertThat(m.endDate()).isEqualTo(date("2025-09-01"));
    assertThat(m.venue()).contains(Venue.of("Tianjin", code("CN")));
    assertThat(m.format()).isEqualTo(MeetingFormat.HYBRID);
    assertThat(m.host()).contains(code("CN"));
    assertThat(m.chair()).contains(code("CN"));
    assertThat(m.participants())
        .containsExactly(
            Participant.ofState(code("CN")), Participant.ofState(code("KG")), Participant.ofOrganisation("SCO Secretariat"));
    assertThat(m.outcomes()).containsExactly("doc-b", "doc-a");
    assertThat(m.planned()).isTrue();
    assertThat(m.confidence()).isEqualTo(Confidence.MEDIUM);
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    assertRejected(() -> summit().endDate(date("2025-08-30")).build(), "endDate", "2025-08-30");
    assertThatThrownBy(() -> summit().endDate(date("2025-08-30")).build()).hasMessageContaining("2025-08-31");
    assertRejected(
        () -> summit().startDate(date("2025-09")).endDate(date("2025-08")).build(), "endDate", "2025-08");
    assertRejected(() -> summit().startDate(date("2026")).endDate(date("2025")).build(), "endDate", "2025");
  }

  @Test
  void acceptsAPartialEndThatMayFallOnOrAfterTheStart() {
    assertThat(summit().startDate(date("2025-09-15")).endDate(date("2025-09")).build().endDate())
        .isEqualTo(date("2025-09"));
    assertThat(summit().startDate(date("2026")).build().endDate()).isEqualTo(date("2026"));
    assertThat(summit().endDate(date("2025-08-31")).build().endDate()).isEqualTo(date("2025-08-31"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsAnOrdinalBelowOne(int ordinal) {
    assertRejected(() -> summit().ordinal(ordinal).build(), "ordinal", String.valueOf(ordinal));
  }

  @Test
  void acceptsOrdinalOne() {
    assertThat(summit().ordinal(1).build().ordinal()).hasValue(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void rejectsABlankTitle(String blank) {
    assertRejected(() -> summit().title(blank).build(), "title", "'" + blank + "'");
  }

  @Test
  void rejectsAStateTakingPartTwice() {
    assertRejected(
        () -> summit().addParticipants(Participant.ofState(code("IN")), Participant.ofState(code("IN"))).build(),
        "participants",
        "'IN'");
  }

  @Test
  void rejectsAStateTakingPartTwiceEvenWithDifferentDetails() {
    Participant remote = Participant.builder().state(code("PK")).remote(true).build();
    assertRejected(
        () -> summit().addParticipants(Participant.ofState(code("PK")), remote).build(), "participants", "'PK'");
  }

  @Test
  void rejectsAnOrganisationTakingPartTwice() {
    assertRejected(
        () ->
            summit()
                .addParticipants(Participant.ofOrganisation("SCO Secretariat"), Participant.ofOrganisation("SCO Secretariat"))
                .build(),
        "participants",
        "SCO Secretariat");
  }

  @Test
  void rejectsDuplicateOrInvalidOutcomes() {
    assertRejected(() -> summit().addOutcomes("doc-a", "doc-b", "doc-a").build(), "outcomes", "'doc-a'");
    assertRejected(() -> summit().addOutcome("doc a").build(), "outcomes", "'doc a'");
  }

  @Test
  void mayBeOnSpansTheEarliestStartToTheLatestEnd() {
    Meeting twoDays = summit().endDate(date("2025-09-01")).build();
    assertThat(twoDays.mayBeOn(LocalDate.of(2025, 8, 30))).isFalse();
    assertThat(twoDays.mayBeOn(LocalDate.of(2025, 8, 31))).isTrue();
    assertThat(twoDays.mayBeOn(LocalDate.of(2025, 9, 1))).isTrue();
    assertThat(twoDays.mayBeOn(LocalDate.of(2025, 9, 2))).isFalse();
    Meeting planned = summit().startDate(date("2026")).planned(true).build();
    assertThat(planned.mayBeOn(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(planned.mayBeOn(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(planned.mayBeOn(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(planned.mayBeOn(LocalDate.of(2027, 1, 1))).isFalse();
  }

  @Test
  void aMissingRequiredAttributeIsNamed() {
    assertThatThrownBy(() -> Meeting.builder().id("m").startDate(date("2025")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("body");
    assertThatThrownBy(() -> Meeting.builder().id("m").body(Body.SECRETARIAT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("startDate");
  }

  @Test
  void withCopiesAreCheckedLikeTheBuilder() {
    ImmutableMeeting m = (ImmutableMeeting) summit().endDate(date("2025-09-01")).build();
    assertRejected(() -> m.withOrdinal(0), "ordinal", "0");
    assertRejected(() -> m.withEndDate(date("2025-08-01")), "endDate", "2025-08-01");
    assertRejected(() -> m.withId("bad id"), "id", "'bad id'");
    assertThat(m.withOrdinal(25).ordinal()).hasValue(25);
  }

  @Test
  void theDefaultEndFollowsTheStartInCopies() {
    Meeting m = summit().build();
    Meeting moved = Meeting.builder().from(m).startDate(date("2025-09-10")).endDate(date("2025-09-10")).build();
    assertThat(moved.endDate()).isEqualTo(date("2025-09-10"));
  }
}
