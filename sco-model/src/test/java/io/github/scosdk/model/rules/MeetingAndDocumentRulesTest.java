package io.github.scosdk.model.rules;

import static io.github.scosdk.model.rules.RealHistory.c;
import static io.github.scosdk.model.rules.RealHistory.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Venue;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingAndDocumentRulesTest {

  private static Meeting.Builder cmfa(String id, String date, String chair) {
    return Meeting.builder()
        .id(id)
        .body(Body.COUNCIL_OF_FOREIGN_MINISTERS)
        .startDate(PartialDate.parse(date))
        .venue(Venue.of("Tianjin", c("CN")))
        .host(c("CN"))
        .chair(c(chair))
        .addSource(RealHistory.SRC);
  }

  private static ScoDataset plus(Meeting... meetings) {
    return ScoDataset.builder().from(RealHistory.dataset()).addMeetings(meetings).build();
  }

  private static ScoDataset plus(Document... documents) {
    return ScoDataset.builder().from(RealHistory.dataset()).addDocuments(documents).build();
  }

  // ---------------------------------------------------------------- meeting.chair

  @Test
  void theForeignMinistersCouncilIsChairedByThePresidency() {
    assertThat(Validator.standard().validate(plus(cmfa("cmfa-2025", "2025-07-15", "CN").build())).violations())
        .isEmpty();
    List<Violation> v = Reports.only(RuleIds.MEETING_CHAIR, plus(cmfa("cmfa-2025", "2025-07-15", "RU").build()));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.message()).contains("CMFA meeting cmfa-2025 on 2025-07-15 is chaired by RU", "CN holds");
      assertThat(x.pointer()).hasValueSatisfying(p -> assertThat(p).matches("/meetings/\\d+/chair"));
    });
  }

  @Test
  void aOneDaySummitOnTheHandoverDayIsChairedByTheOutgoingHolder() {
    // New Delhi 2023-07-04 closed India's term although Kazakhstan's term starts that very day
    ScoDataset real = RealHistory.dataset();
    assertThat(real.presidencyOn(d("2023-07-04")).orElseThrow().holder()).isEqualTo(c("KZ"));
    assertThat(real.meeting("chs-2023").orElseThrow().chair()).contains(c("IN"));
    assertThat(Validator.only(RuleIds.MEETING_CHAIR).validate(real).violations()).isEmpty();
  }

  @Test
  void chairsOfOtherBodiesKindsOrPlannedMeetingsAreNotChecked() {
    ScoDataset data =
        plus(
            cmfa("chg-2025", "2025-07-15", "RU").body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT).build(),
            cmfa("plus-2025", "2025-07-15", "RU").kind(MeetingKind.SCO_PLUS).build(),
            cmfa("cmfa-2026", "2026-07-15", "RU").planned(true).build());
    assertThat(Validator.only(RuleIds.MEETING_CHAIR).validate(data).violations()).isEmpty();
  }

  // ---------------------------------------------------------------- meeting.participants-eligible

  @Test
  void membersPartnersAndDeclaredGuestsMayTakePart() {
    ScoDataset real = RealHistory.dataset();
    Meeting summit =
        cmfa("chs-extra", "2025-09-01", "KG")
            .body(Body.COUNCIL_OF_HEADS_OF_STATE)
            .kind(MeetingKind.SCO_PLUS)
            .participants(
                RealHistory.participants(
                    real,
                    d("2025-09-01"),
                    Participant.ofState(c("LA")),
                    Participant.builder().state(c("TM")).guest(true).build(),
                    Participant.ofOrganisation("United Nations")))
            .build();
    assertThat(Validator.standard().validate(plus(summit)).violations()).isEmpty();
  }

  @Test
  void aStateWithoutStatusWhoIsNotAGuestIsReported() {
    Meeting m =
        cmfa("cmfa-2025", "2025-07-15", "CN")
            .addParticipants(Participant.ofState(c("CN")), Participant.ofState(c("TM")))
            .build();
    assertThat(Reports.only(RuleIds.MEETING_PARTICIPANTS_ELIGIBLE, plus(m)))
        .singleElement()
        .satisfies(x -> {
          assertThat(x.message()).contains("TM takes part in cmfa-2025", "no status", "not marked as a guest");
          assertThat(x.pointer()).hasValueSatisfying(p -> assertThat(p).endsWith("/participants/1"));
        });
  }

  @Test
  void foundersTakePartInTheFoundingSummitTheDayBeforeTheyAreMembers() {
    ScoDataset real = RealHistory.dataset();
    Meeting founding = real.meeting("chs-2001").orElseThrow();
    Meeting withDelegations =
        founding.withParticipants(RealHistory.participants(real, d("2001-06-15")));
    List<Meeting> meetings = new java.util.ArrayList<>(real.meetings());
    meetings.replaceAll(m -> m.id().equals("chs-2001") ? withDelegations : m);
    ScoDataset data = ScoDataset.builder().from(real).meetings(meetings).build();
    assertThat(withDelegations.participants()).hasSize(6);
    assertThat(Validator.standard().validate(data).violations()).isEmpty();
  }

  @Test
  void shanghaiFiveMeetingsAreNotChecked() {
    Meeting s5 =
        Meeting.builder()
            .id("s5-2000")
            .body(Body.SHANGHAI_FIVE)
            .startDate(PartialDate.parse("2000-07-05"))
            .addParticipant(Participant.ofState(c("UZ")))
            .addSource(RealHistory.SRC)
            .build();
    assertThat(Validator.standard().validate(plus(s5)).violations()).isEmpty();
  }

  // ---------------------------------------------------------------- document.adoption / signatories

  private static Document.Builder declaration(String id, String adopted, String at) {
    return Document.builder()
        .id(id)
        .kind(DocumentKind.DECLARATION)
        .putTitle(Language.EN, "Tianjin Declaration")
        .adopted(PartialDate.parse(adopted))
        .adoptedAt(at)
        .addSource(RealHistory.SRC);
  }

  @Test
  void aDocumentIsAdoptedWithinTheDatesOfItsMeeting() {
    assertThat(Validator.standard().validate(plus(declaration("doc-tj", "2025-09-01", "chs-2025").build())).violations())
        .isEmpty();
    assertThat(Validator.standard().validate(plus(declaration("doc-tj", "2025-08-31", "chs-2025").build())).violations())
        .isEmpty();
    assertThat(Validator.standard().validate(plus(declaration("doc-tj", "2025-09", "chs-2025").build())).violations())
        .as("a month-precision date may coincide")
        .isEmpty();
    List<Violation> v = Reports.only(RuleIds.DOCUMENT_ADOPTION, plus(declaration("doc-tj", "2025-09-02", "chs-2025").build()));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.message()).contains("doc-tj is dated 2025-09-02", "ran from 2025-08-31 to 2025-09-01");
      assertThat(x.pointer()).hasValueSatisfying(p -> assertThat(p).endsWith("/adopted"));
    });
  }

  @Test
  void signatoriesAreMembersOnTheSigningDate() {
    Document charter =
        declaration("doc-charter", "2002-06-07", "chs-2002")
            .kind(DocumentKind.CHARTER)
            .signed(PartialDate.parse("2002-06-07"))
            .signatories(List.of(c("CN"), c("KZ"), c("KG"), c("RU"), c("TJ"), c("UZ")))
            .build();
    assertThat(Validator.standard().validate(plus(charter)).violations()).isEmpty();
    Document withIndia = charter.withSignatories(c("CN"), c("IN"));
    assertThat(Reports.only(RuleIds.DOCUMENT_SIGNATORIES, plus(withIndia)))
        .singleElement()
        .satisfies(x -> {
          assertThat(x.message()).contains("IN signed doc-charter on 2002-06-07", "no status, not member");
          assertThat(x.pointer()).hasValueSatisfying(p -> assertThat(p).endsWith("/signatories/1"));
        });
  }

  @Test
  void memorandaAndShanghaiFiveAgreementsAreNotCheckedForSignatories() {
    Document memo =
        Document.builder()
            .id("doc-moo-in")
            .kind(DocumentKind.MEMORANDUM)
            .putTitle(Language.EN, "Memorandum of obligations of India")
            .signed(PartialDate.parse("2016-06-24"))
            .addSignatory(c("IN"))
            .addSource(RealHistory.SRC)
            .build();
    Document s5 =
        Document.builder()
            .id("doc-s5-1996")
            .kind(DocumentKind.AGREEMENT)
            .putTitle(Language.EN, "Agreement on Confidence Building in the Military Field in the Border Area")
            .signed(PartialDate.parse("1996-04-26"))
            .addSignatories(c("CN"), c("KZ"), c("KG"), c("RU"), c("TJ"))
            .addSource(RealHistory.SRC)
            .build();
    assertThat(Validator.standard().validate(plus(memo, s5)).violations()).isEmpty();
  }

  // ---------------------------------------------------------------- reference.resolves

  @Test
  void everyDanglingReferenceIsReportedWithItsField() {
    Document doc =
        declaration("doc-x", "2025-09-01", "chs-2025")
            .addSource("nowhere")
            .addSignatory(c("FR"))
            .addLink(io.github.scosdk.model.DocumentLink.of(io.github.scosdk.model.LinkType.TRANSFERS_PRESIDENCY, "chs-2025"))
            .build();
    Meeting m = cmfa("cmfa-x", "2025-07-15", "CN").addOutcome("doc-missing").build();
    ScoDataset data = ScoDataset.builder().from(RealHistory.dataset()).addDocuments(doc).addMeetings(m).build();
    List<Violation> v = Validator.only(RuleIds.REFERENCE_RESOLVES).validate(data).violations();
    assertThat(v).extracting(x -> x.pointer().orElse("").replaceAll("^/\\w+/\\d+/", ""))
        .containsExactly("outcomes/0", "sources/1", "signatories/0", "links/0/target");
    assertThat(v.get(0).message()).contains("document 'doc-missing', which does not exist");
    assertThat(v.get(1).message()).contains("cites source 'nowhere'");
    assertThat(v.get(2).message()).contains("names state FR");
    assertThat(v.get(3).message()).contains("'chs-2025', which is a meeting, not a presidency");
  }
}
