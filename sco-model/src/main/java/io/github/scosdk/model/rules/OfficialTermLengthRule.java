package io.github.scosdk.model.rules;

import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Post;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code official.term-length}: a Secretary-General is appointed for three years, without extension (Charter Art. 11;
 * Regulations on the Secretariat §3.1), so every Secretary-General term {@code [start, end)} lasts exactly three
 * years: its exclusive end is the start plus three years ({@code [2025-01-01, 2028-01-01)}).
 *
 * <p>Bounds known only to the month or year stand for several days; the rule reports only what is certain: a bounded
 * term is reported when no day its start may be, plus three years, is a day its end may be (so {@code [2004,
 * 2007)} holds and {@code [2004, 2008)} does not). An ongoing term is reported once the dataset's as-of date is at or
 * after the latest day on which it should have ended (an extension); a term whose end is unknown, or an ongoing term
 * in a dataset without an as-of date, cannot be checked. Errors: the Charter leaves no room for practice here (and no
 * declared exception excuses it).
 */
final class OfficialTermLengthRule implements Rule {

  /** The length of a Secretary-General term, in years. */
  static final int YEARS = 3;

  @Override
  public String id() {
    return RuleIds.OFFICIAL_TERM_LENGTH;
  }

  @Override
  public String description() {
    return "Each Secretary-General term lasts exactly three years, without extension (Charter Art. 11).";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    Optional<LocalDate> asOf = context.dataset().asOfDate();
    for (Official term : context.dataset().officialTimeline(Post.SECRETARY_GENERAL)) {
      DateRange r = term.term();
      LocalDate fullFrom = r.start().earliest().plusYears(YEARS);
      LocalDate fullTo = r.start().latest().plusYears(YEARS);
      String problem = null;
      if (r.isBounded()) {
        PartialDate end = r.end().get();
        if (end.latest().isBefore(fullFrom)) {
          problem = "lasts less than three years";
        } else if (end.earliest().isAfter(fullTo)) {
          problem = "lasts more than three years, an extension";
        }
      } else if (r.isOngoing() && asOf.isPresent() && !asOf.get().isBefore(fullTo)) {
        problem = "is still running on the as-of date " + asOf.get() + ", more than three years on: an extension";
      }
      if (problem != null) {
        sink.report(
            Severity.ERROR,
            Location.of(term).at("term"),
            String.format(
                "Secretary-General term %s of %s (%s), %s, %s: Charter Art. 11 appoints for three years without"
                    + " extension, so the term should end (exclusive) %s",
                term.id(),
                term.name(),
                term.state(),
                r,
                problem,
                fullFrom.equals(fullTo) ? "on " + fullFrom : "between " + fullFrom + " and " + fullTo));
      }
    }
  }
}
