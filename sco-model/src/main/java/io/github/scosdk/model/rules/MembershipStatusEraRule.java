package io.github.scosdk.model.rules;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code membership.status-era}: a status is used only while it exists ({@link StatusEras}): it is not granted
 * before its era begins, and a state does not keep it past the era's end when the dataset reaches that far (its
 * as-of date, or else its latest status change).
 */
final class MembershipStatusEraRule implements Rule {

  @Override
  public String id() {
    return RuleIds.MEMBERSHIP_STATUS_ERA;
  }

  @Override
  public String description() {
    return "A status is used only while it exists (observer 2004-06-17 to 2025-08-31, dialogue partner "
        + "2008-08-28 to 2025-08-31, partner from 2025-09-01).";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    ScoDataset data = context.dataset();
    LocalDate coverage = coverageEnd(data);
    Set<StateCode> states = new LinkedHashSet<>();
    data.statusChanges().forEach(c -> states.add(c.state()));
    for (StateCode state : states) {
      List<StatusChange> history = data.statusHistory(state);
      for (int i = 0; i < history.size(); i++) {
        StatusChange change = history.get(i);
        MembershipStatus status = change.status();
        LocalDate day = change.date().earliest();
        if (!StatusEras.exists(status, day)) {
          sink.error(
            change,
              String.format(
                  "%s is given the status %s on %s, but that status exists only %s",
                  state, Names.of(status), change.date(), era(status)));
          continue;
        }
        Optional<LocalDate> until = StatusEras.until(status);
        if (until.isPresent() && coverage != null && !coverage.isBefore(until.get())) {
          LocalDate next = i + 1 < history.size() ? history.get(i + 1).date().earliest() : null;
          if (next == null || next.isAfter(until.get())) {
            sink.error(
            change,
                String.format(
                    "%s keeps the status %s after it ceased to exist on %s (%s)",
                    state,
                    Names.of(status),
                    until.get(),
                    next == null ? "no later change is recorded" : "its next change is only on " + next));
          }
        }
      }
    }
  }

  private static LocalDate coverageEnd(ScoDataset data) {
    if (data.asOfDate().isPresent()) {
      return data.asOfDate().get();
    }
    LocalDate max = null;
    for (StatusChange c : data.statusChanges()) {
      LocalDate d = c.date().earliest();
      if (max == null || d.isAfter(max)) {
        max = d;
      }
    }
    return max;
  }

  private static String era(MembershipStatus status) {
    String from = "from " + StatusEras.from(status);
    return StatusEras.until(status).map(u -> from + " until " + u.minusDays(1)).orElse(from);
  }
}
