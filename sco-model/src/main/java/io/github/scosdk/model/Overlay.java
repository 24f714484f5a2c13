package io.github.scosdk.model;

import io.github.scosdk.model.internal.StableHash;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The result of {@link ScoDataset#overlay(ScoDataset)}: the combined dataset and the keys of the older dataset's
 * values that the newer one replaced, by the {@link RecordKind} of the replaced value.
 *
 * <p>Keys are ids (a state's key is its code, as in {@link RecordKind#key(Object)}, written as its two letters).
 * A value replaced by a value of another kind with the same id is listed under the kind it had (the kind that
 * lost it). Only kinds with at least one replaced value appear in {@link #replaced()}; the sets keep the older
 * dataset's order. Immutable and thread-safe.
 */
public final class Overlay {

  private final ScoDataset dataset;
  private final Map<RecordKind, Set<String>> replaced;

  Overlay(ScoDataset dataset, Map<RecordKind, Set<String>> replaced) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    Map<RecordKind, Set<String>> copy = new EnumMap<>(RecordKind.class);
    replaced.forEach((kind, keys) -> {
      if (!keys.isEmpty()) {
        copy.put(kind, Collections.unmodifiableSet(new LinkedHashSet<>(keys)));
      }
    });
    this.replaced = Collections.unmodifiableMap(copy);
  }

  /**
   * {@return the combined dataset: the older dataset's values, each one whose key the newer dataset also uses replaced by
   * the newer value (in its place when both are of one kind), then, kind by kind, the newer dataset's other values
   * in their order; the later of the two horizons ({@link ScoDataset#asOfDate()}), the older title if it has one}
   */
  public ScoDataset dataset() {
    return dataset;
  }

  /** {@return the keys of the older values that were replaced, by the kind they had; kinds with none are left out} */
  public Map<RecordKind, Set<String>> replaced() {
    return replaced;
  }

  /**
   * {@return the keys of the older values of the kind that were replaced (empty if none)}
   *
   * @param kind the kind of record asked about; not null
   */
  public Set<String> replaced(RecordKind kind) {
    return replaced.getOrDefault(Objects.requireNonNull(kind, "kind"), Set.of());
  }

  /** {@return the number of older values replaced, over every kind} */
  public int replacedCount() {
    return replaced.values().stream().mapToInt(Set::size).sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Overlay && ((Overlay) o).dataset.equals(dataset) && ((Overlay) o).replaced.equals(replaced);
  }

  @Override
  public int hashCode() {
    return StableHash.of(dataset, replaced);
  }

  @Override
  public String toString() {
    return "Overlay{replaced=" + replaced + ", dataset=" + dataset.title().orElse("(untitled)") + "}";
  }
}
