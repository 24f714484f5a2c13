package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParticipantTest {

  @Test
  void aStateDelegation() {
    Participant p = Participant.ofState(StateCode.of("IN"));
    assertThat(p.state()).contains(StateCode.of("IN"));
    assertThat(p.organisation()).isEmpty();
    assertThat(p.headOfDelegation()).isEmpty();
    assertThat(p.level()).isEmpty();
    assertThat(p.guest()).isFalse();
    assertThat(p.remote()).isFalse();
  }

  @Test
  void anOrganisationDelegation() {
    Participant p = Participant.ofOrganisation("SCO Secretariat");
    assertThat(p.organisation()).contains("SCO Secretariat");
    assertThat(p.state()).isEmpty();
  }

  @Test
  void keepsHeadLevelGuestAndRemote() {
    Participant p =
        Participant.builder()
            .state(StateCode.of("TM"))
            .headOfDelegation("Head of the delegation")
            .level(DelegationLevel.HEAD_OF_STATE)
            .guest(true)
            .remote(true)
            .build();
    assertThat(p.headOfDelegation()).contains("Head of the delegation");
    assertThat(p.level()).contains(DelegationLevel.HEAD_OF_STATE);
    assertThat(p.guest()).isTrue();
    assertThat(p.remote()).isTrue();
    assertThat(p).isNotEqualTo(Participant.ofState(StateCode.of("TM")));
  }

  @Test
  void rejectsBothStateAndOrganisation() {
    assertRejected(
        () -> Participant.builder().state(StateCode.of("CN")).organisation("SCO Secretariat").build(),
        "state/organisation",
        "state=CN organisation=SCO Secretariat");
  }

  @Test
  void rejectsNeitherStateNorOrganisation() {
    assertRejected(
        () -> Participant.builder().headOfDelegation("Someone").build(),
        "state/organisation",
        "state=null organisation=null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void rejectsBlankOrganisationAndHead(String blank) {
    assertRejected(() -> Participant.ofOrganisation(blank), "organisation", "'" + blank + "'");
    assertRejected(
        () -> Participant.builder().state(StateCode.of("CN")).headOfDelegation(blank).build(),
        "headOfDelegation",
        "'" + blank + "'");
  }
}
