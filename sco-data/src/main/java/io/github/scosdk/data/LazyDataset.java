package io.github.scosdk.data;

import io.github.scosdk.model.ScoDataset;
import java.util.function.Supplier;

/**
 * A dataset loaded on first use and then shared. Unlike a class-holder idiom, a failed load is not turned into an
 * {@code ExceptionInInitializerError} (and a {@code NoClassDefFoundError} on every later call): each call after a
 * failure throws an {@link IllegalStateException} with the first failure's message and cause. Thread-safe; the
 * loader runs at most once.
 */
final class LazyDataset {

  private final Supplier<ScoDataset> loader;
  private volatile ScoDataset dataset;
  private IllegalStateException failure;

  LazyDataset(Supplier<ScoDataset> loader) {
    this.loader = loader;
  }

  /**
   * {@return the dataset, loading it on the first call}
   *
   * @throws IllegalStateException if the load failed (now or on an earlier call)
   */
  ScoDataset get() {
    ScoDataset d = dataset;
    return d != null ? d : load();
  }

  private synchronized ScoDataset load() {
    if (dataset == null) {
      if (failure == null) {
        try {
          dataset = loader.get();
        } catch (RuntimeException e) {
          failure = e instanceof IllegalStateException ? (IllegalStateException) e : new IllegalStateException(e);
        }
      }
      if (failure != null) {
        throw new IllegalStateException(failure.getMessage(), failure);
      }
    }
    return dataset;
  }
}
