package io.github.scosdk.model.rules;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationOrder;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import java.util.List;
import java.util.Optional;

/**
 * {@code presidency.rotation-order}: in each body's chairmanship timeline (the CHS presidency, the CHG
 * chairmanship), each successor is the next member, in SCO Russian alphabetical order of the states' names
 * ({@link RotationOrder}), after its predecessor, among the states that are members on the first day of the
 * successor's term. A deviation that a declared {@link io.github.scosdk.model.RotationException} of that body
 * covers (it lists the successor's term) is excused; an undeclared one is a warning, or an error in strict mode.
 */
final class PresidencyRotationOrderRule implements Rule {

  @Override
  public String id() {
    return RuleIds.PRESIDENCY_ROTATION_ORDER;
  }

  @Override
  public String description() {
    return "The successor is the next member in SCO Russian alphabetical order, unless a declared exception "
        + "covers it.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    ScoDataset data = context.dataset();
    for (Body body : data.presidencyBodies()) {
      check(context, data.presidencyTimeline(body), new MembersSweep(data), sink);
    }
  }

  private static void check(RuleContext context, List<Presidency> terms, MembersSweep members, ViolationSink sink) {
    ScoDataset data = context.dataset();
    for (int i = 1; i < terms.size(); i++) {
      Presidency prev = terms.get(i - 1);
      Presidency next = terms.get(i);
      if (context.isExcused(next)) {
        continue;
      }
      Optional<State> prevState = data.state(prev.holder());
      if (prevState.isEmpty()) {
        continue; // reported by reference.resolves
      }
      Optional<State> expected =
          Optional.ofNullable(members.successor(prev.holder(), next.term().start().earliest()));
      if (expected.isEmpty() || expected.get().code().equals(next.holder())) {
        continue;
      }
      StateCode exp = expected.get().code();
      sink.report(
          context.strict() ? Severity.ERROR : Severity.WARNING,
          Location.of(next).at("holder"),
          String.format(
              "%s succeeds %s on %s, but the rotation order expects %s (%s), the next member after %s in SCO "
                  + "Russian alphabetical order; no declared exception covers term %s",
              next.holder(),
              prev.holder(),
              next.term().start(),
              exp,
              expected.get().nameRu(),
              prevState.get().nameRu(),
              next.id()));
    }
  }
}
