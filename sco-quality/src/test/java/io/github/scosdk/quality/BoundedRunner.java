package io.github.scosdk.quality;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs test cases one at a time on a worker thread, each with a time bound, and turns a hang or any
 * {@link Throwable} the case lets out (an {@code OutOfMemoryError}, a {@code StackOverflowError}, an
 * undocumented exception) into an {@link AssertionError} naming the case. The bound only detects a hang (an
 * endless loop on a hostile input): it is orders of magnitude above the normal cost of a case, so it measures
 * nothing. Reusing one thread keeps thousands of cases cheap; after a hang the stuck thread is abandoned.
 */
final class BoundedRunner implements AutoCloseable {

  private final Duration bound;
  private ExecutorService worker = newWorker();

  BoundedRunner(Duration bound) {
    this.bound = bound;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "bounded-case");
          t.setDaemon(true);
          return t;
        });
  }

  /** Runs the case; fails with the label if it hangs or throws. */
  void run(String label, Runnable testCase) {
    Future<?> done = worker.submit(testCase);
    try {
      done.get(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      done.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      throw new AssertionError(label + ": no result within " + bound + " (a hang)", e);
    } catch (ExecutionException e) {
      throw new AssertionError(label + ": " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(label + ": interrupted", e);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
