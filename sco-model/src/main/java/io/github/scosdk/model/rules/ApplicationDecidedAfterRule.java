package io.github.scosdk.model.rules;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.Meeting;
import java.util.Optional;

/**
 * {@code application.decided-after}: an application is not dated after the meeting that decided it. With partial
 * dates it is reported only when it is certainly later: its earliest possible day is after the meeting's last
 * possible day. A deciding meeting that does not exist is left to {@code reference.resolves}.
 */
final class ApplicationDecidedAfterRule implements Rule {

  @Override
  public String id() {
    return RuleIds.APPLICATION_DECIDED_AFTER;
  }

  @Override
  public String description() {
    return "An application is not dated after the meeting that decided it.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    for (Application a : context.dataset().applications()) {
      Optional<Meeting> meeting = a.decidedAt().flatMap(context.dataset()::meeting);
      if (meeting.isEmpty()) {
        continue;
      }
      Meeting m = meeting.get();
      if (a.date().isCertainlyAfter(m.endDate().latest())) {
        sink.error(
            Location.of(a).at("date"),
            String.format(
                "%s of %s is dated %s, after the meeting %s that decided it (%s to %s)",
                a.id(), a.state(), a.date(), m.id(), m.startDate(), m.endDate()));
      }
    }
  }
}
