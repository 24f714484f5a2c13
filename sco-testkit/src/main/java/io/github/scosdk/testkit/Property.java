package io.github.scosdk.testkit;

/**
 * A property of values of type {@code T}: it holds when {@link #check} returns normally, and fails when it
 * throws (an {@link AssertionError} from AssertJ or JUnit, or any exception).
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Property<T> {

  /**
   * Checks the property for one value.
   *
   * @param value the generated value, not null
   * @throws Exception or an {@link AssertionError} when the property does not hold
   */
  void check(T value) throws Exception;
}
