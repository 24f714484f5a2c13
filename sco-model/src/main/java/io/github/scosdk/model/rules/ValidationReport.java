package io.github.scosdk.model.rules;

import io.github.scosdk.model.internal.StableHash;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of validating a dataset: every violation found, in rule order and then in dataset order.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationReport {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  ValidationReport() {}

  /** {@return every violation} */
  public abstract List<Violation> violations();

  /** {@return the ids of the rules that ran} */
  public abstract Set<String> rulesRun();

  /** {@return the violations of severity {@link Severity#ERROR}} */
  public List<Violation> errors() {
    return violations().stream().filter(v -> v.severity() == Severity.ERROR).collect(Collectors.toUnmodifiableList());
  }

  /** {@return the violations of severity {@link Severity#WARNING}} */
  public List<Violation> warnings() {
    return violations().stream().filter(v -> v.severity() == Severity.WARNING).collect(Collectors.toUnmodifiableList());
  }

  /** {@return whether any violation is an error} */
  public boolean hasErrors() {
    return violations().stream().anyMatch(v -> v.severity() == Severity.ERROR);
  }

  /** {@return whether there is no violation at all} */
  public boolean isClean() {
    return violations().isEmpty();
  }

  /** {@return the distinct rule ids of the violations, in order of first occurrence; unmodifiable} */
  public Set<String> violatedRuleIds() {
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (Violation v : violations()) {
      ids.add(v.ruleId());
    }
    return java.util.Collections.unmodifiableSet(ids);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValidationReport}. Not thread-safe. */
  public static final class Builder extends ImmutableValidationReport.Builder {
    /** A new, empty builder. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(violations(), rulesRun());
  }
}
