package io.github.scosdk.model;

import io.github.scosdk.model.internal.StableHash;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change of a state's {@link MembershipStatus} on a date: from that day on the state has the new status.
 *
 * <p>It records the deciding meeting (usually a Council of Heads of State summit) and documents where known,
 * the sources, a confidence and an optional note for what the sources leave uncertain. The date may be partial
 * (a memorandum "signed in May 2010"); status look-ups then use its earliest day. Whether the change follows
 * the transition graph is checked by the validator, not here. Build with {@link #builder()}; immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class StatusChange implements StateStep, WithStatusChange {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  StatusChange() {}

  /** {@return the state whose status changes} */
  public abstract StateCode state();

  /** {@return the status the state has from {@link #date()} on} */
  public abstract MembershipStatus status();

  /** {@return the day the change takes effect} */
  public abstract PartialDate date();

  /** {@return the id of the meeting that decided it, if any} */
  public abstract Optional<String> decidedAt();

  /** {@return ids of documents that record it (a decision, a memorandum)} */
  public abstract List<String> documents();

  /** {@return how far the fact can be trusted} */
  @Value.Default
  public Confidence confidence() {
    return Confidence.HIGH;
  }

  /** {@return what the sources say beyond the bare fact, or where they disagree} */
  public abstract Optional<String> note();

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a bad id, a bad id of the deciding
   * meeting, a bad or duplicate document id, a bad source id, a blank note.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.id("id", id());
    Checks.idIfPresent("decidedAt", decidedAt());
    Checks.ids("documents", documents());
    Checks.noDuplicates("documents", documents());
    Checks.sources(sources());
    Checks.nonBlankIfPresent("note", note());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatusChange}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableStatusChange.Builder
      implements StateStep.Builder<StatusChange, Builder> {
    /** A new, empty builder; prefer {@link StatusChange#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(id(), sources(), state(), status(), date(), decidedAt(), documents(), confidence(), note());
  }
}
