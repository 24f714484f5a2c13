package io.github.scosdk.model.rules;

import io.github.scosdk.model.internal.StableHash;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One broken rule: the rule id, the severity, the subject (the id of the record at fault, or a state code), a
 * JSON Pointer into the {@code sco-dataset/1} document where known (such as {@code /presidencies/3}), and a
 * plain-words message with the facts that broke the rule.
 *
 * <p>A violation reported by a rule also has its typed {@link #location()} (the kind of the value at fault, its
 * key, its position and the attribute path), which tells a state from a record with the same key; its subject
 * is the location's key and its pointer the location's pointer (the builder rejects a violation whose subject
 * or pointer disagree with its location). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  Violation() {}

  /** {@return the id of the rule, such as {@code presidency.rotation-order}} */
  public abstract String ruleId();

  /** {@return error or warning} */
  public abstract Severity severity();

  /** {@return the record (by id) or state (by code) at fault} */
  public abstract String subject();

  /** {@return where the subject sits in the JSON form of the dataset, as a JSON Pointer} */
  public abstract Optional<String> pointer();

  /** {@return what is wrong, in plain words, naming the facts} */
  public abstract String message();

  /** {@return where exactly the fault is, for a violation reported by a rule through its {@link ViolationSink}} */
  public abstract Optional<Location> location();

  /**
   * Rejects a malformed violation as it is built (called by the generated builder): a blank rule id, subject or
   * message, or a location whose key or pointer differs from the subject or the pointer.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @org.immutables.value.Value.Check
  protected void check() {
    com.google.common.base.Preconditions.checkArgument(!ruleId().isBlank(), "ruleId: must not be blank");
    com.google.common.base.Preconditions.checkArgument(!subject().isBlank(), "subject: must not be blank");
    com.google.common.base.Preconditions.checkArgument(!message().isBlank(), "message: must not be blank");
    if (location().isPresent()) {
      Location at = location().get();
      com.google.common.base.Preconditions.checkArgument(
          subject().equals(at.key()), "subject: '%s' is not the key of the location %s", subject(), at);
      com.google.common.base.Preconditions.checkArgument(
          pointer().equals(at.pointer()), "pointer: %s is not the pointer of the location %s", pointer(), at);
    }
  }

  @Override
  public String toString() {
    return severity() + " " + ruleId() + " [" + subject() + pointer().map(p -> " " + p).orElse("") + "] " + message();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Violation}. Not thread-safe. */
  public static final class Builder extends ImmutableViolation.Builder {
    /** A new, empty builder. */
    public Builder() {}

    /**
     * Sets the location, and with it the subject (its key) and the pointer (its pointer, or none).
     *
     * @param location where the fault is: the record and, where known, the attribute or element; not null
     * @return this builder
     */
    public Builder at(Location location) {
      location(location);
      subject(location.key());
      return pointer(location.pointer());
    }
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(ruleId(), severity(), subject(), pointer(), message(), location());
  }
}
