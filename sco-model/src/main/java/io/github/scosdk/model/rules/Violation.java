package io.github.scosdk.model.rules;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One broken rule: the rule id, the severity, the subject (the id of the record at fault, or a state code), a
 * JSON Pointer into the {@code sco-dataset/1} document where known (such as {@code /presidencies/3}), and a
 * plain-words message with the facts that broke the rule.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  Violation() {}

  /** The id of the rule, such as {@code presidency.rotation-order}. */
  public abstract String ruleId();

  /** Error or warning. */
  public abstract Severity severity();

  /** The record (by id) or state (by code) at fault. */
  public abstract String subject();

  /** Where the subject sits in the JSON form of the dataset, as a JSON Pointer. */
  public abstract Optional<String> pointer();

  /** What is wrong, in plain words, naming the facts. */
  public abstract String message();

  @org.immutables.value.Value.Check
  protected void check() {
    com.google.common.base.Preconditions.checkArgument(!ruleId().isBlank(), "ruleId: must not be blank");
    com.google.common.base.Preconditions.checkArgument(!subject().isBlank(), "subject: must not be blank");
    com.google.common.base.Preconditions.checkArgument(!message().isBlank(), "message: must not be blank");
  }

  @Override
  public String toString() {
    return severity() + " " + ruleId() + " [" + subject() + pointer().map(p -> " " + p).orElse("") + "] " + message();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Violation}. Not thread-safe. */
  public static final class Builder extends ImmutableViolation.Builder {
    /** A new, empty builder. */
    public Builder() {}
  }
}
