package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static io.github.scosdk.model.ModelFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static final LocalDate JUL_04 = LocalDate.of(2024, 7, 4);
  private static final LocalDate SEP_01 = LocalDate.of(2025, 9, 1);

  @Test
  void aBoundedRangeIsHalfOpen() {
    DateRange term = DateRange.of(JUL_04, SEP_01);
    assertThat(term.contains(JUL_04.minusDays(1))).isFalse();
    assertThat(term.contains(JUL_04)).isTrue();
    assertThat(term.contains(SEP_01.minusDays(1))).isTrue();
    assertThat(term.contains(SEP_01)).isFalse();
    assertThat(term.contains(SEP_01.plusDays(1))).isFalse();
  }

  @Test
  void aBoundedRangeExposesItsParts() {
    DateRange term = DateRange.of(JUL_04, SEP_01);
    assertThat(term.start()).isEqualTo(PartialDate.of(JUL_04));
    assertThat(term.end()).contains(PartialDate.of(SEP_01));
    assertThat(term.endKind()).isEqualTo(RangeEnd.BOUNDED);
    assertThat(term.isBounded()).isTrue();
    assertThat(term.isOngoing()).isFalse();
    assertThat(term).hasToString("[2024-07-04, 2025-09-01)");
  }

  @Test
  void anEmptyRangeEndingOnItsStartIsAllowedAndContainsNothing() {
    DateRange empty = DateRange.of(SEP_01, SEP_01);
    assertThat(empty.contains(SEP_01)).isFalse();
    assertThat(empty.contains(SEP_01.minusDays(1))).isFalse();
  }

  @Test
  void endBeforeStartIsRejectedNamingBoth() {
    assertRejected(() -> DateRange.of(SEP_01, SEP_01.minusDays(1)), "end", "2025-08-31");
    assertThatThrownBy(() -> DateRange.of(SEP_01, SEP_01.minusDays(1))).hasMessageContaining("2025-09-01");
    assertRejected(() -> DateRange.of(date("2025"), date("2024-12")), "end", "2024-12");
    assertRejected(() -> DateRange.of(date("2025-09-15"), date("2025-09")), "end", "2025-09");
  }

  @Test
  void withEndChecksTheNewEnd() {
    DateRange ongoing = DateRange.ongoing(date("2024-07-04"));
    DateRange ended = ongoing.withEnd(date("2025-09-01"));
    assertThat(ended).isEqualTo(DateRange.of(JUL_04, SEP_01));
    assertRejected(() -> ongoing.withEnd(date("2024-07-03")), "end", "2024-07-03");
  }

  @Test
  void partialBoundsUseTheirEarliestDay() {
    DateRange range = DateRange.of(date("2010-04"), date("2011"));
    assertThat(range.contains(LocalDate.of(2010, 3, 31))).isFalse();
    assertThat(range.contains(LocalDate.of(2010, 4, 1))).isTrue();
    assertThat(range.contains(LocalDate.of(2010, 12, 31))).isTrue();
    assertThat(range.contains(LocalDate.of(2011, 1, 1))).isFalse();
    assertThat(range).hasToString("[2010-04, 2011)");
  }

  @Test
  void anOngoingRangeContainsEveryDayFromItsStart() {
    DateRange ongoing = DateRange.ongoing(date("2025-09-01"));
    assertThat(ongoing.contains(SEP_01.minusDays(1))).isFalse();
    assertThat(ongoing.contains(SEP_01)).isTrue();
    assertThat(ongoing.contains(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(ongoing.isOngoing()).isTrue();
    assertThat(ongoing.isBounded()).isFalse();
    assertThat(ongoing.endKind()).isEqualTo(RangeEnd.ONGOING);
    assertThat(ongoing.end()).isEmpty();
    assertThat(ongoing).hasToString("[2025-09-01, ongoing)");
  }

  @Test
  void aRangeWithAnUnknownEndCannotExcludeAnyLaterDay() {
    DateRange unknown = DateRange.endUnknown(date("2004"));
    assertThat(unknown.contains(LocalDate.of(2003, 12, 31))).isFalse();
    assertThat(unknown.contains(LocalDate.of(2004, 1, 1))).isTrue();
    assertThat(unknown.contains(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(unknown.isOngoing()).isFalse();
    assertThat(unknown.isBounded()).isFalse();
    assertThat(unknown.endKind()).isEqualTo(RangeEnd.UNKNOWN);
    assertThat(unknown.end()).isEmpty();
    assertThat(unknown).hasToString("[2004, unknown)");
  }

  @Test
  void ongoingIsNotTheSameAsUnknown() {
    DateRange ongoing = DateRange.ongoing(date("2004"));
    DateRange unknown = DateRange.endUnknown(date("2004"));
    assertThat(ongoing).isNotEqualTo(unknown);
    assertThat(ongoing.toString()).isNotEqualTo(unknown.toString());
    assertThat(ongoing).isEqualTo(DateRange.ongoing(date("2004"))).hasSameHashCodeAs(DateRange.ongoing(date("2004")));
    assertThat(unknown).isEqualTo(DateRange.endUnknown(date("2004")));
  }

  @Test
  void startPrecisionTakesPartInEquality() {
    assertThat(DateRange.ongoing(date("2025"))).isNotEqualTo(DateRange.ongoing(date("2025-01-01")));
    assertThat(DateRange.of(date("2025-01"), date("2026"))).isNotEqualTo(DateRange.of(date("2025-01"), date("2026-01-01")));
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatThrownBy(() -> DateRange.ongoing(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("start");
    assertThatThrownBy(() -> DateRange.endUnknown(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("start");
    assertThatThrownBy(() -> DateRange.of((PartialDate) null, date("2025"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DateRange.of(date("2025"), (PartialDate) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DateRange.ongoing(date("2025")).contains(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void textFormDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(DateRange.ongoing(date("2025-09-01"))).hasToString("[2025-09-01, ongoing)");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void equalsAndHashCodeUseStartEndKindAndEnd() {
    EqualsVerifier.forClass(DateRange.class)
        .withPrefabValues(PartialDate.class, date("2024"), date("2025-09-01"))
        .verify();
  }

  @Test
  void rangeEndsAreBoundedOngoingAndUnknown() {
    assertThat(RangeEnd.values()).containsExactly(RangeEnd.BOUNDED, RangeEnd.ONGOING, RangeEnd.UNKNOWN);
  }
}
