package io.github.scosdk.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Bad names and years are rejected at once, naming the field and the value. */
class OptionsTest {

  @Test
  void namesRoundTripAndUnknownNamesListTheAcceptedOnes() {
    for (TableShape s : TableShape.values()) {
      assertThat(TableShape.named(s.cliName())).isEqualTo(s);
    }
    assertThat(TableShape.named("state-day")).isEqualTo(TableShape.STATE_DAY);
    assertThat(StateYearProfile.named("cow-v3")).isEqualTo(StateYearProfile.COW_V3);
    assertThat(TableFormat.named("jsonl")).isEqualTo(TableFormat.JSON_LINES);
    assertThatIllegalArgumentException().isThrownBy(() -> TableShape.named("panel"))
        .withMessage("shape: unknown shape 'panel' (one of: intervals, state-day, state-year, dyad-year, presidencies,"
            + " meetings, documents, officials)");
    assertThatIllegalArgumentException().isThrownBy(() -> StateYearProfile.named("cow"))
        .withMessage("profile: unknown profile 'cow' (one of: cow-v3, extended)");
    assertThatIllegalArgumentException().isThrownBy(() -> TableFormat.named("xlsx"))
        .withMessage("format: unknown format 'xlsx' (one of: csv, jsonl)");
  }

  @Test
  void yearSpansRejectOutOfRangeAndReversedYears() {
    assertThatIllegalArgumentException().isThrownBy(() -> new YearSpan(1989, 2000))
        .withMessage("from: year 1989 is not in 1990..9999");
    assertThatIllegalArgumentException().isThrownBy(() -> new YearSpan(2000, 10000))
        .withMessage("to: year 10000 is not in 1990..9999");
    assertThatIllegalArgumentException().isThrownBy(() -> new YearSpan(2010, 2009))
        .withMessage("from: 2010 is after to 2009");
    assertThat(new YearSpan(1990, 9999).contains(9999)).isTrue();
    assertThat(new YearSpan(2001, 2001).firstDay()).hasToString("2001-01-01");
  }

  @Test
  void defaultsRunFrom1996ToTheYearOfTheHorizon() {
    TableOptions o = Reference.options();
    assertThat(o.years()).isEqualTo(new YearSpan(1996, 2026));
    assertThat(o.profile()).isEqualTo(StateYearProfile.COW_V3);
    assertThatIllegalArgumentException().isThrownBy(() -> new TableOptions(o.years(), o.profile(), " "))
        .withMessage("datasetVersion: blank");
  }

  @Test
  void aRowNamesAnUnknownColumn() {
    Row row = Reference.table(TableShape.INTERVALS, Reference.options()).rowList().get(0);
    assertThatIllegalArgumentException().isThrownBy(() -> row.get("ccode"))
        .withMessage("column: table 'intervals' has no column 'ccode'");
  }
}
