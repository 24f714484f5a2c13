package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static io.github.scosdk.data.Dates.ccs;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.Body;
import io.github.scosdk.model.HolderPrediction;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.DatePrecision;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingFormat;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facts of the reference dataset, asserted through the public query API. Each expected value is taken from
 * {@code shared/facts/} (section named in the test), never from the dataset itself.
 */
class ReferenceFactsTest {

  private static final ScoDataset SCO = ReferenceFixture.dataset();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static List<String> codes(List<io.github.scosdk.model.StateCode> states) {
    return states.stream().map(Object::toString).toList();
  }

  // ------------------------------------------------------------------ members around each enlargement (§1)

  @ParameterizedTest(name = "members on {0}: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "2001-06-14; ''",
        "2001-06-15; KZ CN KG RU TJ UZ",
        "2017-06-08; KZ CN KG RU TJ UZ",
        "2017-06-09; IN KZ CN KG PK RU TJ UZ",
        "2023-07-03; IN KZ CN KG PK RU TJ UZ",
        "2023-07-04; IN IR KZ CN KG PK RU TJ UZ",
        "2024-07-03; IN IR KZ CN KG PK RU TJ UZ",
        "2024-07-04; BY IN IR KZ CN KG PK RU TJ UZ",
      })
  void membersInRotationOrderAroundEachEnlargement(String day, String expected) {
    List<String> want = expected.isBlank() ? List.of() : List.of(expected.split(" "));
    assertThat(codes(SCO.membersOn(date(day)))).containsExactlyElementsOf(want);
  }

  // ------------------------------------------------------------------ chair around each handover (§4)

  @ParameterizedTest(name = "handover {0}: {1} before, {2} from that day")
  @CsvSource({
    "2002-06-07, RU, KZ",
    "2003-05-29, KZ, UZ",
    "2004-06-17, UZ, KZ",
    "2005-07-05, KZ, CN",
    "2006-06-15, CN, KG",
    "2007-08-16, KG, TJ",
    "2008-08-28, TJ, RU",
    "2009-06-16, RU, UZ",
    "2010-06-11, UZ, KZ",
    "2011-06-15, KZ, CN",
    "2012-06-07, CN, KG",
    "2013-09-13, KG, TJ",
    "2014-09-12, TJ, RU",
    "2015-07-10, RU, UZ",
    "2016-06-24, UZ, KZ",
    "2017-06-09, KZ, CN",
    "2018-06-10, CN, KG",
    "2019-06-14, KG, RU",
    "2020-11-10, RU, TJ",
    "2021-09-17, TJ, UZ",
    "2022-09-16, UZ, IN",
    "2023-07-04, IN, KZ",
    "2024-07-04, KZ, CN",
    "2025-09-01, CN, KG",
  })
  void chairOnTheDayBeforeAndTheDayOfEachHandover(String day, String before, String after) {
    LocalDate handover = date(day);
    assertThat(SCO.presidencyOn(handover.minusDays(1)).map(Presidency::holder)).contains(cc(before));
    assertThat(SCO.presidencyOn(handover).map(Presidency::holder)).contains(cc(after));
  }

  @Test
  void noPresidencyBeforeTheFoundingAndKyrgyzstanChairsOngoing() {
    assertThat(SCO.presidencyOn(date("2001-06-14"))).isEmpty();
    Presidency current = SCO.presidencyOn(date("2026-02-12")).orElseThrow();
    assertThat(current.holder()).isEqualTo(cc("KG"));
    assertThat(current.term().isOngoing()).isTrue();
    assertThat(SCO.presidencyTimeline()).hasSize(25);
  }

  // ------------------------------------------------------------------ partners (§2, §11)

  @Test
  void seventeenPartnersAfterTianjin() {
    ScoSnapshot after = SCO.asOf(date("2025-09-01"));
    assertThat(after.partnerCount()).isEqualTo(17);
    assertThat(after.nonMembersByStatus().get(MembershipStatus.PARTNER)).hasSize(17).contains(cc("LA"), cc("AF"));
    assertThat(after.nonMembersByStatus()).doesNotContainKeys(MembershipStatus.OBSERVER, MembershipStatus.DIALOGUE_PARTNER);
    assertThat(after.members().size() + after.partnerCount()).as("27 like-minded countries").isEqualTo(27);
  }

  @Test
  void twoObserversAndFourteenDialoguePartnersTheDayBeforeTianjin() {
    ScoSnapshot before = SCO.asOf(date("2025-08-31"));
    assertThat(before.nonMembersByStatus().get(MembershipStatus.OBSERVER)).containsExactlyInAnyOrder(cc("MN"), cc("AF"));
    assertThat(before.nonMembersByStatus().get(MembershipStatus.DIALOGUE_PARTNER)).hasSize(14);
    assertThat(before.statusOf(cc("LA"))).isEqualTo(MembershipStatus.NONE);
  }

  @Test
  void twentySixCountriesInOctober2024AsSeedOneSays() {
    ScoSnapshot s = SCO.asOf(date("2024-10-21"));
    assertThat(s.members()).hasSize(10);
    assertThat(s.partnerCount()).isEqualTo(16);
  }

  @Test
  void twentySixCountriesInFebruary2024WithBelarusAcceding() {
    // Seed 2 counts Belarus among the observers: so does the data, acceding since its memorandum of 2023-07-04.
    ScoSnapshot s = SCO.asOf(date("2024-02-22"));
    assertThat(s.members()).hasSize(9);
    assertThat(s.statuses()).hasSize(26);
    assertThat(s.statusOf(cc("BY"))).isEqualTo(MembershipStatus.OBSERVER);
    assertThat(s.accessionStageOf(cc("BY"))).isEqualTo(AccessionStage.MEMORANDUM_SIGNED);
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "MN, 2004-06-16, NONE",
    "MN, 2004-06-17, OBSERVER",
    "IN, 2010-01-01, OBSERVER",
    "IN, 2015-07-10, OBSERVER",
    "PK, 2016-06-24, OBSERVER",
    "IR, 2022-09-15, OBSERVER",
    "IN, 2017-06-09, MEMBER",
    "BY, 2009-06-16, DIALOGUE_PARTNER",
    "BY, 2015-07-10, OBSERVER",
    "BY, 2022-09-16, OBSERVER",
    "TR, 2012-06-07, DIALOGUE_PARTNER",
    "SA, 2022-01-01, DIALOGUE_PARTNER",
    "BH, 2022-09-16, DIALOGUE_PARTNER",
    "AF, 2025-09-01, PARTNER",
    "LA, 2025-09-01, PARTNER",
    "UZ, 2000-07-05, NONE",
  })
  void statusOnADay(String state, String day, MembershipStatus expected) {
    assertThat(SCO.statusOn(cc(state), date(day))).isEqualTo(expected);
  }

  @Test
  void belarusWentThroughEveryStepToMembership() {
    assertThat(SCO.statusHistory(cc("BY")).stream().map(c -> c.status()))
        .containsExactly(MembershipStatus.DIALOGUE_PARTNER, MembershipStatus.OBSERVER, MembershipStatus.MEMBER);
    assertThat(SCO.accessionHistory(cc("BY")).stream().map(a -> a.stage()))
        .containsExactly(AccessionStage.STARTED, AccessionStage.MEMORANDUM_SIGNED);
  }

  // ---------------------------------------------------------------- two tracks of status (issue 12 item 3, 13)

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "IN, 2015-07-09, NONE",
    "IN, 2015-07-10, STARTED",
    "IN, 2016-06-24, MEMORANDUM_SIGNED",
    "PK, 2017-06-08, MEMORANDUM_SIGNED",
    "PK, 2017-06-09, NONE",
    "IR, 2021-09-17, STARTED",
    "IR, 2022-09-15, MEMORANDUM_SIGNED",
    "IR, 2023-07-04, NONE",
    "BY, 2022-09-16, STARTED",
    "BY, 2023-07-04, MEMORANDUM_SIGNED",
    "BY, 2024-07-04, NONE",
    "MN, 2016-04-16, NONE",
  })
  void accessionStageOnADay(String state, String day, AccessionStage expected) {
    assertThat(SCO.accessionStageOn(cc(state), date(day))).isEqualTo(expected);
  }

  @Test
  void sixObserversOn20160416WithIndiaAndPakistanAcceding() {
    ScoSnapshot s = SCO.asOf(date("2016-04-16"));
    assertThat(s.nonMembersByStatus().get(MembershipStatus.OBSERVER))
        .containsExactlyInAnyOrderElementsOf(ccs("AF", "BY", "IN", "IR", "MN", "PK"));
    assertThat(s.acceding()).containsExactlyInAnyOrderElementsOf(ccs("IN", "PK"));
    assertThat(s.accessionStageOf(cc("IN"))).isEqualTo(AccessionStage.STARTED);
  }

  @Test
  void threeObserversOn20230705WithBelarusAcceding() {
    ScoSnapshot s = SCO.asOf(date("2023-07-05"));
    assertThat(s.nonMembersByStatus().get(MembershipStatus.OBSERVER))
        .containsExactlyInAnyOrderElementsOf(ccs("AF", "BY", "MN"));
    assertThat(s.acceding()).containsExactlyInAnyOrderElementsOf(ccs("BY"));
    assertThat(s.accessionStageOf(cc("BY"))).isEqualTo(AccessionStage.MEMORANDUM_SIGNED);
    assertThat(s.members()).contains(cc("IR"));
  }

  @Test
  void theAccessionStepsKeepTheIdsTheyHadAsStatusChangesAndTheDecisionsLinkThem() {
    assertThat(SCO.accessionStep("status-in-2015-07-10-accession-started").orElseThrow().documents())
        .containsExactly("doc-decision-accession-in-2015");
    assertThat(SCO.accessionStep("status-ir-2022-09-15-acceding").orElseThrow().confidence())
        .isEqualTo(Confidence.MEDIUM);
    assertThat(SCO.accessionSteps()).hasSize(8);
    assertThat(SCO.statusChanges()).noneMatch(c -> c.status().name().startsWith("ACCE"));
  }

  @Test
  void dialoguePartnerMemorandaAreDocumentsNotStatusChanges() {
    Document turkey = SCO.document("doc-memorandum-dialogue-partner-tr-2013").orElseThrow();
    assertThat(turkey.signed()).contains(PartialDate.of(2013, 4, 26));
    assertThat(SCO.statusHistory(cc("TR"))).hasSize(2);
    Document maldives = SCO.document("doc-memorandum-dialogue-partner-mv-2023").orElseThrow();
    assertThat(maldives.signed().orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(maldives.adoptedAt()).contains("cmfa-2023-goa");
  }

  @Test
  void iransMemorandumDateIsKeptWithTheConflictNoted() {
    var change = SCO.accessionStep("status-ir-2022-09-15-acceding").orElseThrow();
    assertThat(change.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(change.note().orElseThrow()).contains("2022-09-16");
  }

  // ------------------------------------------------------------------ Secretaries-General and RATS (§6)

  @ParameterizedTest(name = "{1} on {0}")
  @CsvSource({
    "2005-06-01, Zhang Deguang",
    "2008-06-01, Bolat Nurgaliyev",
    "2011-06-01, Muratbek Imanaliev",
    "2014-06-01, Dmitry Mezentsev",
    "2017-06-01, Rashid Alimov",
    "2020-06-01, Vladimir Norov",
    "2021-12-31, Vladimir Norov",
    "2022-01-01, Zhang Ming",
    "2024-02-22, Zhang Ming",
    "2025-09-01, Nurlan Yermekbayev",
  })
  void secretaryGeneralInAGivenYear(String day, String name) {
    assertThat(SCO.officialOn(Post.SECRETARY_GENERAL, date(day)).map(Official::name)).contains(name);
    assertThat(SCO.asOf(date(day)).secretaryGeneral().map(Official::name)).contains(name);
  }

  @ParameterizedTest(name = "RATS Director {1} on {0}")
  @CsvSource({
    "2008-06-01, Myrzakan Subanov",
    "2014-06-01, Zhang Xinfeng",
    "2020-06-01, Jumakhon Giyosov",
    "2023-06-01, Ruslan Mirzaev",
    "2025-06-01, Ularbek Sharsheev",
  })
  void ratsDirectorInAGivenYear(String day, String name) {
    assertThat(SCO.officialOn(Post.RATS_DIRECTOR, date(day)).map(Official::name)).contains(name);
  }

  @Test
  void noRatsDirectorIsRecordedFor2004To2006BecauseNoSourceWasFound() {
    assertThat(SCO.officialOn(Post.RATS_DIRECTOR, date("2005-06-01"))).isEmpty();
  }

  @Test
  void sohailKhanIsDeputySecretaryGeneralAtTheBeijingCoordinatorsMeeting() {
    Optional<Official> dsg = SCO.officialOn(Post.DEPUTY_SECRETARY_GENERAL, date("2025-02-19"));
    assertThat(dsg.map(Official::name)).contains("Sohail Khan");
    assertThat(dsg.map(Official::state)).contains(cc("PK"));
  }

  // ------------------------------------------------------------------ documents adopted at summits (§3, §7)

  @ParameterizedTest(name = "{0} adopted {1}")
  @CsvSource({
    "chs-2001-shanghai, doc-declaration-establishment-2001",
    "chs-2001-shanghai, doc-shanghai-convention-2001",
    "chs-2002-saint-petersburg, doc-charter-2002",
    "chs-2007-bishkek, doc-treaty-good-neighbourliness-2007",
    "chs-2015-ufa, doc-development-strategy-2025",
    "chs-2022-samarkand, doc-comprehensive-plan-2023-2027",
    "chs-2024-astana, doc-decision-draft-strategy-2035",
    "chs-2025-tianjin, doc-development-strategy-2035",
    "chs-2025-tianjin, doc-tianjin-declaration-2025",
  })
  void documentAdoptedAtSummit(String meeting, String document) {
    assertThat(SCO.meeting(meeting).orElseThrow().outcomes()).contains(document);
    assertThat(SCO.document(document).orElseThrow().adoptedAt()).contains(meeting);
  }

  @Test
  void charterSignedIn2002AndInForceFrom2003() {
    Document charter = SCO.document("doc-charter-2002").orElseThrow();
    assertThat(charter.signed()).contains(PartialDate.of(2002, 6, 7));
    assertThat(charter.inForce()).contains(PartialDate.of(2003, 9, 19));
    assertThat(charter.signatories()).containsExactlyElementsOf(ccs("CN", "KZ", "KG", "RU", "TJ", "UZ"));
  }

  @Test
  void astanaAdoptedOnlyTheDecisionOnTheDraftStrategyTo2035() {
    assertThat(SCO.meeting("chs-2024-astana").orElseThrow().outcomes())
        .doesNotContain("doc-development-strategy-2035");
    assertThat(SCO.asOf(date("2024-07-04")).documents()).extracting(Document::id)
        .contains("doc-decision-draft-strategy-2035")
        .doesNotContain("doc-development-strategy-2035");
  }

  // ------------------------------------------------------------------ summits and meetings (§3, §11)

  @Test
  void everyRegularSummitFrom2001To2025AndThePlanned2026One() {
    List<Meeting> chs =
        SCO.meetings().stream()
            .filter(m -> m.body() == Body.COUNCIL_OF_HEADS_OF_STATE && m.kind() == MeetingKind.REGULAR)
            .toList();
    assertThat(chs).hasSize(26);
    assertThat(chs).extracting(m -> m.ordinal().getAsInt()).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(1, 26).boxed().toList());
    Meeting bishkek = SCO.meeting("chs-2026-bishkek").orElseThrow();
    assertThat(bishkek.planned()).isTrue();
    assertThat(bishkek.format()).isEqualTo(MeetingFormat.UNDECIDED);
    assertThat(bishkek.startDate()).isEqualTo(PartialDate.ofYear(2026));
  }

  @Test
  void fiveShanghaiFiveMeetingsBeforeTheSco() {
    assertThat(SCO.meetings().stream().filter(m -> m.body() == Body.SHANGHAI_FIVE))
        .extracting(m -> m.startDate().year())
        .containsExactly(1996, 1997, 1998, 1999, 2000);
  }

  @Test
  void summitsHeldByVideoOrHybrid() {
    assertThat(SCO.meeting("chs-2020-video").orElseThrow().format()).isEqualTo(MeetingFormat.VIDEO);
    assertThat(SCO.meeting("chs-2021-dushanbe").orElseThrow().format()).isEqualTo(MeetingFormat.HYBRID);
    assertThat(SCO.meeting("chs-2023-new-delhi").orElseThrow().format()).isEqualTo(MeetingFormat.VIDEO);
  }

  @Test
  void coordinatorsMetInBeijingWithInferredDaysMarkedMedium() {
    Meeting cnc = SCO.meeting("cnc-2025-beijing").orElseThrow();
    assertThat(cnc.body()).isEqualTo(Body.COUNCIL_OF_NATIONAL_COORDINATORS);
    assertThat(cnc.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(cnc.chair()).contains(cc("CN"));
    assertThat(cnc.participants().stream().filter(p -> p.state().isPresent())).hasSize(10);
    assertThat(cnc.mayBeOn(date("2025-02-19"))).isTrue();
    assertThat(SCO.meetingsOf(SCO.presidency("presidency-2024-cn").orElseThrow())).contains(cnc);
  }

  @Test
  void foreignMinistersMetInTianjinChairedByChina() {
    Meeting cmfa = SCO.meeting("cmfa-2025-tianjin").orElseThrow();
    assertThat(cmfa.startDate()).isEqualTo(PartialDate.of(2025, 7, 15));
    assertThat(cmfa.chair()).contains(cc("CN"));
    assertThat(cmfa.participants()).extracting(Participant::headOfDelegation).contains(Optional.of("Lavrov"));
  }

  @Test
  void firstScoPlusInAstanaAndTheSecretariatReception() {
    assertThat(SCO.meeting("sco-plus-2024-astana").orElseThrow().kind()).isEqualTo(MeetingKind.SCO_PLUS);
    Meeting reception = SCO.meeting("sec-2024-beijing-secretariat-20th-anniversary").orElseThrow();
    assertThat(reception.kind()).isEqualTo(MeetingKind.EVENT);
    assertThat(reception.startDate()).isEqualTo(PartialDate.of(2024, 2, 22));
  }

  // ------------------------------------------------------------------ rotation (§9)

  @Test
  void pakistanIsPredictedAfterKyrgyzstanUnderTheStrictRule() {
    HolderPrediction p = SCO.predictNextHolder(date("2026-02-12"));
    assertThat(p.current().map(Presidency::holder)).contains(cc("KG"));
    assertThat(p.predicted()).contains(cc("PK"));
    assertThat(codes(p.order())).containsExactly("BY", "IN", "IR", "KZ", "CN", "KG", "PK", "RU", "TJ", "UZ");
  }

  @Test
  void newMembersPassedOverAreDeclared() {
    assertThat(SCO.rotationException("rotation-2020-pk-passed-over").orElseThrow().presidencies())
        .containsExactly("presidency-2019-ru");
    assertThat(SCO.rotationException("rotation-2024-ir-passed-over").orElseThrow().presidencies())
        .containsExactly("presidency-2023-kz");
  }

  // ------------------------------------------------------------------ initiatives (§8)

  @Test
  void globalDevelopmentInitiativeHasEightAreasAndAMonthOnlyDate() {
    var gdi = SCO.initiative("init-global-development").orElseThrow();
    assertThat(gdi.areas()).hasSize(8).contains("food security", "digital economy");
    assertThat(gdi.proposed().orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void fiveCommonHomesAndTheGovernanceInitiativeWereProposedAtScoPlusMeetings() {
    assertThat(SCO.initiative("init-five-common-homes").orElseThrow().proposedAt()).contains("sco-plus-2024-astana");
    assertThat(SCO.initiative("init-global-governance").orElseThrow().proposedAt()).contains("sco-plus-2025-tianjin");
  }

  // ------------------------------------------------------------------ version

  @Test
  void versionMatchesTheDataset() {
    assertThat(SCO.asOfDate()).contains(ScoReference.version().asOf());
    assertThat(SCO.title()).contains(ScoReference.version().coverage());
  }
}
