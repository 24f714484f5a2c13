package io.github.scosdk.model.rules;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code membership.transition}: every status change follows the {@link TransitionGraph} in force on its date. */
final class MembershipTransitionRule implements Rule {

  @Override
  public String id() {
    return RuleIds.MEMBERSHIP_TRANSITION;
  }

  @Override
  public String description() {
    return "Every status change follows the membership transition graph in force on its date.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    ScoDataset data = context.dataset();
    Set<StateCode> states = new LinkedHashSet<>();
    data.statusChanges().forEach(c -> states.add(c.state()));
    for (StateCode state : states) {
      MembershipStatus previous = MembershipStatus.NONE;
      for (StatusChange change : data.statusHistory(state)) {
        LocalDate day = change.date().earliest();
        if (!TransitionGraph.allows(previous, change.status(), day)) {
          sink.error(
            change,
              String.format(
                  "%s cannot go from %s to %s on %s; allowed from %s on that day: %s",
                  state,
                  Names.of(previous),
                  Names.of(change.status()),
                  change.date(),
                  Names.of(previous),
                  Names.list(TransitionGraph.targets(previous, day))));
        }
        previous = change.status();
      }
    }
  }
}
