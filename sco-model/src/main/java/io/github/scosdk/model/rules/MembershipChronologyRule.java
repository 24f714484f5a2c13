package io.github.scosdk.model.rules;

import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code membership.chronology}: each state's changes are listed in date order, no two on the same date, and
 * none before the founding on 2001-06-15 (the Shanghai Five years are meetings of the predecessor forum, not
 * statuses).
 */
final class MembershipChronologyRule implements Rule {

  @Override
  public String id() {
    return RuleIds.MEMBERSHIP_CHRONOLOGY;
  }

  @Override
  public String description() {
    return "A state's status changes are in date order, one per date, none before 2001-06-15.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    Map<StateCode, StatusChange> last = new HashMap<>();
    for (StatusChange change : context.dataset().statusChanges()) {
      PartialDate date = change.date();
      if (date.earliest().isBefore(StatusEras.FOUNDING)) {
        sink.error(
            change,
            String.format(
                "%s's change to %s is dated %s, before the SCO was founded on %s",
                change.state(), Names.of(change.status()), date, StatusEras.FOUNDING));
      }
      StatusChange previous = last.put(change.state(), change);
      if (previous != null) {
        int cmp = date.compareTo(previous.date());
        if (cmp < 0) {
          sink.error(
            change,
              String.format(
                  "%s's change to %s on %s is listed after its change to %s on %s, out of date order",
                  change.state(), Names.of(change.status()), date, Names.of(previous.status()), previous.date()));
        } else if (cmp == 0) {
          sink.error(
            change,
              String.format(
                  "%s has two changes on %s (%s, then %s); a state changes status at most once a day",
                  change.state(), date, Names.of(previous.status()), Names.of(change.status())));
        }
      }
    }
  }
}
