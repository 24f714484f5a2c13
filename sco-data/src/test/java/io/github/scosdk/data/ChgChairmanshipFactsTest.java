package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.HolderPrediction;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CHG chairmanship of the reference dataset, asserted through the public query API. Expected values are copied
 * from docs/staging/model2-facts.md §1-2 (facts 2026-12 {@code chg.tsv}, {@code rotations.tsv}), never from the
 * dataset.
 */
class ChgChairmanshipFactsTest {

  private static final ScoDataset SCO = ReferenceFixture.dataset();
  private static final Body CHG = Body.COUNCIL_OF_HEADS_OF_GOVERNMENT;

  @ParameterizedTest(name = "CHG chair on {0}: {1} ({2})")
  @CsvSource({
    "2002-06-01, CN, chg-term-2001-cn",
    "2003-06-01, CN, chg-term-2001-cn",
    "2004-06-01, KG, chg-term-2003-kg",
    "2005-06-01, RU, chg-term-2004-ru",
    "2006-06-01, TJ, chg-term-2005-tj",
    "2007-06-01, UZ, chg-term-2006-uz",
    "2008-06-01, KZ, chg-term-2007-kz",
    "2009-06-01, CN, chg-term-2008-cn",
    "2010-06-01, TJ, chg-term-2009-tj",
    "2011-06-01, RU, chg-term-2010-ru",
    "2012-06-01, KG, chg-term-2011-kg",
    "2013-06-01, UZ, chg-term-2012-uz",
    "2014-06-01, KZ, chg-term-2013-kz",
    "2015-06-01, CN, chg-term-2014-cn",
    "2016-06-01, KG, chg-term-2015-kg",
    "2017-06-01, RU, chg-term-2016-ru",
    "2018-06-01, TJ, chg-term-2017-tj",
    "2019-06-01, UZ, chg-term-2018-uz",
    "2020-06-01, IN, chg-term-2019-in",
    "2021-06-01, KZ, chg-term-2020-kz",
    "2022-06-01, CN, chg-term-2021-cn",
    "2023-06-01, KG, chg-term-2022-kg",
    "2024-06-01, PK, chg-term-2023-pk",
    "2025-06-01, RU, chg-term-2024-ru",
    "2026-03-01, TJ, chg-term-2025-tj",
  })
  void chgChairOnOneDayOfEachYear(String day, String holder, String term) {
    Presidency p = SCO.presidencyOn(CHG, LocalDate.parse(day)).orElseThrow();
    assertThat(p.holder()).isEqualTo(cc(holder));
    assertThat(p.id()).isEqualTo(term);
    assertThat(p.body()).isEqualTo(CHG);
  }

  @Test
  void twentyFourTermsFromAlmaty2001EachFromTheCloseOfOneMeetingToTheCloseOfTheNext() {
    List<Presidency> timeline = SCO.presidencyTimeline(CHG);
    assertThat(timeline).hasSize(24);
    assertThat(SCO.presidencyBodies()).contains(Body.COUNCIL_OF_HEADS_OF_STATE, CHG);
    assertThat(SCO.presidencyOn(CHG, LocalDate.of(2001, 9, 13))).isEmpty();
    for (Presidency p : timeline) {
      Meeting opened = SCO.meeting(p.openedAt().orElseThrow()).orElseThrow();
      assertThat(opened.body()).isEqualTo(CHG);
      assertThat(p.term().start()).isEqualTo(opened.endDate());
      Meeting closing = SCO.meeting(p.closedAt().orElseThrow()).orElseThrow();
      assertThat(closing.host()).contains(p.holder());
    }
    Presidency current = timeline.get(timeline.size() - 1);
    assertThat(current.id()).isEqualTo("chg-term-2025-tj");
    assertThat(current.term().isOngoing()).isTrue();
    assertThat(current.closedAt()).contains("chg-2026-dushanbe");
  }

  @Test
  void onTheClosingDayOfAMeetingTheNextHolderChairs() {
    assertThat(SCO.presidencyOn(CHG, LocalDate.of(2025, 11, 17)).map(Presidency::holder)).contains(cc("RU"));
    assertThat(SCO.presidencyOn(CHG, LocalDate.of(2025, 11, 18)).map(Presidency::holder)).contains(cc("TJ"));
    assertThat(SCO.presidencyOn(CHG, LocalDate.of(2024, 10, 15)).map(Presidency::holder)).contains(cc("PK"));
    assertThat(SCO.presidencyOn(CHG, LocalDate.of(2024, 10, 16)).map(Presidency::holder)).contains(cc("RU"));
  }

  @Test
  void termsWhoseClosingMeetingNamesNoChairAreOfMediumConfidence() {
    assertThat(SCO.presidencyTimeline(CHG).stream().filter(p -> p.confidence() == Confidence.MEDIUM)
            .map(Presidency::id))
        .containsExactly(
            "chg-term-2001-cn", "chg-term-2003-kg", "chg-term-2004-ru", "chg-term-2005-tj", "chg-term-2006-uz",
            "chg-term-2010-ru", "chg-term-2013-kz", "chg-term-2025-tj");
  }

  @Test
  void afterTheTajikTermUzbekistanIsNextUnderTheStrictRule() {
    HolderPrediction next = SCO.predictNextHolder(CHG, LocalDate.of(2026, 3, 10));
    assertThat(next.body()).isEqualTo(CHG);
    assertThat(next.current().map(Presidency::id)).contains("chg-term-2025-tj");
    assertThat(next.predicted()).contains(cc("UZ"));
    // the CHS presidency is a separate office: Kyrgyzstan holds it, Pakistan follows under the strict rule
    assertThat(SCO.predictNextHolder(LocalDate.of(2026, 3, 10)).current().map(Presidency::holder))
        .contains(cc("KG"));
  }

  @Test
  void theChgChairIsNeverThePresidencyStateOnTheFirstDayOfItsTerm() {
    // rotations.tsv: in no year did the CHG chair fall to the state holding the CHS presidency
    for (Presidency p : SCO.presidencyTimeline(CHG)) {
      LocalDate first = p.term().start().earliest();
      Optional<Presidency> chs = SCO.presidencyOn(first);
      assertThat(chs.map(Presidency::holder)).as(p.id()).isNotEqualTo(Optional.of(p.holder()));
    }
  }

  @Test
  void oneIrregularPeriodDeclaredForTheFourTermsClosed2010To2013() {
    List<RotationException> chg =
        SCO.rotationExceptions().stream().filter(e -> e.body() == CHG).toList();
    assertThat(chg).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(RotationExceptionKind.IRREGULAR_PERIOD);
      assertThat(e.presidencies())
          .containsExactly("chg-term-2009-tj", "chg-term-2010-ru", "chg-term-2011-kg", "chg-term-2012-uz");
      assertThat(e.sources())
          .containsExactlyInAnyOrder("CNEMB-IN-10", "CCTV-10", "WJ-CHG11", "RFERL-11", "WJ-CHG12", "WJ-CHG13");
      assertThat(e.note()).hasValueSatisfying(n -> assertThat(n).contains("2008-2013").contains("four"));
    });
  }
}
