package io.github.scosdk.model.rules;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Presidency;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code presidency.continuity}: the chairmanship terms of each body (the CHS presidency, the CHG chairmanship),
 * in order of their start, meet exactly: each term ends on the day the next one of the same body starts (no gap,
 * no overlap), and only the last term may be ongoing or of unknown end.
 */
final class PresidencyContinuityRule implements Rule {

  @Override
  public String id() {
    return RuleIds.PRESIDENCY_CONTINUITY;
  }

  @Override
  public String description() {
    return "Consecutive presidency terms meet exactly: no gap, no overlap.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    for (Body body : context.dataset().presidencyBodies()) {
      check(context.dataset().presidencyTimeline(body), sink);
    }
  }

  private static void check(List<Presidency> terms, ViolationSink sink) {
    for (int i = 1; i < terms.size(); i++) {
      Presidency prev = terms.get(i - 1);
      Presidency next = terms.get(i);
      PartialDate start = next.term().start();
      if (prev.term().end().isEmpty()) {
        sink.error(
            prev,
            String.format(
                "term %s of %s is %s but a later term %s of %s starts on %s",
                prev.id(),
                prev.holder(),
                prev.term().isOngoing() ? "still ongoing" : "of unknown end",
                next.id(),
                next.holder(),
                start));
        continue;
      }
      PartialDate end = prev.term().end().get();
      if (!end.equals(start)) {
        long days = ChronoUnit.DAYS.between(end.earliest(), start.earliest());
        String what = days > 0 ? "a gap of " + days + " day(s)" : "an overlap of " + (-days) + " day(s)";
        if (days == 0) {
          what = "bounds of different precision (" + end + " and " + start + ")";
        }
        sink.error(
            next,
            String.format(
                "term %s of %s starts on %s but the previous term %s of %s ends on %s: %s",
                next.id(), next.holder(), start, prev.id(), prev.holder(), end, what));
      }
    }
  }
}
