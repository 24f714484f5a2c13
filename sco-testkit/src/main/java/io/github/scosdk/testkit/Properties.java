package io.github.scosdk.testkit;

import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.ScoDataset;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Runs a property over many generated values, in any JUnit 5 test (or any other test): {@code
 * Properties.forAll(generator, property)}.
 *
 * <p>Try {@code i} generates its value from {@code new SplittableRandom(seed_i)}; the first seed is the base
 * seed, each next one is drawn from the previous. The base seed is random unless the system property {@value
 * #SEED_PROPERTY} or {@link Runner#seed(long)} fixes it. The number of tries is {@value #DEFAULT_TRIES} unless the
 * system property {@value #TRIES_PROPERTY} (for a deep run, {@code -Dsco.testkit.tries=10000}) or
 * {@link Runner#tries(int)} says otherwise; the system property wins, so a deep run needs no code change.
 *
 * <p>On the first failure the value is shrunk (datasets with {@link DatasetShrinker}, a {@link Defect}'s
 * dataset likewise, other values with the shrinker given to {@link Runner#shrinkWith}) while the property still
 * fails with the same exception class, and a {@link PropertyFailure} reports the seed of the try and the shrunk
 * counterexample. Stateless.
 */
public final class Properties {

  /** The system property that sets the number of tries. */
  public static final String TRIES_PROPERTY = "sco.testkit.tries";

  /** The system property that fixes the base seed. */
  public static final String SEED_PROPERTY = "sco.testkit.seed";

  /** The number of tries when nothing else is said. */
  public static final int DEFAULT_TRIES = 100;

  /**
   * The system property that asks for the deep run ({@code mvn verify -Pdeep} sets it to {@code true}): costly
   * properties then run their deep number of tries (see {@link #tries(int, int)}) instead of their smoke run.
   */
  public static final String DEEP_PROPERTY = "sco.deep";

  private Properties() {}

  /**
   * Checks the property for values of the generator, with the default settings.
   *
   * @param <T> the type of the values
   * @param generator the generator of values, not null
   * @param property the property each value must have, not null
   * @throws PropertyFailure if the property fails for a value
   */
  public static <T> void forAll(Gen<T> generator, Property<? super T> property) {
    forAll(generator).check(property);
  }

  /**
   * A runner to configure (tries, seed, shrinker) before {@link Runner#check}.
   *
   * @param <T> the type of the values
   * @param generator the generator of values, not null
   * @return a runner with the default settings
   */
  public static <T> Runner<T> forAll(Gen<T> generator) {
    return new Runner<>(requireNonNull(generator, "generator"), null, null, null);
  }

  /**
   * The tries to run: the system property {@value #TRIES_PROPERTY} if set, else the given default.
   *
   * @param defaultTries the number of tries when the system property is not set
   * @return the number of tries, at least 1
   * @throws IllegalArgumentException if the system property is not a positive integer
   */
  public static int tries(int defaultTries) {
    String p = System.getProperty(TRIES_PROPERTY);
    if (p == null || p.isBlank()) {
      return defaultTries;
    }
    try {
      int n = Integer.parseInt(p.trim());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(TRIES_PROPERTY + ": '" + p + "' is not a positive integer", e);
    }
  }

  /**
   * Whether this is the deep run: the system property {@value #DEEP_PROPERTY} is {@code true}.
   *
   * @return whether costly properties run their deep number of tries
   */
  public static boolean deep() {
    return Boolean.getBoolean(DEEP_PROPERTY);
  }

  /**
   * The tries to run for a costly property with a smoke run and a deep run: the system property {@value
   * #TRIES_PROPERTY} if set, else {@code deepTries} in the deep run ({@link #deep()}), else {@code smokeTries}.
   *
   * @param smokeTries the number of tries of the normal build
   * @param deepTries the number of tries of the deep run
   * @return the number of tries, at least 1
   * @throws IllegalArgumentException if the system property is not a positive integer
   */
  public static int tries(int smokeTries, int deepTries) {
    return tries(deep() ? deepTries : smokeTries);
  }

  /**
   * The base seed: the system property {@value #SEED_PROPERTY} if set, else the given one, else a random one.
   *
   * @param given the seed the test asked for, if any, not null
   * @return the base seed
   * @throws IllegalArgumentException if the system property is not a long
   */
  public static long baseSeed(Optional<Long> given) {
    String p = System.getProperty(SEED_PROPERTY);
    if (p != null && !p.isBlank()) {
      try {
        return Long.parseLong(p.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(SEED_PROPERTY + ": '" + p + "' is not a long", e);
      }
    }
    return given.orElseGet(() -> new SplittableRandom().nextLong());
  }

  /**
   * The seeds of {@code tries} tries from the base seed: the base, then each drawn from the previous.
   *
   * @param base the base seed
   * @param tries the number of seeds, at least 0
   * @return the seeds, in order
   */
  public static Stream<Long> seeds(long base, int tries) {
    return Stream.iterate(base, s -> new SplittableRandom(s).nextLong()).limit(tries);
  }

  /**
   * A configured property run. Immutable: each setter returns a new runner.
   *
   * @param <T> the type of the values
   */
  public static final class Runner<T> {
    private final Gen<T> generator;
    private final Integer tries;
    private final Long seed;
    private final Shrinker<T> shrinker;

    private Runner(Gen<T> generator, Integer tries, Long seed, Shrinker<T> shrinker) {
      this.generator = generator;
      this.tries = tries;
      this.seed = seed;
      this.shrinker = shrinker;
    }

    /**
     * Runs this many tries (unless {@value #TRIES_PROPERTY} is set).
     *
     * @param n the number of tries, at least 1
     * @return this runner
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public Runner<T> tries(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("tries: " + n + " is below 1");
      }
      return new Runner<>(generator, n, seed, shrinker);
    }

    /**
     * Starts from this base seed (unless {@value #SEED_PROPERTY} is set).
     *
     * @param base the base seed
     * @return this runner
     */
    public Runner<T> seed(long base) {
      return new Runner<>(generator, tries, base, shrinker);
    }

    /**
     * Shrinks failing values with this shrinker.
     *
     * @param s the shrinker, not null
     * @return this runner
     */
    public Runner<T> shrinkWith(Shrinker<T> s) {
      return new Runner<>(generator, tries, seed, requireNonNull(s, "shrinker"));
    }

    /**
     * Checks the property on every try.
     *
     * @param property the property each value must have, not null
     * @throws PropertyFailure with the seed and the shrunk counterexample, on the first failing try
     */
    public void check(Property<? super T> property) {
      requireNonNull(property, "property");
      int n = Properties.tries(tries == null ? DEFAULT_TRIES : tries);
      long base = baseSeed(Optional.ofNullable(seed));
      int tryNumber = 0;
      for (long s : (Iterable<Long>) seeds(base, n)::iterator) {
        tryNumber++;
        T value = generator.generate(new SplittableRandom(s));
        Throwable failure = failure(property, value);
        if (failure != null) {
          Class<?> kind = failure.getClass();
          Shrinking.Result<T> r =
              Shrinking.minimize(
                  value,
                  shrinkerFor(value),
                  v -> {
                    Throwable t = failure(property, v);
                    return t != null && t.getClass() == kind;
                  },
                  Shrinking.DEFAULT_BUDGET);
          Throwable cause = failure(property, r.value());
          throw new PropertyFailure(s, tryNumber, value, r.value(), r.steps(), cause == null ? failure : cause);
        }
      }
    }

    @SuppressWarnings("unchecked")
    private Shrinker<T> shrinkerFor(T value) {
      if (shrinker != null) {
        return shrinker;
      }
      if (value instanceof ScoDataset) {
        return (Shrinker<T>) DatasetShrinker.instance();
      }
      if (value instanceof Defect) {
        Shrinker<Defect> s =
            d ->
                DatasetShrinker.instance()
                    .candidates(d.dataset())
                    .map(x -> new Defect(x, d.ruleId(), d.description()));
        return (Shrinker<T>) s;
      }
      return Shrinker.none();
    }
  }

  private static <T> Throwable failure(Property<? super T> property, T value) {
    try {
      property.check(value);
      return null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Exception | AssertionError e) {
      return e;
    }
  }
}
