package io.github.scosdk.model.rules;

import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoRecord;
import io.github.scosdk.model.State;
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
    List<State> states = dataset.states();
    for (int i = 0; i < states.size(); i++) {
      map.putIfAbsent(states.get(i).code().toString(), "/states/" + i);
    }
    for (int i = 0; i < dataset.sources().size(); i++) {
      map.putIfAbsent(dataset.sources().get(i).id(), "/sources/" + i);
    }
    put(map, "statusChanges", dataset.statusChanges());
    put(map, "meetings", dataset.meetings());
    put(map, "presidencies", dataset.presidencies());
    put(map, "documents", dataset.documents());
    put(map, "initiatives", dataset.initiatives());
    put(map, "officials", dataset.officials());
    put(map, "rotationExceptions", dataset.rotationExceptions());
    return map;
  }

  private static void put(Map<String, String> map, String name, List<? extends ScoRecord> records) {
    for (int i = 0; i < records.size(); i++) {
      map.put(records.get(i).id(), "/" + name + "/" + i);
    }
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
