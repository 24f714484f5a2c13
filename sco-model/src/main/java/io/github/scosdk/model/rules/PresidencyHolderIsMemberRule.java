package io.github.scosdk.model.rules;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StatusChange;
import java.time.LocalDate;

/**
 * {@code presidency.holder-is-member}: the holder of a chairmanship term of any body is a member state on the
 * first day of its term and remains one throughout (no change of its status to anything but member inside the
 * term).
 */
final class PresidencyHolderIsMemberRule implements Rule {

  @Override
  public String id() {
    return RuleIds.PRESIDENCY_HOLDER_IS_MEMBER;
  }

  @Override
  public String description() {
    return "The presidency holder is a member state throughout its term.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    ScoDataset data = context.dataset();
    for (Presidency p : data.presidencies()) {
      LocalDate start = p.term().start().earliest();
      MembershipStatus atStart = data.statusOn(p.holder(), start);
      if (atStart != MembershipStatus.MEMBER) {
        sink.error(
            Location.of(p).at("holder"),
            String.format(
                "%s holds the %s from %s but its status that day is %s, not member",
                p.holder(), Names.office(p.body()), p.term().start(), Names.of(atStart)));
        continue;
      }
      for (StatusChange c : data.statusHistory(p.holder())) {
        LocalDate d = c.date().earliest();
        if (d.isAfter(start) && p.term().contains(d) && c.status() != MembershipStatus.MEMBER) {
          sink.error(
              Location.of(p).at("holder"),
              String.format(
                  "%s holds the %s in term %s but its status becomes %s on %s",
                  p.holder(), Names.office(p.body()), p.term(), Names.of(c.status()), c.date()));
          break;
        }
      }
    }
  }
}
