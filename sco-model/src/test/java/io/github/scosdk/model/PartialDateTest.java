package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @Test
  void aDayIsExactAndStandsForItself() {
    PartialDate d = PartialDate.of(2025, 9, 1);
    assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(d.isExact()).isTrue();
    assertThat(d.year()).isEqualTo(2025);
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(d.toLocalDate()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(PartialDate.of(LocalDate.of(2025, 9, 1))).isEqualTo(d);
  }

  @Test
  void aMonthStandsForEveryDayOfThatMonth() {
    PartialDate d = PartialDate.ofYearMonth(2010, 4);
    assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(d.isExact()).isFalse();
    assertThat(d.year()).isEqualTo(2010);
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2010, 4, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2010, 4, 30));
  }

  @Test
  void aYearStandsForEveryDayOfThatYear() {
    PartialDate d = PartialDate.ofYear(2026);
    assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(d.isExact()).isFalse();
    assertThat(d.year()).isEqualTo(2026);
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @ParameterizedTest(name = "{0} ends on {1}")
  @CsvSource({
    "2024-02, 2024-02-29",
    "2025-02, 2025-02-28",
    "2000-02, 2000-02-29",
    "1900-02, 1900-02-28",
    "2025-04, 2025-04-30",
    "2025-06, 2025-06-30",
    "2025-09, 2025-09-30",
    "2025-11, 2025-11-30",
    "2025-01, 2025-01-31",
    "2025-12, 2025-12-31",
    "2024, 2024-12-31",
    "9999, 9999-12-31",
    "9999-12, 9999-12-31",
    "0001, 0001-12-31"
  })
  void latestIsTheLastDayOfTheMonthOrYear(String text, LocalDate last) {
    assertThat(PartialDate.parse(text).latest()).isEqualTo(last);
  }

  @Test
  void partialDatesHaveNoExactDay() {
    assertThatThrownBy(() -> PartialDate.ofYearMonth(2010, 4).toLocalDate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2010-04")
        .hasMessageContaining("month");
    assertThatThrownBy(() -> PartialDate.ofYear(2026).toLocalDate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2026")
        .hasMessageContaining("year");
  }

  @ParameterizedTest
  @CsvSource({"2025-09-01, DAY", "2024-02-29, DAY", "0001-01-01, DAY", "9999-12-31, DAY", "2010-04, MONTH",
      "0001-01, MONTH", "2026, YEAR", "0001, YEAR", "9999, YEAR", "0999, YEAR"})
  void parseAndToStringRoundTripForEveryPrecision(String text, DatePrecision precision) {
    PartialDate d = PartialDate.parse(text);
    assertThat(d.precision()).isEqualTo(precision);
    assertThat(d).hasToString(text);
    assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
  }

  @Test
  void parseAcceptsAnyCharSequence() {
    assertThat(PartialDate.parse(new StringBuilder("2010-04"))).isEqualTo(PartialDate.ofYearMonth(2010, 4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-9-1", "20255", "2025-9", "25", "2025-", "2025-09-", "2025-09-1", "2025/09/01",
      "2025.09", "+2025", "-2025", " 2025", "2025 ", "2025-09-01T00:00", "２０２５", "2025-O9", "", "abcd",
      "2025--09", "2025-09-01-"})
  void parseRejectsMalformedTextNamingIt(String text) {
    assertRejected(() -> PartialDate.parse(text), "date", "'" + text + "'");
  }

  @ParameterizedTest
  @CsvSource({"2025-02-30, 2025-02-30", "2025-02-29, 2025-02-29", "1900-02-29, 1900-02-29", "2025-04-31, 2025-04-31",
      "2025-01-00, 2025-01-00", "2025-01-32, 2025-01-32", "2025-13-01, 2025-13-01"})
  void parseRejectsDaysThatDoNotExist(String text, String named) {
    assertRejected(() -> PartialDate.parse(text), "date", named);
  }

  @ParameterizedTest
  @CsvSource({"2025-13, month, 13", "2025-00, month, 0", "0000, year, 0", "0000-01, year, 0", "0000-01-01, year, 0"})
  void parseRejectsOutOfRangeFieldsNamingFieldAndValue(String text, String field, String value) {
    assertRejected(() -> PartialDate.parse(text), field, value);
  }

  @Test
  void factoriesRejectYearsOutsideOneTo9999() {
    assertRejected(() -> PartialDate.ofYear(0), "year", "0");
    assertRejected(() -> PartialDate.ofYear(10000), "year", "10000");
    assertRejected(() -> PartialDate.ofYear(-1), "year", "-1");
    assertRejected(() -> PartialDate.ofYearMonth(10000, 1), "year", "10000");
    assertRejected(() -> PartialDate.of(0, 1, 1), "year", "0");
    assertRejected(() -> PartialDate.of(LocalDate.of(10000, 1, 1)), "year", "10000");
    assertRejected(() -> PartialDate.of(LocalDate.MIN), "year", String.valueOf(LocalDate.MIN.getYear()));
    assertThat(PartialDate.ofYear(1).year()).isEqualTo(1);
    assertThat(PartialDate.ofYear(9999).year()).isEqualTo(9999);
  }

  @Test
  void factoriesRejectInvalidMonthsAndDays() {
    assertRejected(() -> PartialDate.ofYearMonth(2025, 0), "month", "0");
    assertRejected(() -> PartialDate.ofYearMonth(2025, 13), "month", "13");
    assertRejected(() -> PartialDate.of(2025, 2, 29), "date", "2025-02-29");
    assertRejected(() -> PartialDate.of(2025, 13, 1), "date", "2025-13-01");
    assertRejected(() -> PartialDate.of(2025, 6, 31), "date", "2025-06-31");
    assertThat(PartialDate.of(2024, 2, 29).earliest()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void theSameFirstDayAtDifferentPrecisionsIsNotEqual() {
    PartialDate year = PartialDate.ofYear(2025);
    PartialDate month = PartialDate.ofYearMonth(2025, 1);
    PartialDate day = PartialDate.of(2025, 1, 1);
    assertThat(year.earliest()).isEqualTo(month.earliest()).isEqualTo(day.earliest());
    assertThat(year).isNotEqualTo(month).isNotEqualTo(day);
    assertThat(month).isNotEqualTo(day);
  }

  @Test
  void ordersByEarliestDayThenCoarserPrecisionFirst() {
    List<PartialDate> sorted =
        List.of(
            PartialDate.ofYear(2024),
            PartialDate.of(2024, 12, 31),
            PartialDate.ofYear(2025),
            PartialDate.ofYearMonth(2025, 1),
            PartialDate.of(2025, 1, 1),
            PartialDate.of(2025, 1, 2),
            PartialDate.ofYearMonth(2025, 2),
            PartialDate.of(2025, 2, 1));
    List<PartialDate> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(sorted);
  }

  @Test
  void compareToIsZeroExactlyWhenEqual() {
    assertThat(PartialDate.ofYear(2025).compareTo(PartialDate.parse("2025"))).isZero();
    assertThat(PartialDate.ofYear(2025).compareTo(PartialDate.of(2025, 1, 1))).isNegative();
    assertThat(PartialDate.of(2025, 1, 1).compareTo(PartialDate.ofYearMonth(2025, 1))).isPositive();
  }

  @Test
  void mayBeCoversEarliestToLatestInclusive() {
    PartialDate april = PartialDate.ofYearMonth(2010, 4);
    assertThat(april.mayBe(LocalDate.of(2010, 3, 31))).isFalse();
    assertThat(april.mayBe(LocalDate.of(2010, 4, 1))).isTrue();
    assertThat(april.mayBe(LocalDate.of(2010, 4, 30))).isTrue();
    assertThat(april.mayBe(LocalDate.of(2010, 5, 1))).isFalse();
    PartialDate day = PartialDate.of(2025, 9, 1);
    assertThat(day.mayBe(LocalDate.of(2025, 9, 1))).isTrue();
    assertThat(day.mayBe(LocalDate.of(2025, 9, 2))).isFalse();
  }

  @Test
  void certainlyBeforeAndAfterUseLatestAndEarliest() {
    PartialDate april = PartialDate.ofYearMonth(2010, 4);
    assertThat(april.isCertainlyBefore(LocalDate.of(2010, 5, 1))).isTrue();
    assertThat(april.isCertainlyBefore(LocalDate.of(2010, 4, 30))).isFalse();
    assertThat(april.isCertainlyBefore(LocalDate.of(2010, 4, 15))).isFalse();
    assertThat(april.isCertainlyAfter(LocalDate.of(2010, 3, 31))).isTrue();
    assertThat(april.isCertainlyAfter(LocalDate.of(2010, 4, 1))).isFalse();
    assertThat(april.isCertainlyAfter(LocalDate.of(2010, 4, 15))).isFalse();
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> PartialDate.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("date");
  }

  @Test
  void textFormsDoNotDependOnTheDefaultLocaleForExactDays() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
      assertThat(PartialDate.of(2025, 9, 1)).hasToString("2025-09-01");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"th-TH-u-nu-thai", "ar-SA", "hi-IN-u-nu-deva"})
  void textFormsDoNotDependOnTheDefaultLocaleForPartialDates(String tag) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertThat(PartialDate.ofYearMonth(2025, 9)).hasToString("2025-09");
      assertThat(PartialDate.ofYear(2026)).hasToString("2026");
      assertThat(PartialDate.parse(PartialDate.ofYearMonth(2010, 4).toString()))
          .isEqualTo(PartialDate.ofYearMonth(2010, 4));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void equalsAndHashCodeUseTheFirstDayAndThePrecision() {
    EqualsVerifier.forClass(PartialDate.class).verify();
  }

  @Test
  void precisionsAreOrderedFromCoarsestToFinest() {
    assertThat(DatePrecision.values())
        .containsExactly(DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY);
  }
}
