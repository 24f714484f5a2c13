package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.scosdk.model.internal.StableHash;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A state's application to the SCO for membership or for a partner status, on a date: a dated fact, not a status.
 * An application changes nothing in {@link ScoDataset#statusOn}; a status is granted by a {@link StatusChange}.
 *
 * <p>It records what was sought ({@link #sought()}; empty when the sources say only that "an SCO status" was sought),
 * the date (often known only to the month or year), the meeting that decided it if there was one, the sources, a
 * confidence and an optional note. The builder accepts only statuses a state can apply for ({@link #SOUGHT}). Whether
 * the application precedes its decision, and whether the state and the meeting exist, is checked by the validator
 * ({@code application.decided-after}, {@code reference.resolves}), not here. Build with {@link #builder()};
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Application implements ScoRecord, WithApplication {

  /** The statuses a state can apply for: membership and the partner statuses. */
  public static final Set<MembershipStatus> SOUGHT =
      java.util.Collections.unmodifiableSet(
          EnumSet.of(
              MembershipStatus.MEMBER,
              MembershipStatus.OBSERVER,
              MembershipStatus.DIALOGUE_PARTNER,
              MembershipStatus.PARTNER));

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  Application() {}

  /** {@return the applying state} */
  public abstract StateCode state();

  /**
   * {@return the status (or membership) sought, one of {@link #SOUGHT}; empty when the sources say only that the state
   * applied for an SCO status without naming it}
   */
  public abstract Optional<MembershipStatus> sought();

  /** {@return the day (or the month or year) of the application} */
  public abstract PartialDate date();

  /** {@return the id of the meeting that decided it (usually a Council of Heads of State summit), if any} */
  public abstract Optional<String> decidedAt();

  /** {@return how far the fact can be trusted} */
  @Value.Default
  public Confidence confidence() {
    return Confidence.HIGH;
  }

  /** {@return what the sources say beyond the bare fact, or where they disagree} */
  public abstract Optional<String> note();

  /** {@return whether the sources name a meeting that decided it} */
  public final boolean isDecided() {
    return decidedAt().isPresent();
  }

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a bad id, a status no state applies
   * for (none, accession stages, suspended, withdrawn), a bad id of the deciding meeting, a bad source id, a blank
   * note.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.id("id", id());
    if (sought().isPresent()) {
      checkArgument(
          SOUGHT.contains(sought().get()),
          "sought: %s is not a status a state applies for (one of %s)",
          sought().get(),
          SOUGHT);
    }
    Checks.idIfPresent("decidedAt", decidedAt());
    Checks.sources(sources());
    Checks.nonBlankIfPresent("note", note());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Application}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableApplication.Builder
      implements ScoRecord.Builder<Application, Builder> {
    /** A new, empty builder; prefer {@link Application#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(id(), sources(), state(), sought(), date(), decidedAt(), confidence(), note());
  }
}
