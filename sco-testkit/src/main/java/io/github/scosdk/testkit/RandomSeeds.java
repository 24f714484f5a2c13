package io.github.scosdk.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A seed source for a JUnit 5 {@code @ParameterizedTest} with one {@code long} parameter: it supplies the seeds of
 * {@link Properties#seeds(long, int)}, one invocation per seed, named by the seed so that a failure shows it.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "seed {0}")
 * @RandomSeeds(tries = 50, base = 42)
 * void validDatasetsAreClean(long seed) {
 *   ScoDataset d = DatasetGenerator.ofSize(10).generate(new SplittableRandom(seed));
 *   assertThat(Validator.standard().validate(d).isClean()).isTrue();
 * }
 * }</pre>
 *
 * <p>The system properties {@value Properties#TRIES_PROPERTY} and {@value Properties#SEED_PROPERTY} override
 * {@link #tries()} and {@link #base()}. A seed source does not shrink; call {@link Properties#forAll} with
 * {@code .seed(failingSeed).tries(1)} to shrink a failure it found.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(RandomSeedsProvider.class)
public @interface RandomSeeds {

  /**
   * The number of seeds; {@link Properties#DEFAULT_TRIES} when 0.
   *
   * @return the number of seeds, or 0 for the default
   */
  int tries() default 0;

  /**
   * The base seed; {@link Long#MIN_VALUE} (the default) means a random base.
   *
   * @return the base seed, or {@link Long#MIN_VALUE} for a random one
   */
  long base() default Long.MIN_VALUE;
}
