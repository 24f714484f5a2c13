package io.github.scosdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.rules.Validator;
import org.junit.jupiter.api.Test;

class BuildAMeetingTest {

  @Test
  void buildsTheSummitWithSixDelegationsAndItsCommunique() {
    assertThat(BuildAMeeting.summit().body()).isEqualTo(Body.COUNCIL_OF_HEADS_OF_STATE);
    assertThat(BuildAMeeting.summit().participants()).hasSize(6);
    assertThat(BuildAMeeting.summit().outcomes()).containsExactly(BuildAMeeting.communique().id());
    assertThat(BuildAMeeting.communique().kind()).isEqualTo(DocumentKind.COMMUNIQUE);
    assertThat(BuildAMeeting.communique().signatories()).hasSize(6);
  }

  @Test
  void theRecordsAreConsistentForTheValidator() {
    assertThat(Validator.only("document.adoption", "document.signatories", "reference.resolves")
        .validate(BuildAMeeting.dataset()).violations())
        .filteredOn(v -> !v.ruleId().equals("document.signatories"))
        .isEmpty();
  }

  @Test
  void printsTheRecordsAndTheBuildersRejection() {
    String printed = Printed.by(BuildAMeeting::run);
    assertThat(printed).contains(
        "Meeting:   7th meeting of the Council of Heads of State, Bishkek, 2007-08-16, chaired by KG",
        "Delegations: 6, outcomes: [doc-bishkek-communique-2007]",
        "Document:  COMMUNIQUE 'Joint Communiqué of the Council of Heads of SCO Member States', adopted 2007-08-16",
        "Validator: 0 violations",
        "Rejected:  endDate: 2007-08-15 is before startDate 2007-08-16");
  }

  @Test
  void mainRuns() {
    assertThat(Printed.byMain(() -> BuildAMeeting.main(new String[0]))).contains("Rejected:");
  }
}
