package io.github.scosdk.model.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the violations that rules report during one validation run, filling in the JSON Pointer of the
 * subject from the {@link RuleContext}.
 */
public final class ViolationSink {

  private final RuleContext context;
  private final List<Violation> violations = new ArrayList<>();

  ViolationSink(RuleContext context) {
    this.context = requireNonNull(context, "context");
  }

  /** Reports an error about the subject (a record id or a state code). */
  public void error(String ruleId, String subject, String message) {
    report(ruleId, Severity.ERROR, subject, null, message);
  }

  /** Reports a warning about the subject (a record id or a state code). */
  public void warning(String ruleId, String subject, String message) {
    report(ruleId, Severity.WARNING, subject, null, message);
  }

  /**
   * Reports a violation; the pointer is the subject's pointer, extended by {@code field} when given (such as
   * {@code chair} or {@code participants/2}).
   */
  public void report(String ruleId, Severity severity, String subject, String field, String message) {
    Violation.Builder b =
        Violation.builder().ruleId(ruleId).severity(severity).subject(subject).message(message);
    context.pointerOf(subject).ifPresent(p -> b.pointer(field == null ? p : p + "/" + field));
    violations.add(b.build());
  }

  /** Adds a violation as it is. */
  public void add(Violation violation) {
    violations.add(requireNonNull(violation, "violation"));
  }

  List<Violation> violations() {
    return violations;
  }
}
