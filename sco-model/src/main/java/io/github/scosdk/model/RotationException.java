package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.scosdk.model.internal.StableHash;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A declared exception to a rotation rule: a swap of two states' turns, a new member passed over, or an irregular
 * period, with the terms it affects and its source.
 *
 * <p>The {@code presidency.rotation-order} rule excuses a deviation when a declared exception of the term's
 * {@link #body()} lists the successor term among {@link #presidencies()}; the {@code official.rotation-order} rule
 * excuses a Secretary-General term that an exception of the post's body ({@link Post#body()}, the Secretariat) lists
 * among {@link #officials()}. At least one term (a presidency or an official's) is affected; the description is not
 * blank. Build with {@link #builder()}; immutable and thread-safe.
 */
@Value.Immutable
public abstract class RotationException implements ScoRecord, WithRotationException {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  RotationException() {}

  /**
   * {@return the body whose rotation it excuses: {@link Body#COUNCIL_OF_HEADS_OF_STATE} unless said otherwise} It excuses
   * only terms of that body.
   */
  @Value.Default
  public Body body() {
    return Body.COUNCIL_OF_HEADS_OF_STATE;
  }

  /** {@return swap, skip of a new member, or irregular period} */
  public abstract RotationExceptionKind kind();

  /** {@return ids of the presidency terms it affects (the terms whose holder deviates from the rule)} */
  public abstract List<String> presidencies();

  /**
   * {@return ids of the officials' terms it affects (the Secretary-General terms whose holder deviates from the rule of
   * Charter Art. 11); empty for an exception to a chairmanship rotation}
   */
  public abstract List<String> officials();

  /** {@return states passed over or swapped, where it applies} */
  public abstract List<StateCode> states();

  /** {@return what happened, in plain words} */
  public abstract String description();

  /** {@return what the sources say beyond the bare facts} */
  public abstract Optional<String> note();

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a bad id, no term at all (neither a
   * presidency nor an official's), a bad or duplicate term id, a state listed twice, a blank description or note, a bad
   * source id.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.id("id", id());
    checkArgument(
        !presidencies().isEmpty() || !officials().isEmpty(),
        "presidencies: at least one term is required (a presidency, or an official's in officials) for exception '%s'",
        id());
    Checks.ids("presidencies", presidencies());
    Checks.noDuplicates("presidencies", presidencies());
    Checks.ids("officials", officials());
    Checks.noDuplicates("officials", officials());
    Checks.noDuplicates("states", states());
    Checks.nonBlank("description", description());
    Checks.sources(sources());
    Checks.nonBlankIfPresent("note", note());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RotationException}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableRotationException.Builder {
    /** A new, empty builder; prefer {@link RotationException#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(id(), sources(), body(), kind(), presidencies(), states(), description(), note(), officials());
  }
}
