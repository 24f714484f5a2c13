package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.DatePrecision;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.LinkType;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingFormat;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RangeEnd;
import io.github.scosdk.model.RotationOrder;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StatusChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facts of the second collection ({@code shared/facts/2026-12/}: chg.tsv, cmfa.tsv, freshness.tsv,
 * accuracy.tsv, names.tsv, sources.tsv), asserted through the public query API. Expected values are copied from
 * those files, never from the dataset.
 */
class WorkingCalendarFactsTest {

  private static final ScoDataset SCO = ReferenceFixture.dataset();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static Meeting meeting(String id) {
    return SCO.meeting(id).orElseThrow(() -> new AssertionError("no meeting " + id));
  }

  private static Document document(String id) {
    return SCO.document(id).orElseThrow(() -> new AssertionError("no document " + id));
  }

  private static List<Meeting> regular(Body body) {
    return SCO.meetings().stream().filter(m -> m.body() == body && !m.planned()).toList();
  }

  // ------------------------------------------------------------------ the CHG series (chg.tsv)

  @ParameterizedTest(name = "CHG {0}: {1} {2}..{3}, host {4}, chair {5}")
  @CsvSource({
    "1, chg-2001-almaty, 2001-09-14, 2001-09-14, KZ, '', doc-chg-press-communique-2001",
    "2, chg-2003-beijing, 2003-09-23, 2003-09-23, CN, '', doc-chg-communique-2003",
    "3, chg-2004-bishkek, 2004-09-23, 2004-09-23, KG, '', doc-chg-communique-2004",
    "4, chg-2005-moscow, 2005-10-26, 2005-10-26, RU, '', doc-chg-communique-2005",
    "5, chg-2006-dushanbe, 2006-09-15, 2006-09-15, TJ, '', doc-chg-communique-2006",
    "6, chg-2007-tashkent, 2007-11-02, 2007-11-02, UZ, '', doc-chg-communique-2007",
    "7, chg-2008-astana, 2008-10-30, 2008-10-30, KZ, KZ, doc-chg-communique-2008",
    "8, chg-2009-beijing, 2009-10-14, 2009-10-14, CN, CN, doc-chg-communique-2009",
    "9, chg-2010-dushanbe, 2010-11-25, 2010-11-25, TJ, TJ, doc-chg-communique-2010",
    "10, chg-2011-saint-petersburg, 2011-11-07, 2011-11-07, RU, '', doc-chg-communique-2011",
    "11, chg-2012-bishkek, 2012-12-04, 2012-12-05, KG, KG, doc-chg-communique-2012",
    "12, chg-2013-tashkent, 2013-11-28, 2013-11-29, UZ, UZ, doc-chg-communique-2013",
    "13, chg-2014-astana, 2014-12-15, 2014-12-15, KZ, '', doc-chg-communique-2014",
    "14, chg-2015-zhengzhou, 2015-12-14, 2015-12-15, CN, CN, doc-chg-communique-2015",
    "15, chg-2016-bishkek, 2016-11-02, 2016-11-03, KG, KG, doc-chg-communique-2016",
    "16, chg-2017-sochi, 2017-11-30, 2017-12-01, RU, RU, doc-chg-communique-2017",
    "17, chg-2018-dushanbe, 2018-10-11, 2018-10-12, TJ, TJ, doc-chg-communique-2018",
    "18, chg-2019-tashkent, 2019-11-01, 2019-11-02, UZ, UZ, doc-chg-communique-2019",
    "19, chg-2020-video, 2020-11-30, 2020-11-30, IN, IN, doc-chg-communique-2020",
    "20, chg-2021-video, 2021-11-25, 2021-11-25, KZ, KZ, ''",
    "21, chg-2022-video, 2022-11-01, 2022-11-01, CN, CN, doc-chg-communique-2022",
    "22, chg-2023-bishkek, 2023-10-26, 2023-10-26, KG, KG, doc-chg-communique-2023",
    "23, chg-2024-islamabad, 2024-10-15, 2024-10-16, PK, PK, doc-chg-communique-2024",
    "24, chg-2025-moscow, 2025-11-17, 2025-11-18, RU, RU, doc-chg-communique-2025",
  })
  void eachChgMeetingWithItsCommunique(
      int ordinal, String id, String start, String end, String host, String chair, String communique) {
    Meeting m = meeting(id);
    assertThat(m.body()).isEqualTo(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT);
    assertThat(m.ordinal()).hasValue(ordinal);
    assertThat(m.startDate()).isEqualTo(PartialDate.parse(start));
    assertThat(m.endDate()).isEqualTo(PartialDate.parse(end));
    assertThat(m.host()).contains(cc(host));
    assertThat(m.chair()).isEqualTo(chair.isEmpty() ? Optional.empty() : Optional.of(cc(chair)));
    assertThat(m.sources()).isNotEmpty();
    if (communique.isEmpty()) {
      // chg.tsv 20: the meeting is sourced, its communiqué is not
      assertThat(m.outcomes()).noneMatch(o -> document(o).kind() == DocumentKind.COMMUNIQUE);
      assertThat(m.note()).hasValueSatisfying(n -> assertThat(n).contains("no communiqué"));
      return;
    }
    Document c = document(communique);
    assertThat(c.kind()).isEqualTo(DocumentKind.COMMUNIQUE);
    assertThat(c.adoptedAt()).contains(id);
    assertThat(m.outcomes()).contains(communique);
    LocalDate adopted = c.adopted().orElseThrow().earliest();
    assertThat(adopted).isBetween(m.startDate().earliest().withDayOfMonth(1), m.endDate().latest());
    assertThat(SCO.asOf(m.endDate().latest()).documents()).contains(c);
  }

  @Test
  void twentyFourRegularChgMeetingsNoneIn2002AndOnePlannedForDushanbe() {
    List<Meeting> chg = regular(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT);
    assertThat(chg).hasSize(24);
    assertThat(chg.stream().map(m -> m.ordinal().getAsInt()).toList())
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 24).boxed().toList());
    assertThat(chg).noneMatch(m -> m.startDate().year() == 2002);
    assertThat(chg.stream().filter(m -> m.outcomes().stream()
            .anyMatch(o -> document(o).kind() == DocumentKind.COMMUNIQUE)).count())
        .as("2001 press communiqué plus the 22 joint communiqués of chg.tsv (2021's is not sourced there)")
        .isEqualTo(23);
    Meeting planned = meeting("chg-2026-dushanbe");
    assertThat(planned.planned()).isTrue();
    assertThat(planned.startDate().precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(planned.startDate()).isEqualTo(PartialDate.ofYearMonth(2026, 10));
    assertThat(planned.venue().orElseThrow().city()).isEqualTo("Dushanbe");
    assertThat(planned.host()).contains(cc("TJ"));
  }

  @Test
  void theChgHostHoldsTheChsPresidencyOnTheDayOnlyInBishkek2012() {
    // rotations.tsv compares each year's CHS host with its CHG host and finds them never equal; on the day of
    // the meeting the one exception is Bishkek, December 2012, inside Kyrgyzstan's presidency of 2012-13.
    List<String> same = new java.util.ArrayList<>();
    for (Meeting m : regular(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)) {
      Optional<Presidency> p = SCO.presidencyOn(m.startDate().earliest());
      if (m.host().isPresent() && p.map(Presidency::holder).equals(m.host())) {
        same.add(m.id());
      }
    }
    assertThat(same).containsExactly("chg-2012-bishkek");
    assertThat(meeting("chg-2012-bishkek").note())
        .hasValueSatisfying(n -> assertThat(n).contains("CHS presidency"));
  }

  @Test
  void videoMeetingsOf2020To2022WereOrganisedByTheChair() {
    for (String id : new String[] {"chg-2020-video", "chg-2021-video", "chg-2022-video"}) {
      Meeting m = meeting(id);
      assertThat(m.format()).isEqualTo(MeetingFormat.VIDEO);
      assertThat(m.venue()).isEmpty();
      assertThat(m.chair()).isEqualTo(m.host());
    }
  }

  @Test
  void the24thChgInMoscowEndedRussiasChairmanshipWithACommuniqueAndHeadsOfDelegation() {
    Meeting m = meeting("chg-2025-moscow");
    assertThat(m.participants()).anySatisfy(p -> {
      assertThat(p.state()).contains(cc("RU"));
      assertThat(p.headOfDelegation()).contains("Mikhail Mishustin");
    });
    assertThat(m.participants()).anySatisfy(p -> {
      assertThat(p.state()).contains(cc("CN"));
      assertThat(p.headOfDelegation()).contains("Li Qiang");
    });
    assertThat(m.note()).hasValueSatisfying(n -> assertThat(n).contains("Tajikistan"));
    assertThat(m.outcomes()).contains("doc-chg-communique-2025", "doc-chg-statement-world-economy-2025");
  }

  @Test
  void theDisputedDaysOfBishkek2004AreRecordedWithBothSources() {
    Meeting m = meeting("chg-2004-bishkek");
    assertThat(m.startDate()).isEqualTo(PartialDate.of(2004, 9, 23));
    assertThat(m.note()).hasValueSatisfying(n -> assertThat(n).contains("2004-09-22").contains("2004-09-23"));
  }

  // ------------------------------------------------------------------ the CMFA series (cmfa.tsv)

  @Test
  void eighteenDatedCmfaMeetings2002To2025() {
    Set<Integer> years =
        regular(Body.COUNCIL_OF_FOREIGN_MINISTERS).stream()
            .map(m -> m.startDate().year())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(regular(Body.COUNCIL_OF_FOREIGN_MINISTERS)).hasSize(18);
    assertThat(years)
        .containsExactly(2002, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022,
            2023, 2024, 2025);
  }

  @Test
  void theCmfaOf2021RanThirteenthToFourteenthJulyChairedByTajikistan() {
    Meeting m = meeting("cmfa-2021-dushanbe");
    assertThat(m.startDate()).isEqualTo(PartialDate.of(2021, 7, 13));
    assertThat(m.endDate()).isEqualTo(PartialDate.of(2021, 7, 14));
    assertThat(m.chair()).contains(cc("TJ"));
    assertThat(m.participants()).anySatisfy(p -> assertThat(p.headOfDelegation()).contains("Sirojiddin Muhriddin"));
    assertThat(SCO.presidencyOn(date("2021-07-13")).map(Presidency::holder)).contains(cc("TJ"));
  }

  @ParameterizedTest(name = "{0} chaired by {1}")
  @CsvSource({
    "cmfa-2010-tashkent, UZ", "cmfa-2012-beijing, CN", "cmfa-2013-cholpon-ata, KG", "cmfa-2014-dushanbe, TJ",
    "cmfa-2016-tashkent, UZ", "cmfa-2017-astana, KZ", "cmfa-2018-beijing, CN", "cmfa-2019-bishkek, KG",
    "cmfa-2021-dushanbe, TJ", "cmfa-2022-tashkent, UZ", "cmfa-2024-astana, KZ", "cmfa-2025-tianjin, CN",
  })
  void cmfaChairedByThePresidencyState(String id, String chair) {
    Meeting m = meeting(id);
    assertThat(m.chair()).contains(cc(chair));
    assertThat(SCO.presidencyOn(m.startDate().earliest()).map(Presidency::holder)).contains(cc(chair));
  }

  @ParameterizedTest(name = "{0}: {1} at {2}")
  @CsvSource({
    "2009-05-15, doc-cmfa-decision-dialogue-partners-2009, cmfa-2009-moscow",
    "2012-05-11, doc-cmfa-agreement-af-tr-2012, cmfa-2012-beijing",
    "2022-07, doc-cmfa-agreement-mv-2022, cmfa-2022-tashkent",
  })
  void cmfaStepsOfStatusGrants(String day, String decision, String cmfa) {
    Document d = document(decision);
    assertThat(d.kind()).isEqualTo(DocumentKind.DECISION);
    assertThat(d.adopted()).contains(PartialDate.parse(day));
    assertThat(d.adoptedAt()).contains(cmfa);
    assertThat(meeting(cmfa).body()).isEqualTo(Body.COUNCIL_OF_FOREIGN_MINISTERS);
    assertThat(d.links()).noneMatch(l -> l.type() == LinkType.GRANTS_STATUS);
  }

  @Test
  void theTashkentCmfaOf2022KeepsBothSourcedSpans() {
    assertThat(meeting("cmfa-2022-tashkent").confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(meeting("cmfa-2022-tashkent").note())
        .hasValueSatisfying(n -> assertThat(n).contains("28-29 July").contains("27-28 July"));
  }

  // ------------------------------------------------------------------ summit outcomes (accuracy.tsv, freshness.tsv)

  @ParameterizedTest(name = "{0} adopted {1} ({2})")
  @CsvSource({
    "chs-2004-tashkent, doc-agreement-anti-drug-2004, AGREEMENT",
    "chs-2006-shanghai, doc-statement-information-security-2006, STATEMENT",
    "chs-2007-bishkek, doc-chs-communique-2007, COMMUNIQUE",
    "chs-2007-bishkek, doc-plan-information-security-2007, PLAN",
    "chs-2009-yekaterinburg, doc-chs-communique-2009, COMMUNIQUE",
    "chs-2012-beijing, doc-chs-press-release-2012, COMMUNIQUE",
    "chs-2014-dushanbe, doc-agreement-road-transport-2014, AGREEMENT",
    "chs-2015-ufa, doc-chs-press-communique-2015, COMMUNIQUE",
    "chs-2015-ufa, doc-agreement-border-defence-2015, AGREEMENT",
    "chs-2016-tashkent, doc-programme-tourism-2016, PROGRAMME",
    "chs-2017-astana, doc-statement-fight-terrorism-2017, STATEMENT",
    "chs-2017-astana, doc-decision-contributions-in-2017, DECISION",
    "chs-2017-astana, doc-decision-contributions-pk-2017, DECISION",
    "chs-2017-astana, doc-decision-sg-report-2017, DECISION",
    "chs-2017-astana, doc-decision-rats-report-2017, DECISION",
    "chs-2018-qingdao, doc-statement-epidemics-2018, STATEMENT",
    "chs-2022-samarkand, doc-decision-accession-by-2022, DECISION",
    "chs-2025-tianjin, doc-decision-cis-observer-2025, DECISION",
    "chs-2025-tianjin, doc-statement-multilateral-trading-system-2025, STATEMENT",
  })
  void missingSummitOutcomesAreAdded(String summit, String doc, DocumentKind kind) {
    Document d = document(doc);
    assertThat(d.kind()).isEqualTo(kind);
    assertThat(d.adoptedAt()).contains(summit);
    assertThat(meeting(summit).outcomes()).contains(doc);
  }

  private static List<Document> outcomesOfKind(Meeting m, DocumentKind kind) {
    return m.outcomes().stream().map(WorkingCalendarFactsTest::document).filter(d -> d.kind() == kind).toList();
  }

  @Test
  void theBishkekSummitOf2019RecordsOnlyTheDeclarationAsTheFactsCollectionNamesNoDecision() {
    Meeting m = meeting("chs-2019-bishkek");
    assertThat(m.outcomes()).containsExactly("doc-bishkek-declaration-2019");
    assertThat(m.sources()).contains("INFORM-19", "IAR-19").doesNotContain("24KG-CHS19", "PRESUZ-CHS19");
    assertThat(m.note()).hasValueSatisfying(n -> assertThat(n).contains("13 decisions"));
    assertThat(SCO.documents()).noneMatch(d -> d.id().equals("doc-decision-memorandum-unwto-2019"));
  }

  @Test
  void theSamarkandSummitOf2022RecordsOnlyTheOutcomesTheFactsCollectionNames() {
    Meeting m = meeting("chs-2022-samarkand");
    assertThat(m.outcomes())
        .containsExactly(
            "doc-samarkand-declaration-2022",
            "doc-comprehensive-plan-2023-2027",
            "doc-memorandum-obligations-ir-2022",
            "doc-decision-accession-by-2022");
    assertThat(SCO.sources()).noneMatch(s -> s.id().equals("EIN-SAM22") || s.id().equals("MIDRU-SAM22"));
  }

  @ParameterizedTest(name = "{0} made a dialogue partner at Samarkand, memorandum {1}")
  @CsvSource({"BH, bh-2023", "KW, kw-2023", "MV, mv-2023", "MM, mm-2023", "AE, ae-2023"})
  void theFiveSamarkandDialoguePartnersAreGrantedWithBothDaysOfTheSources(String state, String memo) {
    String id = Statuses.id(state, PartialDate.of(2022, 9, 16), MembershipStatus.DIALOGUE_PARTNER);
    StatusChange c = SCO.statusChange(id).orElseThrow(() -> new AssertionError("no status change " + id));
    assertThat(c.decidedAt()).contains("chs-2022-samarkand");
    assertThat(c.sources()).contains("X-SAM22", "TIMESADDU");
    assertThat(c.note()).hasValueSatisfying(n -> assertThat(n).contains("September 15, 2022").contains("2022-09-16"));
    assertThat(grants(Statuses.memorandumId(memo))).containsExactly(id);
    assertThat(SCO.statusOn(cc(state), date("2022-09-15"))).isEqualTo(MembershipStatus.NONE);
    assertThat(SCO.statusOn(cc(state), date("2022-09-16"))).isEqualTo(MembershipStatus.DIALOGUE_PARTNER);
  }

  @Test
  void theBishkekDeclarationsOf2007And2013CiteTheirOwnTexts() {
    assertThat(document("doc-bishkek-declaration-2007").sources()).contains("SUMMIT13-BD");
    assertThat(document("doc-bishkek-declaration-2013").sources())
        .containsExactlyInAnyOrder("WARMH-2018", "ELEXUE");
  }

  @Test
  void theAstanaSummitOf2017DecidedTheContributionsOfTheTwoNewMembers() {
    for (String s : new String[] {"in", "pk"}) {
      Document d = document("doc-decision-contributions-" + s + "-2017");
      assertThat(d.adopted()).contains(PartialDate.of(2017, 6, 9));
      assertThat(d.sources()).containsExactly("TASS-2017");
    }
    // the day they were decided, both were members
    assertThat(SCO.membersOn(date("2017-06-09"))).contains(cc("IN"), cc("PK"));
  }

  @ParameterizedTest(name = "{0}: hosted by {2} ({1})")
  @CsvSource({
    "chg-2003-beijing, CN, Wen Jiabao", "chg-2005-moscow, RU, M. Fradkov", "chg-2007-tashkent, UZ, Sh. Mirziyoyev",
  })
  void theHostHeadOfGovernmentIsRecordedWhereTheChairIsNot(String id, String host, String name) {
    Meeting m = meeting(id);
    assertThat(m.chair()).isEmpty();
    assertThat(m.participants()).anySatisfy(p -> {
      assertThat(p.state()).contains(cc(host));
      assertThat(p.headOfDelegation()).contains(name);
      assertThat(p.level()).contains(io.github.scosdk.model.DelegationLevel.HEAD_OF_GOVERNMENT);
    });
  }

  @Test
  void theAccessionDecisionsStartTheTracksOfIndiaPakistanAndBelarus() {
    assertThat(grants("doc-decision-accession-in-2015")).containsExactly("status-in-2015-07-10-accession-started");
    assertThat(grants("doc-decision-accession-pk-2015")).containsExactly("status-pk-2015-07-10-accession-started");
    assertThat(grants("doc-decision-accession-by-2022")).containsExactly("status-by-2022-09-16-accession-started");
  }

  @Test
  void tianjinDecisionsGrantThePartnerStatusesAndTheDeclarationOnlyRecordsThem() {
    assertThat(grants("doc-tianjin-declaration-2025")).isEmpty();
    List<String> merged = grants("doc-decision-partner-status-2025");
    assertThat(merged).hasSize(16).doesNotContain("status-la-2025-09-01-partner");
    for (String s : new String[] {"MN", "AF", "LK", "TR", "AZ", "AM", "KH", "NP", "EG", "QA", "SA", "BH", "KW",
        "MV", "MM", "AE"}) {
      String change = "status-" + s.toLowerCase(java.util.Locale.ROOT) + "-2025-09-01-partner";
      assertThat(merged).contains(change);
      assertThat(SCO.statusChange(change).orElseThrow().documents()).contains("doc-decision-partner-status-2025");
    }
    assertThat(grants("doc-decision-dialogue-partner-la-2025")).containsExactly("status-la-2025-09-01-partner");
    assertThat(SCO.statusChange("status-la-2025-09-01-partner").orElseThrow().documents())
        .first()
        .isEqualTo("doc-decision-dialogue-partner-la-2025");
  }

  @Test
  void laosMemorandumIsPendingNotInvented() {
    assertThat(SCO.documents())
        .filteredOn(d -> d.kind() == DocumentKind.MEMORANDUM)
        .noneMatch(d -> d.links().stream().anyMatch(l -> l.target().startsWith("status-la-")));
    assertThat(document("doc-decision-dialogue-partner-la-2025").note())
        .hasValueSatisfying(n -> assertThat(n).contains("pending"));
  }

  private static List<String> grants(String doc) {
    return document(doc).links().stream()
        .filter(l -> l.type() == LinkType.GRANTS_STATUS)
        .map(DocumentLink::target)
        .toList();
  }

  // ------------------------------------------------------------------ recent events and the horizon (freshness.tsv)

  @Test
  void theFirstCncOf2026WasChairedByKyrgyzstanInBeijing() {
    Meeting m = meeting("cnc-2026-beijing");
    assertThat(m.body()).isEqualTo(Body.COUNCIL_OF_NATIONAL_COORDINATORS);
    assertThat(m.startDate()).isEqualTo(PartialDate.of(2026, 1, 27));
    assertThat(m.venue().orElseThrow().city()).isEqualTo("Beijing");
    assertThat(m.chair()).contains(cc("KG"));
  }

  @Test
  void theMemberStatesStatementOnIranOfSecondMarch2026() {
    Document d = document("doc-statement-iran-2026");
    assertThat(d.kind()).isEqualTo(DocumentKind.STATEMENT);
    assertThat(d.adopted()).contains(PartialDate.of(2026, 3, 2));
    assertThat(d.adoptedAt()).isEmpty();
    assertThat(SCO.asOf(date("2026-03-02")).documents()).contains(d);
    assertThat(SCO.asOf(date("2026-03-01")).documents()).doesNotContain(d);
  }

  @Test
  void asOfDateIsTheNewestSourcedFactAndNothingButPlansLiesBeyondIt() {
    LocalDate asOf = date("2026-03-10");
    assertThat(SCO.asOfDate()).contains(asOf);
    assertThat(ScoReference.version().asOf()).isEqualTo(asOf);
    assertThat(SCO.source("APP-CHG26").orElseThrow().published()).contains(PartialDate.of(2026, 3, 10));
    assertThat(SCO.meetings())
        .filteredOn(Meeting::planned)
        .extracting(Meeting::id)
        .containsExactlyInAnyOrder("chs-2026-bishkek", "chg-2026-dushanbe");
    assertThat(SCO.meetings())
        .filteredOn(m -> !m.planned())
        .allSatisfy(m -> assertThat(m.startDate().earliest()).as(m.id()).isBeforeOrEqualTo(asOf));
    assertThat(SCO.documents())
        .allSatisfy(d -> d.adopted().or(d::signed).ifPresent(
            day -> assertThat(day.earliest()).as(d.id()).isBeforeOrEqualTo(asOf)));
    assertThat(SCO.sources())
        .allSatisfy(s -> s.published().ifPresent(
            day -> assertThat(day.earliest()).as(s.id()).isBeforeOrEqualTo(asOf)));
  }

  @Test
  void beyondTheHorizonAfterTheNewAsOfDateOnly() {
    LocalDate asOf = date("2026-03-10");
    assertThat(SCO.beyondHorizon(asOf)).isFalse();
    assertThat(SCO.beyondHorizon(asOf.plusDays(1))).isTrue();
    assertThat(SCO.asOf(asOf).beyondHorizon()).isFalse();
    assertThat(SCO.asOf(asOf.plusDays(1)).beyondHorizon()).isTrue();
    // the last sourced events lie within the horizon, the planned meetings beyond it
    assertThat(SCO.beyondHorizon(date("2026-03-02"))).isFalse();
    assertThat(SCO.beyondHorizon(date("2026-01-27"))).isFalse();
    assertThat(SCO.beyondHorizon(meeting("chg-2026-dushanbe").startDate().earliest())).isTrue();
    assertThat(SCO.beyondHorizon(meeting("chs-2026-bishkek").startDate().latest())).isTrue();
  }

  // ------------------------------------------------------------------ officials (accuracy.tsv 50, 52)

  @Test
  void kasymovWasRatsDirectorFromSeptember2006AndHisEndIsUnknown() {
    Official k = SCO.officialOn(Post.RATS_DIRECTOR, date("2006-09-15")).orElseThrow();
    assertThat(k.id()).isEqualTo("rats-vyacheslav-kasymov");
    assertThat(k.state()).isEqualTo(cc("UZ"));
    assertThat(k.term().start()).isEqualTo(PartialDate.ofYearMonth(2006, 9));
    assertThat(k.sources()).containsExactly("WJ-CHG06", "WJ-CHG11");
    assertThat(SCO.officialOn(Post.RATS_DIRECTOR, date("2006-08-31"))).isEmpty();
    assertThat(k.term().endKind()).isEqualTo(RangeEnd.UNKNOWN);
    assertThat(k.term().end()).isEmpty();
    assertThat(SCO.officialOn(Post.RATS_DIRECTOR, date("2006-05-31"))).isEmpty();
    assertThat(SCO.officialOn(Post.RATS_DIRECTOR, date("2008-10-30")).map(Official::id))
        .contains("rats-myrzakan-subanov");
    // one Director at a time: his unknown end is bounded by his successor's start, so later days list only the holder
    assertThat(SCO.officialsOn(Post.RATS_DIRECTOR, date("2006-12-31"))).containsExactly(k);
    assertThat(SCO.officialsOn(Post.RATS_DIRECTOR, date("2020-06-01")).stream().map(Official::id))
        .containsExactly("rats-jumakhon-giyosov");
  }

  @Test
  void dzhumanbekovsConfidenceFollowsHisAttestedSpan() {
    for (String day : new String[] {"2010-05-22", "2010-11-25", "2012-05-11", "2012-06-07", "2012-12-05"}) {
      assertThat(SCO.officialOn(Post.RATS_DIRECTOR, date(day)).map(Official::id))
          .as(day)
          .contains("rats-dzhenisbek-dzhumanbekov");
    }
    assertThat(SCO.official("rats-dzhenisbek-dzhumanbekov").orElseThrow().confidence()).isEqualTo(Confidence.HIGH);
  }

  // ------------------------------------------------------------------ names (names.tsv)

  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource({
    "TR, Турция, 土耳其", "KH, Камбоджа, 柬埔寨", "MN, Монголия, 蒙古国", "LA, Лаос, 老挝",
    "KG, Кыргызстан, 吉尔吉斯斯坦", "BY, Беларусь, 白俄罗斯",
  })
  void shortNamesAsScoTextsUseThem(String code, String ru, String zh) {
    State s = SCO.state(cc(code)).orElseThrow();
    assertThat(s.nameRu()).isEqualTo(ru);
    assertThat(s.nameZh()).isEqualTo(zh);
    assertThat(s.sources()).hasSizeGreaterThan(1);
  }

  @Test
  void everyRussianNameIsCyrillic() {
    Pattern cyrillic = Pattern.compile("[\\p{IsCyrillic} -]+");
    assertThat(SCO.states()).allSatisfy(s -> assertThat(s.nameRu()).as(s.code().code()).matches(cyrillic));
  }

  @Test
  void theRotationOrderOfMembersIsUnchangedAndTurkeySortsAmongTheCyrillicNames() {
    List<State> members = SCO.membersOn(date("2026-03-10")).stream().map(c -> SCO.state(c).orElseThrow()).toList();
    assertThat(RotationOrder.sort(members).stream().map(Object::toString).toList())
        .containsExactly("BY", "IN", "IR", "KZ", "CN", "KG", "PK", "RU", "TJ", "UZ");
    List<String> all = RotationOrder.sort(SCO.states()).stream().map(Object::toString).toList();
    // «Таджикистан» < «Турция» < «Узбекистан»; «Лаос» after «Кыргызстан»
    assertThat(all.indexOf("TR")).isEqualTo(all.indexOf("TJ") + 1);
    assertThat(all.indexOf("UZ")).isGreaterThan(all.indexOf("TR"));
    assertThat(all.indexOf("LA")).isGreaterThan(all.indexOf("KG"));
  }

  // ------------------------------------------------------------------ sources (sources.tsv)

  private static final Pattern BARE_ADDRESS = Pattern.compile("^(https?://)?[\\w-]+(\\.[\\w-]+)+(/\\S*)?$");

  @Test
  void everySourceHasATitleThatIsNotAnAddressAndAPublisher() {
    assertThat(SCO.sources()).allSatisfy(s -> {
      assertThat(s.title()).as(s.id()).doesNotMatch(BARE_ADDRESS).doesNotContain("://");
      assertThat(s.title()).as(s.id()).doesNotStartWith("and ").doesNotStartWith("also ");
      assertThat(s.publisher()).as(s.id()).isPresent();
    });
  }

  /** An id of the registry: capitals, digits and hyphens, such as {@code TASS-KGPRES} or {@code PRIME-25}. */
  private static final Pattern REGISTRY_ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

  @Test
  void noTitleIsARegistryFragmentOrTheSourcesOwnAddress() {
    Set<String> ids = SCO.sources().stream().map(Source::id).collect(Collectors.toSet());
    assertThat(SCO.sources()).allSatisfy(s -> {
      String title = s.title().strip();
      assertThat(title).as(s.id()).isNotBlank().doesNotMatch(REGISTRY_ID);
      assertThat(ids).as(s.id() + ": title is another source's id").doesNotContain(title);
      assertThat(title).as(s.id()).doesNotContain("www.").doesNotEndWithIgnoringCase(".html")
          .doesNotEndWithIgnoringCase(".htm").doesNotEndWithIgnoringCase(".txt");
      s.url().ifPresent(u -> assertThat(title).as(s.id()).isNotEqualToIgnoringCase(u)
          .doesNotContain(u.replaceFirst("^https?://", "")));
      assertThat(s.publisher().orElseThrow().strip()).as(s.id()).isNotBlank().doesNotContain("://")
          .doesNotContain("\\");
      assertThat(title).as(s.id()).doesNotContain("\\");
    });
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "SEED-1; To carry forward Shanghai Spirit and strengthen solidarity, coordination; People's Daily Online;"
            + " 2024-10-21",
        "SEED-2; China celebrates 20th Anniversary of SCO Secretariat; The Diplomatic Insight (TDI); 2024-02-22",
        "SEED-3; China commits to building closer SCO community with shared future; Beijing Review, Xinhua text;"
            + " 2023-07-04",
        "TASS-LAOS; With admission of Laos as partner SCO grows to 27 like-minded countries — Chinese MFA; TASS;"
            + " 2025-09-01",
        "IFX-2009; Белоруссии и Шри Ланке предоставлен статус партнеров ШОС; Интерфакс (Interfax); 2009-06-16",
      })
  void recoveredTitlesPublishersAndDates(String id, String title, String publisher, String published) {
    Source s = SCO.source(id).orElseThrow();
    assertThat(s.title()).isEqualTo(title);
    assertThat(s.publisher()).contains(publisher);
    assertThat(s.published()).contains(PartialDate.parse(published));
  }

  @Test
  void seedArticlesAreCitedByPublisherTitleAndDateNotByFileName() {
    assertThat(SCO.sources()).filteredOn(s -> s.id().startsWith("SEED-")).hasSize(5).allSatisfy(s -> {
      assertThat(s.title()).as(s.id()).doesNotContain(".txt").doesNotContainIgnoringCase("seed");
      assertThat(s.publisher()).as(s.id()).isPresent();
      assertThat(s.published()).as(s.id()).isPresent();
    });
  }

  @Test
  void theTruncatedKpscAddressIsRecovered() {
    assertThat(SCO.source("KPSC").orElseThrow().url())
        .contains("https://www.kpscvaani.com/current-affairs/2027-essio-shrngsbhe-shrngsbheynnu-aayoojisliruv-p/20545/details");
  }
}
