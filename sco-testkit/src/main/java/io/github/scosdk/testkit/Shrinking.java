package io.github.scosdk.testkit;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.function.Predicate;

/**
 * Greedy shrinking: from a failing value, repeatedly take the first candidate of a {@link Shrinker} that still
 * fails, until no candidate fails (a local minimum) or the step budget is spent.
 *
 * <p>With {@link DatasetShrinker} this is delta debugging over the records of a dataset: halves, then
 * quarters, … then single records are dropped, histories shortened and values simplified. Stateless.
 */
public final class Shrinking {

  /** The default budget of predicate evaluations. */
  public static final int DEFAULT_BUDGET = 20_000;

  private Shrinking() {}

  /**
   * The smallest value found from {@code failing} that still fails, with the default budget.
   *
   * @param <T> the type of the value
   * @param failing a value for which {@code stillFails} is true, not null
   * @param shrinker proposes smaller values, not null
   * @param stillFails whether a value still shows the failure; should not throw
   * @return a value that still fails, {@code failing} itself if no candidate fails
   */
  public static <T> T minimize(T failing, Shrinker<T> shrinker, Predicate<? super T> stillFails) {
    return minimize(failing, shrinker, stillFails, DEFAULT_BUDGET).value();
  }

  /**
   * Shrinks with a budget of predicate evaluations.
   *
   * @param <T> the type of the value
   * @param failing a value for which {@code stillFails} is true, not null
   * @param shrinker proposes smaller values, not null
   * @param stillFails whether a value still shows the failure; should not throw
   * @param budget the largest number of candidates tried, at least 0
   * @return the smallest failing value found, and how many shrink steps were taken and candidates tried
   * @throws IllegalArgumentException if the budget is negative
   */
  public static <T> Result<T> minimize(T failing, Shrinker<T> shrinker, Predicate<? super T> stillFails, int budget) {
    requireNonNull(failing, "failing");
    requireNonNull(shrinker, "shrinker");
    requireNonNull(stillFails, "stillFails");
    if (budget < 0) {
      throw new IllegalArgumentException("budget: " + budget + " is negative");
    }
    T current = failing;
    int steps = 0;
    int tried = 0;
    boolean progress = true;
    while (progress && tried < budget) {
      progress = false;
      Iterator<T> it = shrinker.candidates(current).iterator();
      while (it.hasNext() && tried < budget) {
        T candidate = it.next();
        tried++;
        if (stillFails.test(candidate)) {
          current = candidate;
          steps++;
          progress = true;
          break;
        }
      }
    }
    return new Result<>(current, steps, tried);
  }

  /**
   * The outcome of shrinking: the smallest failing value found, the number of accepted steps and of candidates
   * tried.
   *
   * @param value the shrunk value, not null
   * @param steps how many candidates were accepted
   * @param tried how many candidates were tested
   */
  public record Result<T>(T value, int steps, int tried) {}
}
