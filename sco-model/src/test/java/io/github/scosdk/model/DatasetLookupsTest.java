package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dataset's look-ups on edge cases the history tests do not reach: presidency terms that start on the same
 * day or overlap (a dataset may break the rules; the look-up still answers), a day on a boundary or in a gap;
 * member states without a state record; records listed out of date order; documents in an as-of snapshot.
 */
class DatasetLookupsTest {

  private static final StateCode CN = StateCode.of("CN");
  private static final StateCode KZ = StateCode.of("KZ");
  private static final StateCode RU = StateCode.of("RU");

  private static PartialDate p(String iso) {
    return PartialDate.parse(iso);
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Presidency term(String id, StateCode holder, String start, String end) {
    DateRange range = end == null ? DateRange.ongoing(p(start)) : DateRange.of(p(start), p(end));
    return Presidency.builder().id(id).holder(holder).term(range).build();
  }

  private static ScoDataset presidencies(Presidency... terms) {
    return ScoDataset.builder().addPresidencies(terms).build();
  }

  @Test
  void aTermRunsFromItsFirstDayUpToButNotIncludingItsEnd() {
    ScoDataset data =
        presidencies(term("t2", KZ, "2011-06-15", "2012-06-07"), term("t1", CN, "2010-06-11", "2011-06-15"));
    assertThat(data.presidencyOn(d("2010-06-10"))).isEmpty();
    assertThat(data.presidencyOn(d("2010-06-11"))).map(Presidency::id).contains("t1");
    assertThat(data.presidencyOn(d("2011-06-14"))).map(Presidency::id).contains("t1");
    assertThat(data.presidencyOn(d("2011-06-15"))).map(Presidency::id).contains("t2");
    assertThat(data.presidencyOn(d("2012-06-06"))).map(Presidency::id).contains("t2");
    assertThat(data.presidencyOn(d("2012-06-07"))).isEmpty();
  }

  @Test
  void aDayInAGapBetweenTermsHasNoPresidency() {
    ScoDataset data =
        presidencies(term("t1", CN, "2010-01-01", "2010-06-01"), term("t2", KZ, "2010-09-01", "2011-01-01"));
    assertThat(data.presidencyOn(d("2010-07-01"))).isEmpty();
    assertThat(data.presidencyOn(d("2010-09-01"))).map(Presidency::id).contains("t2");
  }

  @Test
  void ofTermsStartingOnTheSameDayTheLastListedAnswersWhereverTheyStand() {
    ScoDataset atTheEnd =
        presidencies(term("t0", RU, "2009-01-01", "2010-01-01"), term("a", CN, "2010-01-01", "2011-01-01"),
            term("b", KZ, "2010-01-01", "2011-01-01"));
    assertThat(atTheEnd.presidencyOn(d("2010-01-01"))).map(Presidency::id).contains("b");
    assertThat(atTheEnd.presidencyOn(d("2010-05-01"))).map(Presidency::id).contains("b");
    ScoDataset inTheMiddle =
        presidencies(term("a", CN, "2010-01-01", "2011-01-01"), term("b", KZ, "2010-01-01", "2011-01-01"),
            term("c", RU, "2010-01-01", "2011-01-01"), term("z", RU, "2011-01-01", null));
    assertThat(inTheMiddle.presidencyOn(d("2010-01-01"))).map(Presidency::id).contains("c");
    assertThat(inTheMiddle.presidencyOn(d("2030-01-01"))).map(Presidency::id).contains("z");
  }

  @Test
  void anOverlappedLongTermIsFoundBehindAShortOneThatHasEnded() {
    ScoDataset data =
        presidencies(term("long", CN, "2000-01-01", "2010-01-01"), term("short", KZ, "2001-01-01", "2002-01-01"));
    assertThat(data.presidencyOn(d("2001-06-01"))).map(Presidency::id).contains("short");
    assertThat(data.presidencyOn(d("2005-01-01"))).map(Presidency::id).contains("long");
    assertThat(data.presidencyOn(d("2010-01-01"))).isEmpty();
  }

  @Test
  void theSecretaryGeneralIsLookedUpByPostAndDay() {
    Official sg = Official.builder().id("sg").name("A").post(Post.SECRETARY_GENERAL).state(KZ)
        .term(DateRange.of(p("2025-01-01"), p("2028-01-01"))).build();
    ScoDataset data = ScoDataset.builder().addOfficials(sg).build();
    assertThat(data.officialOn(Post.SECRETARY_GENERAL, d("2025-01-01"))).contains(sg);
    assertThat(data.officialOn(Post.SECRETARY_GENERAL, d("2024-12-31"))).isEmpty();
    assertThat(data.officialOn(Post.RATS_DIRECTOR, d("2025-06-01"))).isEmpty();
  }

  @Test
  void membersWithoutAStateRecordComeLastInCodeOrder() {
    ScoDataset.Builder b = ScoDataset.builder()
        .addStates(State.builder().code(RU).nameEn("Russia").nameRu("Россия").nameZh("俄罗斯").build(),
            State.builder().code(CN).nameEn("China").nameRu("Китай").nameZh("中国").build());
    for (String code : List.of("UZ", "RU", "TJ", "CN", "KG")) {
      b.addStatusChanges(StatusChange.builder().id("m-" + code).state(StateCode.of(code))
          .status(MembershipStatus.MEMBER).date(p("2001-06-15")).build());
    }
    // Китай before Россия (the SCO's Russian alphabetical order), then the codes without a record: KG, TJ, UZ
    assertThat(b.build().membersOn(d("2001-06-15")))
        .containsExactly(CN, RU, StateCode.of("KG"), StateCode.of("TJ"), StateCode.of("UZ"));
  }

  @Test
  void aSnapshotListsMeetingsInDateOrderAndTheDocumentsDatedByThen() {
    Meeting late = Meeting.builder().id("late").body(Body.SECRETARIAT).startDate(p("2024-05-01")).build();
    Meeting early = Meeting.builder().id("early").body(Body.SECRETARIAT).startDate(p("2024-01-01")).build();
    Meeting after = Meeting.builder().id("after").body(Body.SECRETARIAT).startDate(p("2024-07-01")).build();
    Document adopted = document("adopted").adopted(p("2024-03-01")).build();
    Document signedOnly = document("signed").signed(p("2024-02-01")).build();
    Document adoptedLater = document("later").adopted(p("2024-07-01")).signed(p("2024-01-01")).build();
    Document undated = document("undated").build();
    ScoDataset data = ScoDataset.builder().addMeetings(late, after, early)
        .addDocuments(adopted, signedOnly, adoptedLater, undated).build();
    ScoSnapshot s = data.asOf(d("2024-06-30"));
    assertThat(s.meetings()).extracting(Meeting::id).containsExactly("early", "late");
    // a document counts from its adoption, or from its signature when no adoption is recorded
    assertThat(s.documents()).extracting(Document::id).containsExactly("adopted", "signed");
    assertThat(data.asOf(d("2024-07-01")).documents()).extracting(Document::id)
        .containsExactly("adopted", "signed", "later");
  }

  private static Document.Builder document(String id) {
    return Document.builder().id(id).kind(DocumentKind.DECISION).titles(Map.of(Language.EN, id));
  }
}
