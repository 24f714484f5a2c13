package io.github.scosdk.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of random values of type {@code T}, driven entirely by the {@link RandomGenerator} it is given.
 *
 * <p>A generator holds no randomness of its own: the same generator called with two random generators in the
 * same state returns equal values. Seed one with {@code new SplittableRandom(seed)} (or
 * {@code RandomGenerator.of("L64X128MixRandom")} after {@code setSeed}) and the value is reproducible from the
 * seed alone; that is what lets any test framework (JUnit, Jazzer, another property-testing library) drive the
 * testkit. Implementations must be stateless and thread-safe.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * Generates one value.
   *
   * @param random the source of randomness, not null; its state advances
   * @return a value, never null
   */
  T generate(RandomGenerator random);

  /**
   * A generator of the values of this one mapped through the function.
   *
   * @param <R> the type of the mapped values
   * @param f the function applied to each value, not null
   * @return the mapped generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    requireNonNull(f, "f");
    return random -> f.apply(generate(random));
  }

  /**
   * A generator whose next generator depends on a value of this one.
   *
   * @param <R> the type of the values of the next generator
   * @param f gives the next generator for a value of this one, not null
   * @return the dependent generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    requireNonNull(f, "f");
    return random -> f.apply(generate(random)).generate(random);
  }

  /**
   * A generator of the values of this one that pass the filter; gives up after 1000 rejections in a row.
   *
   * @param keep the filter a value must pass, not null
   * @return the filtered generator
   * @throws IllegalStateException from {@link #generate} when no value passes after 1000 tries
   */
  default Gen<T> filter(Predicate<? super T> keep) {
    requireNonNull(keep, "keep");
    return random -> {
      for (int i = 0; i < 1000; i++) {
        T t = generate(random);
        if (keep.test(t)) {
          return t;
        }
      }
      throw new IllegalStateException("filter: no value passed after 1000 tries");
    };
  }

  /**
   * A generator of lists of {@code min} to {@code max} (inclusive) values of this one.
   *
   * @param min the smallest size, at least 0
   * @param max the largest size, at least {@code min}
   * @return the generator of lists
   */
  default Gen<List<T>> list(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("list: bad bounds min=" + min + " max=" + max);
    }
    return random -> {
      int n = min == max ? min : random.nextInt(min, max + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(generate(random));
      }
      return List.copyOf(out);
    };
  }

  /**
   * A generator that always returns the value.
   *
   * @param <T> the type of the value
   * @param value the value returned every time
   * @return the constant generator
   */
  static <T> Gen<T> constant(T value) {
    requireNonNull(value, "value");
    return random -> value;
  }

  /**
   * A generator that picks one of the values uniformly.
   *
   * @param <T> the type of the values
   * @param values the values to choose from, not null
   * @return the generator
   * @throws IllegalArgumentException if empty
   */
  static <T> Gen<T> oneOf(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOf: no values to choose from");
    }
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * A generator of ints in {@code [min, max]} (inclusive).
   *
   * @param min the smallest int
   * @param max the largest int
   * @return the generator of ints
   * @throws IllegalArgumentException if {@code max < min}
   */
  static Gen<Integer> ints(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("ints: max " + max + " is below min " + min);
    }
    return random -> min == max ? min : random.nextInt(min, max + 1);
  }
}
