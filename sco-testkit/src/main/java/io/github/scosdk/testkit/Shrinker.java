package io.github.scosdk.testkit;

import java.util.stream.Stream;

/**
 * Proposes smaller versions of a value, for reducing a failing input to a minimal one ({@link Shrinking}).
 *
 * <p>Every candidate must be strictly smaller than the value by the shrinker's own measure, so that greedy
 * shrinking terminates; the most aggressive candidates (dropping half of everything) come first. The stream is
 * lazy: candidates are built only as they are consumed. Implementations must be stateless.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Shrinker<T> {

  /**
   * The candidates smaller than the value, most aggressive first.
   *
   * @param value the value to shrink, not null
   * @return a lazy stream of smaller values, possibly empty
   */
  Stream<T> candidates(T value);

  /**
   * A shrinker that proposes nothing: the value is already minimal.
   *
   * @param <T> the type of the values
   * @return the shrinker that proposes no candidate
   */
  static <T> Shrinker<T> none() {
    return value -> Stream.empty();
  }
}
