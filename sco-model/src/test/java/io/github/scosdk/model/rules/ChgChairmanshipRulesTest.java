package io.github.scosdk.model.rules;

import static io.github.scosdk.model.rules.RealHistory.SRC;
import static io.github.scosdk.model.rules.RealHistory.c;
import static io.github.scosdk.model.rules.RealHistory.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingFormat;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The presidency rules and {@code meeting.chair} on the chairmanship of the Council of Heads of Government: the
 * real CHG series 2001-2025 (shared/facts/2026-12/chg.tsv, docs/staging/model2-facts.md §1-2) on top of the real
 * CHS history, clean as a whole, and each rule firing for a CHG term when one fact is changed.
 */
class ChgChairmanshipRulesTest {

  /** Closing day, city (null: video) and host of each regular CHG meeting. */
  private static final String[][] MEETINGS = {
    {"2001-09-14", "Almaty", "KZ"}, {"2003-09-23", "Beijing", "CN"}, {"2004-09-23", "Bishkek", "KG"},
    {"2005-10-26", "Moscow", "RU"}, {"2006-09-15", "Dushanbe", "TJ"}, {"2007-11-02", "Tashkent", "UZ"},
    {"2008-10-30", "Astana", "KZ"}, {"2009-10-14", "Beijing", "CN"}, {"2010-11-25", "Dushanbe", "TJ"},
    {"2011-11-07", "Saint Petersburg", "RU"}, {"2012-12-05", "Bishkek", "KG"}, {"2013-11-29", "Tashkent", "UZ"},
    {"2014-12-15", "Astana", "KZ"}, {"2015-12-15", "Zhengzhou", "CN"}, {"2016-11-03", "Bishkek", "KG"},
    {"2017-12-01", "Sochi", "RU"}, {"2018-10-12", "Dushanbe", "TJ"}, {"2019-11-02", "Tashkent", "UZ"},
    {"2020-11-30", null, "IN"}, {"2021-11-25", null, "KZ"}, {"2022-11-01", null, "CN"},
    {"2023-10-26", "Bishkek", "KG"}, {"2024-10-16", "Islamabad", "PK"}, {"2025-11-18", "Moscow", "RU"},
  };

  private static String meetingId(int i) {
    return "chg-" + MEETINGS[i][0].substring(0, 4);
  }

  private static String termId(int i) {
    return "chg-term-" + MEETINGS[i][0].substring(0, 4);
  }

  static ScoDataset.Builder builder() {
    ScoDataset.Builder b = RealHistory.builder();
    for (int i = 0; i < MEETINGS.length; i++) {
      String[] m = MEETINGS[i];
      Meeting.Builder mb =
          Meeting.builder().id(meetingId(i)).body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
              .startDate(PartialDate.parse(m[0])).host(c(m[2])).addSource(SRC);
      if (m[1] == null) {
        mb.format(MeetingFormat.VIDEO);
      } else {
        mb.venue(Venue.of(m[1], c(m[2])));
      }
      if (i > 0) {
        mb.chair(c(m[2])); // the holder of the term it closes
      }
      b.addMeeting(mb.build());
    }
    for (int i = 0; i < MEETINGS.length; i++) {
      // the term opened at meeting i is held by the host of meeting i + 1 (Tajikistan after Moscow 2025)
      String holder = i + 1 < MEETINGS.length ? MEETINGS[i + 1][2] : "TJ";
      PartialDate start = PartialDate.parse(MEETINGS[i][0]);
      Presidency.Builder p =
          Presidency.builder().id(termId(i)).body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT).holder(c(holder))
              .openedAt(meetingId(i)).addSource(SRC);
      if (i + 1 < MEETINGS.length) {
        p.term(DateRange.of(start, PartialDate.parse(MEETINGS[i + 1][0]))).closedAt(meetingId(i + 1));
      } else {
        p.term(DateRange.ongoing(start));
      }
      b.addPresidency(p.build());
    }
    b.addRotationException(
        RotationException.builder().id("rx-chg-irregular-2010-2013").body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
            .kind(RotationExceptionKind.IRREGULAR_PERIOD)
            .presidencies(List.of("chg-term-2009", "chg-term-2010", "chg-term-2011", "chg-term-2012"))
            .description("2010-2013: the CHG chair did not follow the Russian order").addSource(SRC).build());
    return b;
  }

  private static ScoDataset withChgTerm(String id, UnaryOperator<Presidency> edit) {
    ScoDataset real = builder().build();
    List<Presidency> terms = new ArrayList<>(real.presidencies());
    terms.replaceAll(p -> p.id().equals(id) ? edit.apply(p) : p);
    return ScoDataset.builder().from(real).presidencies(terms).build();
  }

  private static ScoDataset withMeeting(String id, UnaryOperator<Meeting> edit) {
    ScoDataset real = builder().build();
    List<Meeting> meetings = new ArrayList<>(real.meetings());
    meetings.replaceAll(m -> m.id().equals(id) ? edit.apply(m) : m);
    return ScoDataset.builder().from(real).meetings(meetings).build();
  }

  @Test
  void theRealChgSeriesWithItsDeclaredExceptionIsCleanInStrictMode() {
    ScoDataset data = builder().build();
    assertThat(Validator.standard().strict().validate(data).violations()).isEmpty();
    assertThat(data.presidencyTimeline(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)).hasSize(24);
    assertThat(data.presidencyTimeline()).hasSize(25).allSatisfy(p -> assertThat(p.body()).isEqualTo(Body.COUNCIL_OF_HEADS_OF_STATE));
    assertThat(data.presidencyOn(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT, d("2019-11-02")).get().holder()).isEqualTo(c("IN"));
    assertThat(data.presidencyOn(d("2019-11-02")).get().holder()).isEqualTo(c("RU"));
  }

  // ---------------------------------------------------------------- presidency.rotation-order

  @Test
  void withoutTheChgExceptionTheFourIrregularTermsOf2010To2013AreWarnings() {
    ScoDataset real = builder().build();
    List<RotationException> kept = new ArrayList<>(real.rotationExceptions());
    kept.removeIf(e -> e.body() == Body.COUNCIL_OF_HEADS_OF_GOVERNMENT);
    List<Violation> v =
        Reports.only(RuleIds.PRESIDENCY_ROTATION_ORDER, ScoDataset.builder().from(real).rotationExceptions(kept).build());
    assertThat(v).extracting(Violation::subject)
        .containsExactly("chg-term-2009", "chg-term-2010", "chg-term-2011", "chg-term-2012");
    assertThat(v).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    assertThat(v.get(0).message()).contains("TJ succeeds CN on 2009-10-14", "expects KG (Кыргызстан)");
  }

  @Test
  void aChsExceptionDoesNotExcuseAChgTermWithTheSameListedId() {
    ScoDataset real = builder().build();
    List<RotationException> moved = new ArrayList<>(real.rotationExceptions());
    moved.replaceAll(e -> e.body() == Body.COUNCIL_OF_HEADS_OF_GOVERNMENT ? e.withBody(Body.COUNCIL_OF_HEADS_OF_STATE) : e);
    List<Violation> v =
        Reports.only(RuleIds.PRESIDENCY_ROTATION_ORDER, ScoDataset.builder().from(real).rotationExceptions(moved).build());
    assertThat(v).hasSize(4);
  }

  // ---------------------------------------------------------------- presidency.continuity

  @Test
  void aGapBetweenTwoChgTermsIsReportedOnTheLaterOne() {
    ScoDataset gap =
        withChgTerm("chg-term-2016", p -> p.withTerm(DateRange.of(PartialDate.parse("2016-11-10"), p.term().end().get())));
    List<Violation> v = Validator.only(RuleIds.PRESIDENCY_CONTINUITY).validate(gap).violations();
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("chg-term-2016");
      assertThat(x.message()).contains("a gap of 7 day(s)", "chg-term-2015");
    });
  }

  @Test
  void chgTermsAndChsTermsFormSeparateTimelinesThatOverlapFreely() {
    // every CHG term overlaps CHS terms: no continuity report, although all terms in one list would overlap
    assertThat(Validator.only(RuleIds.PRESIDENCY_CONTINUITY).validate(builder().build()).violations()).isEmpty();
  }

  // ---------------------------------------------------------------- presidency.holder-is-member

  @Test
  void aChgHolderThatIsNotAMemberIsAnError() {
    ScoDataset data = withChgTerm("chg-term-2015", p -> p.withHolder(c("TM"))); // no status ever
    List<Violation> v = Validator.only(RuleIds.PRESIDENCY_HOLDER_IS_MEMBER).validate(data).violations();
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("chg-term-2015");
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.message()).contains("TM holds the CHG chairmanship from 2015-12-15", "no status, not member");
      assertThat(x.pointer()).hasValueSatisfying(ptr -> assertThat(ptr).endsWith("/holder"));
    });
  }

  // ---------------------------------------------------------------- presidency.summit-host

  @Test
  void theChgMeetingClosingATermMustBeHostedByItsHolder() {
    ScoDataset data = withMeeting("chg-2023", m -> m.withHost(c("CN")));
    List<Violation> v = Reports.only(RuleIds.PRESIDENCY_SUMMIT_HOST, data);
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("chg-term-2022");
      assertThat(x.message()).contains("closed by meeting chg-2023, which is hosted by CN, not by the holder");
    });
  }

  @Test
  void aChgTermClosedByASummitIsReportedAsNotClosedByACouncilOfHeadsOfGovernmentMeeting() {
    ScoDataset data = withChgTerm("chg-term-2022", p -> p.withClosedAt("chs-2023"));
    List<Violation> v = Validator.only(RuleIds.PRESIDENCY_SUMMIT_HOST).validate(data).violations();
    assertThat(v).singleElement().satisfies(x ->
        assertThat(x.message()).contains("regular CHS meeting, not a regular Council of Heads of Government meeting"));
  }

  @Test
  void theVideoMeetingOf2020IsOrganisedByItsHolderIndia() {
    ScoDataset data = withMeeting("chg-2020", m -> m.withHost(c("RU")));
    assertThat(Validator.only(RuleIds.PRESIDENCY_SUMMIT_HOST).validate(data).violations())
        .singleElement().satisfies(x -> assertThat(x.subject()).isEqualTo("chg-term-2019"));
  }

  // ---------------------------------------------------------------- meeting.chair

  @Test
  void aChgMeetingIsCheckedAgainstTheChgChairmanshipNotThePresidency() {
    // 2019-11-02: Russia holds the CHS presidency, Uzbekistan the CHG chairmanship (closing term chg-term-2018)
    ScoDataset data = withMeeting("chg-2019", m -> m.withChair(c("RU")));
    List<Violation> v = Reports.only(RuleIds.MEETING_CHAIR, data);
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.subject()).isEqualTo("chg-2019");
      assertThat(x.message()).contains("CHG meeting chg-2019", "chaired by RU, but UZ holds the CHG chairmanship then",
          "term chg-term-2018");
    });
  }

  @Test
  void aCmfaMeetingIsStillCheckedAgainstTheChsPresidency() {
    ScoDataset real = builder().build();
    Meeting cmfa = Meeting.builder().id("cmfa-2021").body(Body.COUNCIL_OF_FOREIGN_MINISTERS)
        .startDate(PartialDate.parse("2021-07-13")).endDate(PartialDate.parse("2021-07-14"))
        .venue(Venue.of("Dushanbe", c("TJ"))).host(c("TJ")).chair(c("KZ")).addSource(SRC).build();
    List<Violation> v = Reports.only(RuleIds.MEETING_CHAIR, ScoDataset.builder().from(real).addMeeting(cmfa).build());
    assertThat(v).singleElement().satisfies(x ->
        assertThat(x.message()).contains("chaired by KZ, but TJ holds the presidency then (term term-2020)"));
  }
}
