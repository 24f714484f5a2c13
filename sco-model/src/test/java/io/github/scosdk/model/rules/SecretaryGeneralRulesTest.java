package io.github.scosdk.model.rules;

import static io.github.scosdk.model.rules.RealHistory.c;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code official.rotation-order} and {@code official.term-length} (Charter Art. 11) on the real Secretary-General
 * terms 2004-2027 over the real membership history, and on changed copies of them.
 */
class SecretaryGeneralRulesTest {

  private static final List<String> PRACTICE_CYCLE =
      List.of("sg-zhang-deguang", "sg-bolat-nurgaliyev", "sg-muratbek-imanaliev", "sg-zhang-ming",
          "sg-nurlan-yermekbayev");

  private static Official sg(String id, String state, DateRange term) {
    return Official.builder()
        .id(id)
        .name("Secretary-General " + id)
        .post(Post.SECRETARY_GENERAL)
        .state(c(state))
        .term(term)
        .addSource(RealHistory.SRC)
        .build();
  }

  private static DateRange years(int from, int toExclusive) {
    return DateRange.of(PartialDate.ofYear(from), PartialDate.ofYear(toExclusive));
  }

  private static DateRange days(String from, String toExclusive) {
    return DateRange.of(PartialDate.parse(from), PartialDate.parse(toExclusive));
  }

  /** The real terms, as sco-data records them (year precision for the first three). */
  private static final List<DateRange> REAL_TERMS =
      List.of(
          years(2004, 2007),
          years(2007, 2010),
          years(2010, 2013),
          days("2013-01-01", "2016-01-01"),
          days("2016-01-01", "2019-01-01"),
          days("2019-01-01", "2022-01-01"),
          days("2022-01-01", "2025-01-01"),
          days("2025-01-01", "2028-01-01"));

  /** The real terms held by the states given, with the ids given. */
  private static List<Official> chain(List<String> ids, String... states) {
    List<Official> terms = new java.util.ArrayList<>();
    for (int i = 0; i < states.length; i++) {
      terms.add(sg(ids.get(i), states[i], REAL_TERMS.get(i)));
    }
    return terms;
  }

  private static List<Official> realTerms() {
    return chain(
        List.of("sg-zhang-deguang", "sg-bolat-nurgaliyev", "sg-muratbek-imanaliev", "sg-dmitry-mezentsev",
            "sg-rashid-alimov", "sg-vladimir-norov", "sg-zhang-ming", "sg-nurlan-yermekbayev"),
        "CN", "KZ", "KG", "RU", "TJ", "UZ", "CN", "KZ");
  }

  private static RotationException practiceCycle(Body body) {
    return RotationException.builder()
        .id("sg-practice-cycle")
        .body(body)
        .kind(RotationExceptionKind.IRREGULAR_PERIOD)
        .officials(PRACTICE_CYCLE)
        .description("China first, then the founders' order; new members skipped")
        .addSource(RealHistory.SRC)
        .build();
  }

  private static ScoDataset withTerms(List<Official> terms, RotationException... exceptions) {
    ScoDataset.Builder b = RealHistory.builder().addAllOfficials(terms);
    for (RotationException e : exceptions) {
      b.addRotationException(e);
    }
    return b.build();
  }

  // ---------------------------------------------------------------- official.rotation-order

  @Test
  void theRealTermsWithThePracticeCycleDeclaredAreClean() {
    ScoDataset d = withTerms(realTerms(), practiceCycle(Body.SECRETARIAT));
    assertThat(Validator.standard().strict().validate(d).violations()).isEmpty();
  }

  @Test
  void undeclaredTheFiveTermsOfThePracticeCycleDeviateAndTheOtherThreeFollowTheRule() {
    List<Violation> v = Reports.only(RuleIds.OFFICIAL_ROTATION_ORDER, withTerms(realTerms()));
    assertThat(v).extracting(Violation::subject).containsExactlyElementsOf(PRACTICE_CYCLE);
    assertThat(v).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    assertThat(v.get(0).pointer()).contains("/officials/0/state");
    assertThat(v.get(0).message())
        .contains("CN", "sg-zhang-deguang", "expects KZ (Казахстан)", "first member", "Charter Art. 11");
    // 2007: after China comes Kyrgyzstan (Китай < Кыргызстан), not Kazakhstan
    assertThat(v.get(1).message()).contains("expects KG (Кыргызстан)", "after CN (Китай)");
    // 2022: after Uzbekistan the order wraps to India, a member since 2017
    assertThat(v.get(3).message()).contains("expects IN (Индия)", "after UZ");
  }

  @Test
  void strictModeMakesAnUndeclaredDeviationAnError() {
    List<Violation> v = Reports.only(RuleIds.OFFICIAL_ROTATION_ORDER, Validator.standard().strict(),
        withTerms(realTerms()));
    assertThat(v).hasSize(5).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void onlyAnExceptionOfTheSecretariatExcusesASecretaryGeneralTerm() {
    ScoDataset d = withTerms(realTerms(), practiceCycle(Body.COUNCIL_OF_HEADS_OF_STATE));
    assertThat(Reports.only(RuleIds.OFFICIAL_ROTATION_ORDER, d)).hasSize(5);
  }

  @Test
  void aChainInTheCharterOrderNeedsNoException() {
    List<Official> charter =
        chain(List.of("sg-1", "sg-2", "sg-3", "sg-4", "sg-5", "sg-6", "sg-7", "sg-8"),
            "KZ", "CN", "KG", "RU", "TJ", "UZ", "IN", "IR");
    assertThat(Validator.standard().strict().validate(withTerms(charter)).violations()).isEmpty();
  }

  /** The rotation-order violations of the second of the terms (the first, UZ, is not first in the order). */
  private static List<Violation> ofSecondTerm(Official first, Official second) {
    List<Violation> v =
        Validator.only(RuleIds.OFFICIAL_ROTATION_ORDER).validate(withTerms(List.of(first, second))).violations();
    return v.stream().filter(x -> x.subject().equals(second.id())).toList();
  }

  @Test
  void aStartKnownOnlyToTheYearAcceptsTheHolderExpectedOnAnyDayOfIt() {
    // On 2017-01-01 Kazakhstan follows Uzbekistan; from 2017-06-09 India, a member from then, does.
    Official uz = sg("sg-1", "UZ", years(2014, 2017));
    for (String holder : new String[] {"KZ", "IN"}) {
      assertThat(ofSecondTerm(uz, sg("sg-2", holder, years(2017, 2020)))).as(holder).isEmpty();
    }
    assertThat(ofSecondTerm(uz, sg("sg-2", "CN", years(2017, 2020))))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("one of KZ (Казахстан), IN (Индия)", "after UZ"));
    // known to the day, the start has one set of members
    assertThat(ofSecondTerm(uz, sg("sg-2", "IN", days("2017-01-01", "2020-01-01"))))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("expects KZ (Казахстан),"));
  }

  @Test
  void otherPostsAndTermsOfUnknownStatesAreNotChecked() {
    Official deputy =
        Official.builder().from(sg("dsg-1", "CN", years(2004, 2007))).post(Post.DEPUTY_SECRETARY_GENERAL).build();
    Official rats =
        Official.builder().from(sg("rats-1", "UZ", years(2004, 2020))).post(Post.RATS_DIRECTOR).build();
    ScoDataset d = withTerms(List.of(deputy, rats));
    assertThat(Validator.only(RuleIds.OFFICIAL_ROTATION_ORDER, RuleIds.OFFICIAL_TERM_LENGTH).validate(d).violations())
        .isEmpty();
    // a state without a record is reference.resolves's to report
    ScoDataset unknown = withTerms(List.of(sg("sg-1", "FR", years(2004, 2007))));
    assertThat(Validator.only(RuleIds.OFFICIAL_ROTATION_ORDER).validate(unknown).violations()).isEmpty();
  }

  // ---------------------------------------------------------------- official.term-length

  private static List<Violation> lengthViolations(ScoDataset d) {
    return Validator.only(RuleIds.OFFICIAL_TERM_LENGTH).validate(d).violations();
  }

  private static List<Violation> lengthOf(DateRange term) {
    return lengthViolations(withTerms(List.of(sg("sg-x", "KZ", term))));
  }

  @Test
  void threeYearsToTheDayOrToTheYearHold() {
    assertThat(lengthOf(days("2025-01-01", "2028-01-01"))).isEmpty();
    assertThat(lengthOf(days("2024-02-29", "2027-02-28"))).isEmpty();
    assertThat(lengthOf(years(2004, 2007))).isEmpty();
    // year 2004 may be 2004-12-31, so the end may be 2007-12-31: possibly exactly three years
    assertThat(lengthOf(DateRange.of(PartialDate.ofYear(2004), PartialDate.parse("2007-12-31")))).isEmpty();
    assertThat(lengthOf(DateRange.of(PartialDate.ofYearMonth(2004, 1), PartialDate.ofYear(2007)))).isEmpty();
  }

  @Test
  void aTermOfAnyOtherLengthIsAnErrorAtItsTerm() {
    List<Violation> longer = lengthOf(days("2025-01-01", "2028-01-02"));
    assertThat(longer).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(RuleIds.OFFICIAL_TERM_LENGTH);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.subject()).isEqualTo("sg-x");
      assertThat(v.pointer()).contains("/officials/0/term");
      assertThat(v.message()).contains("more than three years", "extension", "on 2028-01-01");
    });
    assertThat(lengthOf(days("2025-01-01", "2027-12-31")))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("less than three years"));
    assertThat(lengthOf(years(2004, 2008)))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("more than three years", "between 2007-01-01 and 2007-12-31"));
    assertThat(lengthOf(years(2004, 2006))).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("less than three years"));
  }

  @Test
  void anOngoingTermIsAnExtensionOnceTheAsOfDateReachesItsThirdAnniversary() {
    ScoDataset.Builder b = RealHistory.builder().addOfficial(sg("sg-x", "KZ", DateRange.ongoing(PartialDate.parse(
        "2023-11-22"))));
    // RealHistory's as-of date is 2026-11-22: exactly three years on, the term should have ended that day
    assertThat(lengthViolations(b.build())).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("still running on the as-of date 2026-11-22"));
    assertThat(lengthViolations(b.asOfDate(LocalDate.parse("2026-11-21")).build())).isEmpty();
    ScoDataset undated = ScoDataset.builder().from(b.build()).asOfDate(java.util.Optional.empty()).build();
    assertThat(lengthViolations(undated)).isEmpty();
  }

  @Test
  void anUnknownEndCannotBeChecked() {
    assertThat(lengthOf(DateRange.endUnknown(PartialDate.ofYear(2004)))).isEmpty();
  }

  @Test
  void theRealTermsAreAllThreeYearsLong() {
    assertThat(lengthViolations(withTerms(realTerms()))).isEmpty();
  }
}
