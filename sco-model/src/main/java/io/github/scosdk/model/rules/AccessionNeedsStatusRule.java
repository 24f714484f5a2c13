package io.github.scosdk.model.rules;

import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;

/**
 * {@code membership.accession-needs-status}: a state accedes from a formal status. On the day of each
 * {@link AccessionStep} the state holds a dialogue partner, observer or partner status; a step of a state with no
 * status (or one that is already a member, suspended or withdrawn) is reported. Status changes to the deprecated
 * accession statuses are left to {@code membership.transition}, as before.
 */
final class AccessionNeedsStatusRule implements Rule {

  @Override
  public String id() {
    return RuleIds.MEMBERSHIP_ACCESSION_NEEDS_STATUS;
  }

  @Override
  public String description() {
    return "An accession step needs a formal status (dialogue partner, observer or partner) in force on its day.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    ScoDataset data = context.dataset();
    for (AccessionStep step : data.accessionSteps()) {
      MembershipStatus formal = data.statusOn(step.state(), step.date().earliest());
      if (formal.isPartnerKind()) {
        continue;
      }
      String stage = step.stage().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      String why =
          formal == MembershipStatus.NONE
              ? "with no formal status before it"
              : "while its formal status is " + Names.of(formal);
      sink.error(
          step,
          String.format(
              "%s reaches the accession stage %s on %s %s; a state accedes as a dialogue partner, observer or partner",
              step.state(), stage, step.date(), why));
    }
  }
}
