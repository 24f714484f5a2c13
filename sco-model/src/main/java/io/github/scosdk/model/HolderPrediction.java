package io.github.scosdk.model;

import io.github.scosdk.model.internal.StableHash;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The next presidency holder predicted by the strict rotation rule, with the reasoning: who holds the presidency
 * now, the members in rotation order, who is passed over and why.
 *
 * <p>The rule is applied strictly (the next member in SCO Russian alphabetical order after the current holder);
 * the SCO has deviated from it in the past, which the reasoning recalls when the dataset declares exceptions.
 * Obtain it from {@link ScoDataset#predictNextHolder(LocalDate)} or, for another body's chairmanship, from
 * {@link ScoDataset#predictNextHolder(Body, LocalDate)}. (A meeting has a chair; the
 * presidency has a holder: this predicts the holder.) Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HolderPrediction {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  HolderPrediction() {}

  /** {@return the body whose chairmanship is predicted: the Council of Heads of State (the presidency) unless said otherwise} */
  @Value.Default
  public Body body() {
    return Body.COUNCIL_OF_HEADS_OF_STATE;
  }

  /** {@return the day the prediction is made for} */
  public abstract LocalDate after();

  /** {@return the presidency running on that day} */
  public abstract Optional<Presidency> current();

  /** {@return the predicted next holder; empty when no prediction can be made (no current term, no other member)} */
  public abstract Optional<StateCode> predicted();

  /** {@return the members on that day in rotation order} */
  public abstract List<StateCode> order();

  /** {@return the reasoning, one plain sentence per step} */
  public abstract List<String> reasoning();

  /** {@return a new builder; normally use {@link ScoDataset#predictNextHolder(LocalDate)}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HolderPrediction}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableHolderPrediction.Builder {
    /** A new, empty builder; prefer {@link HolderPrediction#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(body(), after(), current(), predicted(), order(), reasoning());
  }
}
