package io.github.scosdk.model;

import io.github.scosdk.model.internal.StableHash;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named proposal, such as the Global Development Initiative and its eight areas: who proposed it, when and
 * at which meeting, its areas, and the documents that endorse it.
 *
 * <p>The name is not blank; areas and endorsing documents are distinct. Build with {@link #builder()};
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Initiative implements ScoRecord, WithInitiative {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  Initiative() {}

  /** {@return its name in English} */
  public abstract String name();

  /** {@return the state that proposed it} */
  public abstract Optional<StateCode> proposerState();

  /** {@return the person who proposed it, such as {@code Xi Jinping}} */
  public abstract Optional<String> proposedBy();

  /** {@return when it was proposed} */
  public abstract Optional<PartialDate> proposed();

  /** {@return the id of the meeting where it was proposed, if an SCO meeting} */
  public abstract Optional<String> proposedAt();

  /** {@return a short description} */
  public abstract Optional<String> description();

  /** {@return its areas or principles, in the order given} */
  public abstract List<String> areas();

  /** {@return ids of documents that endorse it} */
  public abstract List<String> endorsedBy();

  /** {@return how far the record can be trusted} */
  @Value.Default
  public Confidence confidence() {
    return Confidence.HIGH;
  }

  /** {@return what the sources say beyond the bare facts, or where they disagree} */
  public abstract Optional<String> note();

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a bad id, a blank name, proposer,
   * description, area or note, a bad meeting or document id, a duplicate area or endorsing document, a bad
   * source id.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.id("id", id());
    Checks.nonBlank("name", name());
    Checks.nonBlankIfPresent("proposedBy", proposedBy());
    Checks.idIfPresent("proposedAt", proposedAt());
    Checks.nonBlankIfPresent("description", description());
    for (String a : areas()) {
      Checks.nonBlank("areas", a);
    }
    Checks.noDuplicates("areas", areas());
    Checks.ids("endorsedBy", endorsedBy());
    Checks.noDuplicates("endorsedBy", endorsedBy());
    Checks.sources(sources());
    Checks.nonBlankIfPresent("note", note());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Initiative}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableInitiative.Builder
      implements ScoRecord.Builder<Initiative, Builder> {
    /** A new, empty builder; prefer {@link Initiative#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(id(), sources(), name(), proposerState(), proposedBy(), proposed(), proposedAt(), description(), areas(), endorsedBy(), confidence(), note());
  }
}
