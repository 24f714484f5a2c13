package io.github.scosdk.quality;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs test cases on worker threads, each with a time bound, and turns a hang or any {@link Throwable} a case
 * lets out (an {@code OutOfMemoryError}, a {@code StackOverflowError}, an undocumented exception) into an
 * {@link AssertionError} naming the case.
 *
 * <p>The bound only detects a hang (an endless loop on a hostile input): it is orders of magnitude above the
 * normal cost of a case, so it measures nothing. Cases are submitted in a small window (two per worker), so a
 * case waits in the queue for at most a few others and its bound effectively starts when it does. Reusing the
 * workers keeps thousands of cases cheap; after a hang the pool is abandoned, since a stuck thread cannot be
 * stopped.
 */
final class BoundedRunner implements AutoCloseable {

  private final Duration bound;
  private final int workers;
  private final Deque<Pending> window = new ArrayDeque<>();
  private ExecutorService pool;

  /** A runner with one worker per available processor. */
  BoundedRunner(Duration bound) {
    this(bound, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  BoundedRunner(Duration bound, int workers) {
    this.bound = bound;
    this.workers = workers;
    this.pool = newPool();
  }

  private ExecutorService newPool() {
    return Executors.newFixedThreadPool(
        workers,
        r -> {
          Thread t = new Thread(r, "bounded-case");
          t.setDaemon(true);
          return t;
        });
  }

  private static final class Pending {
    final String label;
    final Future<?> done;

    Pending(String label, Future<?> done) {
      this.label = label;
      this.done = done;
    }
  }

  /** Submits the case; fails with the label of an earlier case that hung or threw. */
  void run(String label, Runnable testCase) {
    window.addLast(new Pending(label, pool.submit(testCase)));
    if (window.size() >= 2 * workers) {
      awaitOldest();
    }
  }

  /** Waits for every submitted case; fails with the label of the first that hung or threw. */
  void finish() {
    while (!window.isEmpty()) {
      awaitOldest();
    }
  }

  private void awaitOldest() {
    Pending p = window.removeFirst();
    try {
      p.done.get(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      abandon();
      throw new AssertionError(p.label + ": no result within " + bound + " (a hang)", e);
    } catch (ExecutionException e) {
      abandon();
      throw new AssertionError(p.label + ": " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abandon();
      throw new AssertionError(p.label + ": interrupted", e);
    }
  }

  private void abandon() {
    window.forEach(p -> p.done.cancel(true));
    window.clear();
    pool.shutdownNow();
    pool = newPool();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
