package io.github.scosdk.model;

import static io.github.scosdk.model.SeededRuns.forEachSeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Randomized properties of the value types over many seeds ({@link SeededRuns}); every failure names its seed.
 */
class ValuePropertiesTest {

  // ---- generators -------------------------------------------------------------------------------------------

  /** A year, mostly in the SCO era, sometimes anywhere in 1..9999 including the extremes. */
  static int year(SplittableRandom r) {
    switch (r.nextInt(10)) {
      case 0:
        return r.nextInt(1, 10000);
      case 1:
        return r.nextBoolean() ? 1 : 9999;
      default:
        return r.nextInt(1990, 2035);
    }
  }

  static PartialDate partialDate(SplittableRandom r) {
    int year = year(r);
    switch (r.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofYearMonth(year, r.nextInt(1, 13));
      default:
        int month = r.nextInt(1, 13);
        return PartialDate.of(year, month, r.nextInt(1, YearMonth.of(year, month).lengthOfMonth() + 1));
    }
  }

  /** A partial date whose earliest day is the given day's year, month or the day itself. */
  static PartialDate around(SplittableRandom r, LocalDate day) {
    switch (r.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(day.getYear());
      case 1:
        return PartialDate.ofYearMonth(day.getYear(), day.getMonthValue());
      default:
        return PartialDate.of(day);
    }
  }

  static LocalDate day(SplittableRandom r) {
    return LocalDate.of(r.nextInt(1995, 2031), 1, 1).plusDays(r.nextInt(366));
  }

  // ---- PartialDate ------------------------------------------------------------------------------------------

  @Test
  void partialDateParseRoundTripsToString() {
    forEachSeed(
        "parse(toString(x)) == x",
        r -> {
          for (int i = 0; i < 20; i++) {
            PartialDate x = partialDate(r);
            String text = x.toString();
            assertThat(text).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            assertThat(PartialDate.parse(text)).as(text).isEqualTo(x);
            assertThat(PartialDate.parse(text).precision()).isEqualTo(x.precision());
          }
        });
  }

  @Test
  void partialDateSpansExactlyItsDayMonthOrYear() {
    forEachSeed(
        "earliest..latest covers the day, month or year",
        r -> {
          PartialDate x = partialDate(r);
          long days = ChronoUnit.DAYS.between(x.earliest(), x.latest()) + 1;
          long expected;
          switch (x.precision()) {
            case DAY:
              expected = 1;
              break;
            case MONTH:
              expected = YearMonth.from(x.earliest()).lengthOfMonth();
              break;
            default:
              expected = Year.of(x.year()).length();
          }
          assertThat(days).as(x.toString()).isEqualTo(expected);
          assertThat(x.mayBe(x.earliest())).isTrue();
          assertThat(x.mayBe(x.latest())).isTrue();
          if (x.earliest().getYear() > 1) {
            assertThat(x.mayBe(x.earliest().minusDays(1))).isFalse();
            assertThat(x.isCertainlyAfter(x.earliest().minusDays(1))).isTrue();
          }
          if (x.latest().getYear() < 9999) {
            assertThat(x.mayBe(x.latest().plusDays(1))).isFalse();
            assertThat(x.isCertainlyBefore(x.latest().plusDays(1))).isTrue();
          }
          assertThat(x.isCertainlyBefore(x.latest())).isFalse();
          assertThat(x.isCertainlyAfter(x.earliest())).isFalse();
        });
  }

  @Test
  void partialDateOrderFollowsEarliestThenPrecisionAndIsConsistentWithEquals() {
    forEachSeed(
        "compareTo consistent with earliest ordering and equals",
        r -> {
          PartialDate a = partialDate(r);
          // Half the time, b shares a's first day so that the precision tie-break is exercised.
          PartialDate b = r.nextBoolean() ? partialDate(r) : around(r, a.earliest());
          int cmp = Integer.signum(a.compareTo(b));
          int byEarliest = Integer.signum(a.earliest().compareTo(b.earliest()));
          if (byEarliest != 0) {
            assertThat(cmp).as("%s vs %s", a, b).isEqualTo(byEarliest);
          } else {
            assertThat(cmp).as("%s vs %s", a, b).isEqualTo(Integer.signum(a.precision().compareTo(b.precision())));
          }
          assertThat(cmp == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
          assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-cmp);
          if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
          }
        });
  }

  @Test
  void partialDateOrderIsTransitive() {
    forEachSeed(
        "compareTo is transitive",
        r -> {
          List<PartialDate> xs = new ArrayList<>();
          LocalDate base = day(r);
          for (int i = 0; i < 6; i++) {
            xs.add(around(r, base.plusDays(r.nextInt(-40, 40))));
          }
          for (PartialDate a : xs) {
            for (PartialDate b : xs) {
              for (PartialDate c : xs) {
                if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                  assertThat(a.compareTo(c)).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
                }
              }
            }
          }
        });
  }

  @Test
  void partialDateParseEitherRoundTripsOrRejectsWithIllegalArgument() {
    String alphabet = "0123456789-";
    forEachSeed(
        "parse of random text",
        r -> {
          for (int i = 0; i < 20; i++) {
            StringBuilder sb = new StringBuilder();
            int length = r.nextInt(12);
            for (int k = 0; k < length; k++) {
              boolean dashSlot = k == 4 || k == 7;
              sb.append(dashSlot && r.nextInt(4) > 0 ? '-' : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            Throwable thrown = catchThrowable(() -> PartialDate.parse(text));
            if (thrown == null) {
              assertThat(PartialDate.parse(text)).hasToString(text);
            } else {
              assertThat(thrown).as(text).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":");
            }
          }
        });
  }

  // ---- DateRange --------------------------------------------------------------------------------------------

  @Test
  void boundedRangeContainsExactlyTheDaysFromStartUpToEnd() {
    forEachSeed(
        "DateRange.contains agrees with the enumerated half-open span",
        r -> {
          PartialDate start = around(r, day(r));
          PartialDate end = around(r, start.earliest().plusDays(r.nextInt(0, 500)));
          if (end.earliest().isBefore(start.earliest())) {
            end = PartialDate.of(start.earliest().plusDays(r.nextInt(0, 30)));
          }
          DateRange range = DateRange.of(start, end);
          Set<LocalDate> naive = new HashSet<>();
          for (LocalDate d = start.earliest(); d.isBefore(end.earliest()); d = d.plusDays(1)) {
            naive.add(d);
          }
          for (LocalDate d = start.earliest().minusDays(3); !d.isAfter(end.earliest().plusDays(3)); d = d.plusDays(1)) {
            assertThat(range.contains(d)).as("%s contains %s", range, d).isEqualTo(naive.contains(d));
          }
        });
  }

  @Test
  void openRangesContainEveryDayFromTheirStart() {
    forEachSeed(
        "ongoing and unknown ranges contain every day from the start",
        r -> {
          PartialDate start = around(r, day(r));
          DateRange range = r.nextBoolean() ? DateRange.ongoing(start) : DateRange.endUnknown(start);
          for (int i = 0; i < 10; i++) {
            LocalDate d = start.earliest().plusDays(r.nextInt(-1000, 5000));
            assertThat(range.contains(d)).as("%s contains %s", range, d).isEqualTo(!d.isBefore(start.earliest()));
          }
        });
  }

  @Test
  void dateRangeOfAcceptsExactlyTheEndsNotBeforeTheStart() {
    forEachSeed(
        "DateRange.of rejects exactly an end before the start",
        r -> {
          PartialDate start = around(r, day(r));
          PartialDate end = around(r, start.earliest().plusDays(r.nextInt(-400, 400)));
          boolean endBeforeStart = end.earliest().isBefore(start.earliest());
          Throwable thrown = catchThrowable(() -> DateRange.of(start, end));
          if (endBeforeStart) {
            assertThat(thrown)
                .as("[%s, %s)", start, end)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end")
                .hasMessageContaining(end.toString());
          } else {
            assertThat(thrown).as("[%s, %s)", start, end).isNull();
            DateRange range = DateRange.of(start, end);
            assertThat(range.start()).isEqualTo(start);
            assertThat(range.end()).contains(end);
            assertThat(DateRange.ongoing(start).withEnd(end)).isEqualTo(range);
          }
        });
  }

  @Test
  void meetingAcceptsExactlyTheEndsThatMayFallOnOrAfterTheStart() {
    forEachSeed(
        "Meeting rejects exactly an end certainly before the start",
        r -> {
          PartialDate start = around(r, day(r));
          PartialDate end = around(r, start.earliest().plusDays(r.nextInt(-400, 30)));
          boolean certainlyBefore = end.latest().isBefore(start.earliest());
          Throwable thrown =
              catchThrowable(
                  () -> Meeting.builder().id("m").body(Body.SECRETARIAT).startDate(start).endDate(end).build());
          if (certainlyBefore) {
            assertThat(thrown)
                .as("%s..%s", start, end)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endDate")
                .hasMessageContaining(end.toString());
          } else {
            assertThat(thrown).as("%s..%s", start, end).isNull();
          }
        });
  }

  // ---- StateCode --------------------------------------------------------------------------------------------

  @Test
  void stateCodeIgnoresCaseForEveryAssignedCode() {
    String[] assigned = Locale.getISOCountries();
    forEachSeed(
        "StateCode.of in any case",
        r -> {
          String code = assigned[r.nextInt(assigned.length)];
          String lower = code.toLowerCase(Locale.ROOT);
          StringBuilder mixed = new StringBuilder();
          for (char c : code.toCharArray()) {
            mixed.append(r.nextBoolean() ? Character.toLowerCase(c) : c);
          }
          assertThat(StateCode.of(lower)).isEqualTo(StateCode.of(code));
          assertThat(StateCode.of(mixed.toString())).isEqualTo(StateCode.of(code)).hasToString(code);
          assertThat(StateCode.of(lower).hashCode()).isEqualTo(StateCode.of(code).hashCode());
        });
    for (String code : assigned) {
      assertThat(StateCode.of(code.toLowerCase(Locale.ROOT))).as(code).isEqualTo(StateCode.of(code));
    }
  }

  @Test
  void stateCodeAcceptsExactlyTheAssignedCodes() {
    Set<String> assigned = Set.of(Locale.getISOCountries());
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -";
    forEachSeed(
        "StateCode.of accepts a text iff it is an assigned code",
        r -> {
          for (int i = 0; i < 20; i++) {
            StringBuilder sb = new StringBuilder();
            int length = r.nextInt(10) < 8 ? 2 : r.nextInt(5);
            for (int k = 0; k < length; k++) {
              sb.append(alphabet.charAt(r.nextInt(r.nextInt(4) == 0 ? alphabet.length() : 26)));
            }
            String text = sb.toString();
            boolean expected = assigned.contains(text.toUpperCase(Locale.ROOT));
            assertThat(StateCode.isAssigned(text)).as(text).isEqualTo(expected);
            Throwable thrown = catchThrowable(() -> StateCode.of(text));
            if (expected) {
              assertThat(thrown).as(text).isNull();
            } else {
              assertThat(thrown).as(text).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + text + "'");
            }
          }
        });
  }

  // ---- ScoDataset -------------------------------------------------------------------------------------------

  @Test
  void datasetAcceptsExactlyDistinctIdsAndFindsEveryRecordByKind() {
    forEachSeed(
        "ScoDataset ids unique across kinds; look-ups by id and type",
        r -> {
          ScoDataset.Builder b = ScoDataset.builder();
          Map<String, String> kindById = new HashMap<>();
          boolean duplicate = false;
          int n = r.nextInt(0, 12);
          for (int i = 0; i < n; i++) {
            String id = "id-" + r.nextInt(0, 15);
            int kind = r.nextInt(9);
            String name;
            switch (kind) {
              case 0:
                b.addStatusChange(ModelFixtures.statusChange(id));
                name = "StatusChange";
                break;
              case 1:
                b.addMeeting(ModelFixtures.meeting(id));
                name = "Meeting";
                break;
              case 2:
                b.addPresidency(ModelFixtures.presidency(id));
                name = "Presidency";
                break;
              case 3:
                b.addDocument(ModelFixtures.document(id));
                name = "Document";
                break;
              case 4:
                b.addInitiative(ModelFixtures.initiative(id));
                name = "Initiative";
                break;
              case 5:
                b.addOfficial(ModelFixtures.official(id));
                name = "Official";
                break;
              case 6:
                b.addRotationException(ModelFixtures.rotationException(id));
                name = "RotationException";
                break;
              case 7:
                b.addApplication(ModelFixtures.application(id));
                name = "Application";
                break;
              default:
                b.addSource(ModelFixtures.source(id));
                name = "Source";
            }
            duplicate |= kindById.put(id, name) != null;
          }
          if (duplicate) {
            assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
            return;
          }
          ScoDataset d = b.build();
          kindById.forEach(
              (id, kind) -> {
                if (kind.equals("Source")) {
                  assertThat(d.source(id)).as(id).isPresent();
                  assertThat(d.record(id)).as(id).isEmpty();
                } else {
                  assertThat(d.record(id)).as(id).isPresent();
                  assertThat(d.source(id)).as(id).isEmpty();
                  assertThat(d.meeting(id).isPresent()).as(id).isEqualTo(kind.equals("Meeting"));
                  assertThat(d.document(id).isPresent()).as(id).isEqualTo(kind.equals("Document"));
                  assertThat(d.presidency(id).isPresent()).as(id).isEqualTo(kind.equals("Presidency"));
                  assertThat(d.statusChange(id).isPresent()).as(id).isEqualTo(kind.equals("StatusChange"));
                  assertThat(d.initiative(id).isPresent()).as(id).isEqualTo(kind.equals("Initiative"));
                  assertThat(d.official(id).isPresent()).as(id).isEqualTo(kind.equals("Official"));
                  assertThat(d.rotationException(id).isPresent()).as(id).isEqualTo(kind.equals("RotationException"));
                  assertThat(d.application(id).isPresent()).as(id).isEqualTo(kind.equals("Application"));
                }
              });
          assertThat(d.records().count() + d.sources().size()).isEqualTo(kindById.size());
          assertThat(d.record("id-absent")).isEmpty();
        });
  }
}
