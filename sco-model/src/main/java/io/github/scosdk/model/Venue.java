package io.github.scosdk.model;

import io.github.scosdk.model.internal.StableHash;
import org.immutables.value.Value;

/**
 * Where a meeting is held: a city in a state. The city is not blank. Create with {@link #of}; immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Venue implements WithVenue {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  Venue() {}

  /** {@return the city, in English, such as {@code Tianjin}} */
  @Value.Parameter
  public abstract String city();

  /** {@return the state the city is in} */
  @Value.Parameter
  public abstract StateCode state();

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a blank city.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.nonBlank("city", city());
  }

  /**
   * {@return a venue}
   *
   * @param city the city as the sources name it in English, such as {@code Tianjin}; not blank
   * @param state the state the city lies in; not null
   * @throws IllegalArgumentException if the city is blank
   */
  public static Venue of(String city, StateCode state) {
    return ImmutableVenue.of(city, state);
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(city(), state());
  }
}
