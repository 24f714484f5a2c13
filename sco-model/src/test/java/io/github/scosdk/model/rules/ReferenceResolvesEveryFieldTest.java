package io.github.scosdk.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.Initiative;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.LinkType;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code reference.resolves}, field by field: a small dataset in which every kind of record uses every kind of
 * reference is clean, and breaking any one reference (a missing record, a record of the wrong kind, a state
 * code without a state, an unknown source) gives exactly one error, on that record, with the JSON Pointer of
 * that field and a message naming the dangling value.
 */
class ReferenceResolvesEveryFieldTest {

  private static final StateCode CN = StateCode.of("CN");
  private static final StateCode KZ = StateCode.of("KZ");
  /** An assigned code with no state record in the dataset. */
  private static final StateCode FR = StateCode.of("FR");
  private static final String SRC = "src";

  private static final StatusChange STATUS =
      StatusChange.builder().id("sc1").state(KZ).status(MembershipStatus.MEMBER).date(PartialDate.parse("2001-06-15"))
          .decidedAt("m1").addDocuments("doc1").addSources(SRC).build();
  private static final Meeting MEETING =
      Meeting.builder().id("m1").body(Body.COUNCIL_OF_HEADS_OF_STATE).startDate(PartialDate.parse("2025-08-31"))
          .venue(Venue.of("Tianjin", CN)).host(CN).chair(CN)
          .addParticipants(Participant.ofState(CN), Participant.ofState(KZ), Participant.ofOrganisation("SCO Secretariat"))
          .addOutcomes("doc1").addSources(SRC).build();
  private static final Presidency PRESIDENCY =
      Presidency.builder().id("p1").holder(CN).term(DateRange.ongoing(PartialDate.parse("2024-07-04")))
          .openedAt("m1").closedAt("m1").addSources(SRC).build();
  private static final Document DOCUMENT =
      Document.builder().id("doc1").kind(DocumentKind.DECLARATION).titles(Map.of(Language.EN, "Declaration"))
          .adoptedAt("m1").addSignatories(CN, KZ)
          .addLinks(
              DocumentLink.of(LinkType.TRANSFERS_PRESIDENCY, "p1"),
              DocumentLink.of(LinkType.GRANTS_STATUS, "sc1"),
              DocumentLink.of(LinkType.ENDORSES_INITIATIVE, "ini1"),
              DocumentLink.of(LinkType.APPOINTS, "off1"),
              DocumentLink.of(LinkType.AMENDS, "doc1"),
              DocumentLink.of(LinkType.IMPLEMENTS, "doc1"),
              DocumentLink.of(LinkType.SUPERSEDES, "doc1"))
          .addSources(SRC).build();
  private static final Initiative INITIATIVE =
      Initiative.builder().id("ini1").name("Initiative").proposerState(CN).proposedAt("m1").addEndorsedBy("doc1")
          .addSources(SRC).build();
  private static final Official OFFICIAL =
      Official.builder().id("off1").name("Secretary-General").post(Post.SECRETARY_GENERAL).state(KZ)
          .term(DateRange.of(PartialDate.parse("2025-01-01"), PartialDate.parse("2028-01-01"))).appointedAt("m1")
          .addSources(SRC).build();
  private static final RotationException EXCEPTION =
      RotationException.builder().id("rx1").kind(RotationExceptionKind.SWAP).addPresidencies("p1").addOfficials("off1")
          .addStates(CN).description("declared").addSources(SRC).build();

  private static final Application APPLICATION =
      Application.builder().id("app1").state(KZ).sought(MembershipStatus.MEMBER).date(PartialDate.parse("2025-07"))
          .decidedAt("m1").addSources(SRC).build();

  private static final ScoDataset CLEAN =
      ScoDataset.builder()
          .addStates(state(CN, "China"), state(KZ, "Kazakhstan"))
          .addSources(Source.builder().id(SRC).title("facts").build())
          .addStatusChanges(STATUS)
          .addMeetings(MEETING)
          .addPresidencies(PRESIDENCY)
          .addDocuments(DOCUMENT)
          .addInitiatives(INITIATIVE)
          .addOfficials(OFFICIAL)
          .addRotationExceptions(EXCEPTION)
          .addApplications(APPLICATION)
          .build();

  private static State state(StateCode code, String name) {
    return State.builder().code(code).nameEn(name).nameRu(name).nameZh(name).build();
  }

  private static List<Violation> references(ScoDataset data) {
    return Validator.only(RuleIds.REFERENCE_RESOLVES).validate(data).violations();
  }

  @Test
  void theDatasetUsingEveryKindOfReferenceIsClean() {
    assertThat(references(CLEAN)).isEmpty();
  }

  static Stream<Arguments> brokenReferences() {
    return Stream.of(
        // status changes
        broken("/statusChanges/0/sources/0", "cites source 'nowhere'",
            d -> d.withStatusChanges(STATUS.withSources("nowhere"))),
        broken("/statusChanges/0/state", "names state FR in state", d -> d.withStatusChanges(STATUS.withState(FR))),
        broken("/statusChanges/0/decidedAt", "to meeting 'gone', which does not exist",
            d -> d.withStatusChanges(STATUS.withDecidedAt("gone"))),
        broken("/statusChanges/0/decidedAt", "'doc1', which is a document, not a meeting",
            d -> d.withStatusChanges(STATUS.withDecidedAt("doc1"))),
        broken("/statusChanges/0/documents/0", "to document 'gone'",
            d -> d.withStatusChanges(STATUS.withDocuments("gone"))),
        // meetings
        broken("/meetings/0/sources/0", "cites source 'nowhere'", d -> d.withMeetings(MEETING.withSources("nowhere"))),
        broken("/meetings/0/venue/state", "names state FR in venue/state",
            d -> d.withMeetings(MEETING.withVenue(Venue.of("Paris", FR)))),
        broken("/meetings/0/host", "names state FR in host", d -> d.withMeetings(MEETING.withHost(FR))),
        broken("/meetings/0/chair", "names state FR in chair", d -> d.withMeetings(MEETING.withChair(FR))),
        broken("/meetings/0/participants/1/state", "names state FR in participants/1/state",
            d -> d.withMeetings(MEETING.withParticipants(Participant.ofState(CN), Participant.ofState(FR)))),
        broken("/meetings/0/outcomes/0", "to document 'gone'", d -> d.withMeetings(MEETING.withOutcomes("gone"))),
        broken("/meetings/0/outcomes/0", "'m1', which is a meeting, not a document",
            d -> d.withMeetings(MEETING.withOutcomes("m1"))),
        // presidencies
        broken("/presidencies/0/sources/0", "cites source 'nowhere'",
            d -> d.withPresidencies(PRESIDENCY.withSources("nowhere"))),
        broken("/presidencies/0/holder", "names state FR in holder",
            d -> d.withPresidencies(PRESIDENCY.withHolder(FR))),
        broken("/presidencies/0/openedAt", "to meeting 'gone'",
            d -> d.withPresidencies(PRESIDENCY.withOpenedAt("gone"))),
        broken("/presidencies/0/closedAt", "'p1', which is a presidency, not a meeting",
            d -> d.withPresidencies(PRESIDENCY.withClosedAt("p1"))),
        // documents
        broken("/documents/0/sources/0", "cites source 'nowhere'",
            d -> d.withDocuments(DOCUMENT.withSources("nowhere"))),
        broken("/documents/0/adoptedAt", "to meeting 'gone'", d -> d.withDocuments(DOCUMENT.withAdoptedAt("gone"))),
        broken("/documents/0/signatories/1", "names state FR in signatories/1",
            d -> d.withDocuments(DOCUMENT.withSignatories(CN, FR))),
        link(0, "'m1', which is a meeting, not a presidency"),
        link(1, "'m1', which is a meeting, not a status change"),
        link(2, "'m1', which is a meeting, not a initiative"),
        link(3, "'m1', which is a meeting, not a official"),
        link(4, "'m1', which is a meeting, not a document"),
        link(5, "'m1', which is a meeting, not a document"),
        link(6, "'m1', which is a meeting, not a document"),
        // initiatives
        broken("/initiatives/0/sources/0", "cites source 'nowhere'",
            d -> d.withInitiatives(INITIATIVE.withSources("nowhere"))),
        broken("/initiatives/0/proposerState", "names state FR in proposerState",
            d -> d.withInitiatives(INITIATIVE.withProposerState(FR))),
        broken("/initiatives/0/proposedAt", "'ini1', which is a initiative, not a meeting",
            d -> d.withInitiatives(INITIATIVE.withProposedAt("ini1"))),
        broken("/initiatives/0/endorsedBy/0", "to document 'gone'",
            d -> d.withInitiatives(INITIATIVE.withEndorsedBy("gone"))),
        // officials
        broken("/officials/0/sources/0", "cites source 'nowhere'",
            d -> d.withOfficials(OFFICIAL.withSources("nowhere"))),
        broken("/officials/0/state", "names state FR in state", d -> d.withOfficials(OFFICIAL.withState(FR))),
        broken("/officials/0/appointedAt", "'off1', which is a official, not a meeting",
            d -> d.withOfficials(OFFICIAL.withAppointedAt("off1"))),
        // rotation exceptions
        broken("/rotationExceptions/0/sources/0", "cites source 'nowhere'",
            d -> d.withRotationExceptions(EXCEPTION.withSources("nowhere"))),
        broken("/rotationExceptions/0/presidencies/0", "to presidency 'gone'",
            d -> d.withRotationExceptions(EXCEPTION.withPresidencies("gone"))),
        broken("/rotationExceptions/0/officials/0", "to official 'gone'",
            d -> d.withRotationExceptions(EXCEPTION.withOfficials("gone"))),
        broken("/rotationExceptions/0/officials/0", "'p1', which is a presidency, not a official",
            d -> d.withRotationExceptions(EXCEPTION.withOfficials("p1"))),
        broken("/rotationExceptions/0/states/0", "names state FR in states/0",
            d -> d.withRotationExceptions(EXCEPTION.withStates(FR))),
        // applications
        broken("/applications/0/sources/0", "cites source 'nowhere'",
            d -> d.withApplications(APPLICATION.withSources("nowhere"))),
        broken("/applications/0/state", "names state FR in state", d -> d.withApplications(APPLICATION.withState(FR))),
        broken("/applications/0/decidedAt", "to meeting 'gone', which does not exist",
            d -> d.withApplications(APPLICATION.withDecidedAt("gone"))),
        broken("/applications/0/decidedAt", "'doc1', which is a document, not a meeting",
            d -> d.withApplications(APPLICATION.withDecidedAt("doc1"))));
  }

  private static Arguments broken(String pointer, String message, UnaryOperator<ScoDataset> change) {
    return Arguments.of(pointer, message, change);
  }

  /** The document's link number i retargeted at the meeting, which is of the wrong kind for every link type. */
  private static Arguments link(int i, String message) {
    List<DocumentLink> links = new java.util.ArrayList<>(DOCUMENT.links());
    links.set(i, DocumentLink.of(links.get(i).type(), "m1"));
    return broken("/documents/0/links/" + i + "/target", message, d -> d.withDocuments(DOCUMENT.withLinks(links)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenReferences")
  void oneBrokenReferenceGivesOneErrorAtItsField(String pointer, String message, UnaryOperator<ScoDataset> change) {
    List<Violation> v = references(change.apply(CLEAN));
    assertThat(v).hasSize(1);
    Violation only = v.get(0);
    assertThat(only.ruleId()).isEqualTo(RuleIds.REFERENCE_RESOLVES);
    assertThat(only.severity()).isEqualTo(Severity.ERROR);
    assertThat(only.pointer()).contains(pointer);
    assertThat(only.subject()).isEqualTo(subjectAt(pointer));
    assertThat(only.message()).startsWith(only.subject() + " ").contains(message);
  }

  /** The id of the record at the start of the pointer, such as {@code m1} for {@code /meetings/0/host}. */
  private static String subjectAt(String pointer) {
    String kind = pointer.split("/")[1];
    return Map.of("statusChanges", "sc1", "meetings", "m1", "presidencies", "p1", "documents", "doc1",
            "initiatives", "ini1", "officials", "off1", "rotationExceptions", "rx1", "applications", "app1")
        .get(kind);
  }

  @Test
  @SuppressWarnings("deprecation") // the string-subject overload, kept for compatibility, is under test
  void aCustomRuleSeesThePointerOfEveryStateSourceAndRecord() {
    Rule pointers =
        new Rule() {
          @Override
          public String id() {
            return "test.pointers";
          }

          @Override
          public String description() {
            return "reports the pointer of every subject";
          }

          @Override
          public void check(RuleContext context, ViolationSink sink) {
            for (String subject : List.of("CN", "KZ", SRC, "sc1", "m1", "p1", "doc1", "ini1", "off1", "rx1", "app1", "none")) {
              sink.warning(id(), subject, context.pointerOf(subject).orElse("absent"));
            }
          }
        };
    List<Violation> v = Validator.builder().addRule(pointers).build().validate(CLEAN).violations();
    assertThat(v)
        .extracting(Violation::message)
        .containsExactly("/states/0", "/states/1", "/sources/0", "/statusChanges/0", "/meetings/0", "/presidencies/0",
            "/documents/0", "/initiatives/0", "/officials/0", "/rotationExceptions/0", "/applications/0", "absent");
    assertThat(v.get(4).pointer()).contains("/meetings/0");
    assertThat(v.get(11).pointer()).isEmpty();
  }
}
