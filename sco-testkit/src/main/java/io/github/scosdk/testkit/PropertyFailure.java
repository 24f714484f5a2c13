package io.github.scosdk.testkit;

/**
 * Thrown by {@link Properties} when a property fails: it names the seed that reproduces the failure, the try, and
 * the shrunk counterexample, and carries the failure of the shrunk counterexample as its cause.
 *
 * <p>Run again with {@code -Dsco.testkit.seed=<seed>} (or {@link Properties.Runner#seed(long)}) and the first try
 * regenerates the same original counterexample.
 */
public final class PropertyFailure extends AssertionError {

  private static final long serialVersionUID = 1L;

  /** The longest counterexample text put in the message. */
  static final int MAX_TEXT = 20_000;

  /** The seed of the failing try. */
  private final long seed;
  /** The number of the failing try, from 1. */
  private final int tryNumber;
  private final transient Object original;
  private final transient Object shrunk;
  /** The number of shrink steps taken. */
  private final int shrinkSteps;

  PropertyFailure(long seed, int tryNumber, Object original, Object shrunk, int shrinkSteps, Throwable cause) {
    super(message(seed, tryNumber, shrunk, shrinkSteps, cause), cause);
    this.seed = seed;
    this.tryNumber = tryNumber;
    this.original = original;
    this.shrunk = shrunk;
    this.shrinkSteps = shrinkSteps;
  }

  private static String message(long seed, int tryNumber, Object shrunk, int steps, Throwable cause) {
    String text = String.valueOf(shrunk);
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT) + "… (" + text.length() + " characters)";
    }
    return String.format(
        "Property failed on try %d with seed %d (reproduce with -D%s=%d).%n"
            + "Shrunk counterexample (%d shrink step(s)):%n%s%n"
            + "Failure: %s",
        tryNumber, seed, Properties.SEED_PROPERTY, seed, steps, text, cause);
  }

  /**
   * The seed of the failing try: generating with {@code new SplittableRandom(seed)} gives the original value.
   *
   * @return the seed of the failing try
   */
  public long seed() {
    return seed;
  }

  /**
   * The number of the failing try, from 1.
   *
   * @return the number of the failing try, from 1
   */
  public int tryNumber() {
    return tryNumber;
  }

  /**
   * The generated value that failed first.
   *
   * @return the original failing value
   */
  public Object original() {
    return original;
  }

  /**
   * The smallest failing value shrinking found (the original if it could not shrink).
   *
   * @return the shrunk failing value
   */
  public Object shrunk() {
    return shrunk;
  }

  /**
   * How many shrink steps were taken.
   *
   * @return the number of shrink steps, at least 0
   */
  public int shrinkSteps() {
    return shrinkSteps;
  }
}
