package io.github.scosdk.model.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.ScoDataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a chosen set of {@link Rule}s over a dataset and returns a {@link ValidationReport} of every violation.
 * Validation never throws on bad data.
 *
 * <p>{@link #standard()} runs every rule of {@link RuleIds#STANDARD}; {@link #strict()} makes undeclared
 * deviations from a rotation order (of a chairmanship or of the Secretary-General) errors instead of warnings; {@link #only}, {@link #without} and
 * {@link #builder()} choose the rules, and users add their own.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(dataset);
 * report.errors().forEach(System.out::println);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (as long as the added rules are).
 */
public final class Validator {

  private static final Validator STANDARD = new Validator(standardRules(), false);

  private final List<Rule> rules;
  private final boolean strict;

  private Validator(List<Rule> rules, boolean strict) {
    this.rules = List.copyOf(rules);
    this.strict = strict;
  }

  /** {@return the validator with every standard rule, lenient about rotation deviations} */
  public static Validator standard() {
    return STANDARD;
  }

  /** {@return the standard rules, in the order of {@link RuleIds#STANDARD}} */
  public static List<Rule> standardRules() {
    return List.of(
        new MembershipTransitionRule(),
        new MembershipChronologyRule(),
        new MembershipStatusEraRule(),
        new AccessionNeedsStatusRule(),
        new PresidencyContinuityRule(),
        new PresidencyHolderIsMemberRule(),
        new PresidencyRotationOrderRule(),
        new PresidencySummitHostRule(),
        new OfficialRotationOrderRule(),
        new OfficialTermLengthRule(),
        new MeetingChairRule(),
        new MeetingParticipantsEligibleRule(),
        new DocumentAdoptionRule(),
        new DocumentSignatoriesRule(),
        new ApplicationDecidedAfterRule(),
        new ReferenceResolvesRule(),
        new RecordSourcedRule());
  }

  /** {@return a copy in strict mode: undeclared rotation deviations are errors} */
  public Validator strict() {
    return new Validator(rules, true);
  }

  /** {@return whether this validator is in strict mode} */
  public boolean isStrict() {
    return strict;
  }

  /** {@return the rules this validator runs, in order} */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * {@return a validator with only the named standard rules}
   *
   * @param ruleIds ids of standard rules, such as {@code presidency.continuity}; a repeated id counts once
   * @throws IllegalArgumentException if an id names no standard rule
   */
  public static Validator only(String... ruleIds) {
    Set<String> wanted = checkedIds(ruleIds);
    List<Rule> chosen = new ArrayList<>();
    for (Rule r : standardRules()) {
      if (wanted.contains(r.id())) {
        chosen.add(r);
      }
    }
    return new Validator(chosen, false);
  }

  /**
   * {@return a copy without the named rules}
   *
   * @param ruleIds ids of rules of this validator, such as {@code presidency.rotation-order}; a repeated id counts once
   * @throws IllegalArgumentException if an id names none of its rules
   */
  public Validator without(String... ruleIds) {
    Set<String> unwanted = new LinkedHashSet<>(Arrays.asList(ruleIds));
    for (String id : unwanted) {
      checkArgument(rules.stream().anyMatch(r -> r.id().equals(id)), "ruleIds: no rule with id '%s'", id);
    }
    List<Rule> kept = new ArrayList<>(rules);
    kept.removeIf(r -> unwanted.contains(r.id()));
    return new Validator(kept, strict);
  }

  private static Set<String> checkedIds(String... ids) {
    Set<String> set = new LinkedHashSet<>(Arrays.asList(ids));
    for (String id : set) {
      checkArgument(RuleIds.STANDARD.contains(id), "ruleIds: no standard rule with id '%s'", id);
    }
    return set;
  }

  /**
   * Validates the dataset with every rule of this validator. Domain rule violations are reported, never thrown.
   *
   * @param dataset the dataset to check; not null
   * @return the violations found by every rule, in the order of the rules, and the ids of the rules that ran
   */
  public ValidationReport validate(ScoDataset dataset) {
    RuleContext context = new RuleContext(requireNonNull(dataset, "dataset"), strict);
    List<Violation> violations = new ArrayList<>();
    Set<String> run = new LinkedHashSet<>();
    for (Rule rule : rules) {
      rule.check(context, new ViolationSink(context, rule.id(), violations));
      run.add(rule.id());
    }
    return ValidationReport.builder().violations(violations).rulesRun(run).build();
  }

  /** {@return a builder starting from no rules} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a validator from chosen rules; rule ids must be unique. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private boolean strict;

    private Builder() {}

    /**
     * Adds a rule.
     *
     * @param rule a standard or user-defined rule with a non-blank id; not null
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same id was added
     */
    public Builder addRule(Rule rule) {
      requireNonNull(rule, "rule");
      String id = requireNonNull(rule.id(), "rule.id()");
      checkArgument(!id.isBlank(), "rule.id(): must not be blank");
      checkArgument(rules.putIfAbsent(id, rule) == null, "rule: duplicate rule id '%s'", id);
      return this;
    }

    /**
     * Adds rules, in their iteration order.
     *
     * @param more the rules to add, each with a non-blank id not yet added; not null
     * @return this builder
     * @throws IllegalArgumentException on a duplicate id
     */
    public Builder addRules(Collection<? extends Rule> more) {
      more.forEach(this::addRule);
      return this;
    }

    /**
     * Sets strict mode (undeclared rotation deviations are errors).
     *
     * @param value {@code true} for strict mode, {@code false} (the default) to report them as warnings
     * @return this builder
     */
    public Builder strict(boolean value) {
      this.strict = value;
      return this;
    }

    /** {@return the validator} */
    public Validator build() {
      return new Validator(new ArrayList<>(rules.values()), strict);
    }
  }
}
