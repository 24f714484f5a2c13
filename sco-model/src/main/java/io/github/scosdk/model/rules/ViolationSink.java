package io.github.scosdk.model.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.ScoRecord;
import java.util.List;

/**
 * Where one rule reports its violations during one validation run. A sink is bound to the rule it is given to:
 * every violation it takes carries that rule's id. The location of each is completed with the position of its
 * value in the dataset, from which the violation's JSON Pointer is derived ({@link Location#pointer()}).
 *
 * <p>Created by the {@link Validator} for each rule of each run; not thread-safe.
 */
public final class ViolationSink {

  private final RuleContext context;
  private final String ruleId;
  private final List<Violation> violations;

  ViolationSink(RuleContext context, String ruleId, List<Violation> violations) {
    this.context = requireNonNull(context, "context");
    this.ruleId = requireNonNull(ruleId, "ruleId");
    this.violations = requireNonNull(violations, "violations");
  }

  /** {@return the id of the rule this sink reports for} */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Reports an error at the location (such as {@code Location.of(meeting).at("chair")}).
   *
   * @param at the record and, where known, the attribute or element at fault; not null
   * @param message the plain-words message naming the facts that broke the rule (such as the state and the day);
   *     not null
   */
  public void error(Location at, String message) {
    report(Severity.ERROR, at, message);
  }

  /**
   * Reports a warning at the location.
   *
   * @param at the record and, where known, the attribute or element at fault; not null
   * @param message the plain-words message naming the facts that broke the rule (such as the state and the day);
   *     not null
   */
  public void warning(Location at, String message) {
    report(Severity.WARNING, at, message);
  }

  /**
   * Reports an error about the record itself.
   *
   * @param record the record at fault, one of the dataset being validated; not null
   * @param message the plain-words message naming the facts that broke the rule (such as the state and the day);
   *     not null
   */
  public void error(ScoRecord record, String message) {
    report(Severity.ERROR, Location.of(record), message);
  }

  /**
   * Reports a violation of the severity at the location.
   *
   * @param severity error, or warning for what may be right (such as an undeclared rotation deviation); not null
   * @param at the record and, where known, the attribute or element at fault; not null
   * @param message the plain-words message naming the facts that broke the rule (such as the state and the day);
   *     not null
   */
  public void report(Severity severity, Location at, String message) {
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
    violations.add(
        Violation.builder().ruleId(ruleId).severity(severity).at(context.locate(at)).message(message).build());
  }

  /**
   * Reports an error about a subject known only by a string, a record id or a state code (which one is guessed as
   * {@link RuleContext#pointerOf(String)} does).
   *
   * @param ruleId must be the id of this sink's rule
   * @param subject the id of the record at fault, or the ISO code of the state at fault; not null
   * @param message the plain-words message naming the facts that broke the rule; not null
   * @throws IllegalArgumentException if the rule id is not this sink's
   * @deprecated the string does not say whether it is a state or a record, and the rule id is already known:
   *     use {@link #error(Location, String)}
   */
  @Deprecated
  public void error(String ruleId, String subject, String message) {
    report(ruleId, Severity.ERROR, subject, null, message);
  }

  /**
   * Reports a warning about a subject known only by a string (see {@link #error(String, String, String)}).
   *
   * @param ruleId must be the id of this sink's rule
   * @param subject the id of the record at fault, or the ISO code of the state at fault; not null
   * @param message the plain-words message naming the facts that broke the rule; not null
   * @throws IllegalArgumentException if the rule id is not this sink's
   * @deprecated use {@link #warning(Location, String)}
   */
  @Deprecated
  public void warning(String ruleId, String subject, String message) {
    report(ruleId, Severity.WARNING, subject, null, message);
  }

  /**
   * Reports a violation about a subject known only by a string (see {@link #error(String, String, String)}); the
   * pointer is the subject's, extended by {@code field} (a JSON Pointer tail without its first slash, such as
   * {@code participants/2}) when given.
   *
   * @param ruleId must be the id of this sink's rule
   * @param severity error, or warning for what may be right; not null
   * @param subject the id of the record at fault, or the ISO code of the state at fault; not null
   * @param field a JSON Pointer tail below the subject, such as {@code participants/2}, or {@code null} for the
   *     subject itself
   * @param message the plain-words message naming the facts that broke the rule; not null
   * @throws IllegalArgumentException if the rule id is not this sink's
   * @deprecated use {@link #report(Severity, Location, String)}
   */
  @Deprecated
  public void report(String ruleId, Severity severity, String subject, String field, String message) {
    checkRule(ruleId);
    requireNonNull(severity, "severity");
    requireNonNull(subject, "subject");
    requireNonNull(message, "message");
    Violation.Builder b = Violation.builder().ruleId(ruleId).severity(severity).subject(subject).message(message);
    context.locate(subject).ifPresent(at -> b.at(field == null ? at : at.at(AttributePath.ofPointer(field))));
    violations.add(b.build());
  }

  /**
   * Adds a violation as it is; its rule id must be this sink's.
   *
   * @param violation a complete violation, already located; not null
   * @throws IllegalArgumentException if its rule id is not this sink's
   */
  public void add(Violation violation) {
    requireNonNull(violation, "violation");
    checkRule(violation.ruleId());
    violations.add(violation);
  }

  private void checkRule(String id) {
    requireNonNull(id, "ruleId");
    checkArgument(
        id.equals(ruleId), "ruleId: '%s' is not the id of the rule this sink reports for, '%s'", id, ruleId);
  }
}
