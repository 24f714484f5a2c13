package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.scosdk.model.internal.StableHash;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A step of a state on the accession track, on a date: from that day on the state is at the {@link #stage()}, until
 * a later step or until its formal status ends the accession (admission as a member, withdrawal, loss of the
 * status). The formal status is not changed by it: an observer stays an observer while it accedes.
 *
 * <p>It records the deciding meeting (the Council of Heads of State summit that started the procedure or witnessed
 * the memorandum) and documents where known, the sources, a confidence and an optional note. The date may be
 * partial; look-ups then use its earliest day. That the state holds a formal status on that day is checked by the
 * validator ({@code membership.accession-needs-status}), not here. Build with {@link #builder()}; immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class AccessionStep implements StateStep, WithAccessionStep {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  AccessionStep() {}

  /** {@return the acceding state} */
  public abstract StateCode state();

  /** {@return the stage the state reaches on {@link #date()}: started or memorandum signed, never none} */
  public abstract AccessionStage stage();

  /** {@return the day the step takes effect} */
  public abstract PartialDate date();

  /** {@return the id of the meeting that decided it or at which it was taken, if any} */
  public abstract Optional<String> decidedAt();

  /** {@return ids of documents that record it (the decision, the memorandum of obligations)} */
  public abstract List<String> documents();

  /** {@return how far the fact can be trusted} */
  @Value.Default
  public Confidence confidence() {
    return Confidence.HIGH;
  }

  /** {@return what the sources say beyond the bare fact, or where they disagree} */
  public abstract Optional<String> note();

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a bad id, the stage none, a bad id of
   * the deciding meeting, a bad or duplicate document id, a bad source id, a blank note.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.id("id", id());
    checkArgument(stage() != AccessionStage.NONE, "stage: a step reaches a stage, was %s on '%s'", stage(), id());
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

  /** Builds an {@link AccessionStep}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableAccessionStep.Builder
      implements StateStep.Builder<AccessionStep, Builder> {
    /** A new, empty builder; prefer {@link AccessionStep#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(id(), sources(), state(), stage(), date(), decidedAt(), documents(), confidence(), note());
  }
}
