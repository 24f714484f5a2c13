package io.github.scosdk.model;

import io.github.scosdk.model.internal.StableHash;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person holding an SCO post (Secretary-General, Deputy Secretary-General, RATS Director, national
 * coordinator): the post, the state they come from, and the term of office as a half-open range.
 *
 * <p>The name is not blank. Build with {@link #builder()}; immutable and thread-safe.
 */
@Value.Immutable
public abstract class Official implements ScoRecord, WithOfficial {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  Official() {}

  /** {@return the person's name in English} */
  public abstract String name();

  /** {@return the post held} */
  public abstract Post post();

  /** {@return the state the person is a citizen of} */
  public abstract StateCode state();

  /** {@return the term of office {@code [from, to)}} */
  public abstract DateRange term();

  /** {@return the id of the meeting that appointed the person} */
  public abstract Optional<String> appointedAt();

  /** {@return how far the record can be trusted} */
  @Value.Default
  public Confidence confidence() {
    return Confidence.HIGH;
  }

  /** {@return what the sources say beyond the bare facts, or where they disagree} */
  public abstract Optional<String> note();

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a bad id, a blank name or note, a bad
   * appointing-meeting id, a bad source id.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.id("id", id());
    Checks.nonBlank("name", name());
    Checks.idIfPresent("appointedAt", appointedAt());
    Checks.sources(sources());
    Checks.nonBlankIfPresent("note", note());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Official}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableOfficial.Builder
      implements ScoRecord.Builder<Official, Builder> {
    /** A new, empty builder; prefer {@link Official#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(id(), sources(), name(), post(), state(), term(), appointedAt(), confidence(), note());
  }
}
