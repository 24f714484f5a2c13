package io.github.scosdk.model.rules;

import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.RecordKind;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link Rule} sees during one validation run: the dataset, whether the run is strict, and indexes shared
 * by the rules (JSON Pointers of records, the terms excused by declared rotation exceptions).
 *
 * <p>Created by the {@link Validator} for each run; not thread-safe across runs but never shared between them.
 */
public final class RuleContext {

  private final ScoDataset dataset;
  private final boolean strict;
  private Map<String, String> pointers;
  private Map<RotationExceptionKind, Set<String>> excusedTerms;

  RuleContext(ScoDataset dataset, boolean strict) {
    this.dataset = requireNonNull(dataset, "dataset");
    this.strict = strict;
  }

  /** The dataset being validated. */
  public ScoDataset dataset() {
    return dataset;
  }

  /** Whether undeclared deviations from "as a rule" practices are errors rather than warnings. */
  public boolean strict() {
    return strict;
  }

  /**
   * The JSON Pointer of a record (by id) or a state (by code) in the {@code sco-dataset/1} layout, such as
   * {@code /presidencies/3}.
   */
  public Optional<String> pointerOf(String subject) {
    if (pointers == null) {
      pointers = buildPointers();
    }
    return Optional.ofNullable(pointers.get(subject));
  }

  private Map<String, String> buildPointers() {
    Map<String, String> map = new HashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      List<?> values = kind.list(dataset);
      for (int i = 0; i < values.size(); i++) {
        String key = kind.key(values.get(i)).toString();
        String pointer = "/" + kind.collectionName() + "/" + i;
        // a record's id wins over a state code spelled the same
        if (kind.isRecord()) {
          map.put(key, pointer);
        } else {
          map.putIfAbsent(key, pointer);
        }
      }
    }
    return map;
  }

  /** Whether a declared rotation exception of any kind lists the presidency term. */
  public boolean isExcused(String presidencyId) {
    for (Set<String> ids : excused().values()) {
      if (ids.contains(presidencyId)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a declared rotation exception of the kind lists the presidency term. */
  public boolean isExcused(String presidencyId, RotationExceptionKind kind) {
    return excused().getOrDefault(kind, Set.of()).contains(presidencyId);
  }

  private Map<RotationExceptionKind, Set<String>> excused() {
    if (excusedTerms == null) {
      Map<RotationExceptionKind, Set<String>> map = new HashMap<>();
      for (RotationException e : dataset.rotationExceptions()) {
        map.computeIfAbsent(e.kind(), k -> new HashSet<>()).addAll(e.presidencies());
      }
      excusedTerms = map;
    }
    return excusedTerms;
  }
}
