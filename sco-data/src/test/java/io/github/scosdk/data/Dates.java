package io.github.scosdk.data;

import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import java.util.List;

/** Short factories used by the dataset chapters, so that each fact reads on one line. */
final class Dates {

  private Dates() {}

  /** A date known to the day. */
  static PartialDate day(int year, int month, int day) {
    return PartialDate.of(year, month, day);
  }

  /** A date known to the month only. */
  static PartialDate month(int year, int month) {
    return PartialDate.ofYearMonth(year, month);
  }

  /** A date known to the year only. */
  static PartialDate year(int year) {
    return PartialDate.ofYear(year);
  }

  /** The half-open range {@code [start, end)}. */
  static DateRange range(PartialDate start, PartialDate end) {
    return DateRange.of(start, end);
  }

  /** A state code. */
  static StateCode cc(String code) {
    return StateCode.of(code);
  }

  /** Several state codes, in the order given. */
  static List<StateCode> ccs(String... codes) {
    return java.util.Arrays.stream(codes).map(StateCode::of).toList();
  }
}
