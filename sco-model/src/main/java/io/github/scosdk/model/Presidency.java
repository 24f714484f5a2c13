package io.github.scosdk.model;

import io.github.scosdk.model.internal.StableHash;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One state's turn at a rotating SCO chairmanship: the presidency (the chairmanship of the Council of Heads of
 * State, the default {@link #body()}) or the chairmanship of another body such as the Council of Heads of
 * Government; the holder and its term, the half-open date range {@code [assumed, handedOver)}. In this model a presidency is the record, its {@link #term()} only the
 * dates, its {@link #holder()} the state (a meeting's {@code chair} is another thing: who chairs that meeting).
 *
 * <p>The state that hosts the next regular Council of Heads of State meeting holds the presidency from the close
 * of one summit to the close of the next; on the day of the closing session the next state already chairs. The
 * summits that open and close the term are referenced by id where known. A CHG chairmanship runs likewise from
 * the close of one regular CHG meeting to the close of the next. Whether terms meet, the holder is a
 * member and the rotation order is kept is checked by the validator. Build with {@link #builder()}; immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Presidency implements ScoRecord, WithPresidency {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  Presidency() {}

  /**
   * {@return the body whose chairmanship this is: {@link Body#COUNCIL_OF_HEADS_OF_STATE} (the presidency) unless said
   * otherwise; the terms of each body form their own timeline}
   */
  @Value.Default
  public Body body() {
    return Body.COUNCIL_OF_HEADS_OF_STATE;
  }

  /** {@return the state holding the presidency} */
  public abstract StateCode holder();

  /** {@return the term, half-open; ongoing for the current presidency} */
  public abstract DateRange term();

  /** {@return the id of the summit (the body's meeting) at whose close the holder took over} */
  public abstract Optional<String> openedAt();

  /** {@return the id of the regular summit (the body's regular meeting) that closes the term (hosted by the holder)} */
  public abstract Optional<String> closedAt();

  /** {@return the presidency's slogan or theme} */
  public abstract Optional<String> slogan();

  /** {@return how far the record can be trusted} */
  @Value.Default
  public Confidence confidence() {
    return Confidence.HIGH;
  }

  /** {@return what the sources say beyond the bare facts, or where they disagree} */
  public abstract Optional<String> note();

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a bad id, a bad id of the opening or
   * closing summit, a blank slogan or note, a bad source id.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.id("id", id());
    Checks.idIfPresent("openedAt", openedAt());
    Checks.idIfPresent("closedAt", closedAt());
    Checks.nonBlankIfPresent("slogan", slogan());
    Checks.sources(sources());
    Checks.nonBlankIfPresent("note", note());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Presidency}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutablePresidency.Builder
      implements ScoRecord.Builder<Presidency, Builder> {
    /** A new, empty builder; prefer {@link Presidency#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(id(), sources(), body(), holder(), term(), openedAt(), closedAt(), slogan(), confidence(), note());
  }
}
