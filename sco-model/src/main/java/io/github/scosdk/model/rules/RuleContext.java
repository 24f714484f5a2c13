package io.github.scosdk.model.rules;

import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RecordKind;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a {@link Rule} sees during one validation run: the dataset, whether the run is strict, and indexes shared
 * by the rules (JSON Pointers of records, the terms excused by declared rotation exceptions).
 *
 * <p>Created by the {@link Validator} for each run; not thread-safe across runs but never shared between them.
 */
public final class RuleContext {

  /** The kinds a bare subject string is looked up in: records first, then states, then sources. */
  private static final List<RecordKind> GUESS_ORDER = guessOrder();

  private final ScoDataset dataset;
  private final boolean strict;
  private Map<RecordKind, Map<String, Integer>> positions;
  private Map<RotationExceptionKind, Set<String>> excusedTerms;
  private Map<Body, Map<RotationExceptionKind, Set<String>>> excusedByBody;
  private Map<Body, Set<String>> excusedOfficials;

  RuleContext(ScoDataset dataset, boolean strict) {
    this.dataset = requireNonNull(dataset, "dataset");
    this.strict = strict;
  }

  /** {@return the dataset being validated} */
  public ScoDataset dataset() {
    return dataset;
  }

  /** {@return whether undeclared deviations from "as a rule" practices are errors rather than warnings} */
  public boolean strict() {
    return strict;
  }

  /**
   * {@return the JSON Pointer of a record (by id) or a state (by code) in the {@code sco-dataset/1} layout, such as
   * {@code /presidencies/3}} A string alone does not say which kind it names: a record's id wins over a state
   * code, a state code over a source id. {@link #locate(Location)} is exact.
   *
   * @param subject a record id or a state code (a source id as a last resort); not null
   */
  public Optional<String> pointerOf(String subject) {
    requireNonNull(subject, "subject");
    return locate(subject).flatMap(Location::pointer);
  }

  /** The location of the subject (see {@link #pointerOf(String)}), with its position; empty if nothing has the key. */
  Optional<Location> locate(String subject) {
    for (RecordKind kind : GUESS_ORDER) {
      OptionalInt index = indexOf(kind, subject);
      if (index.isPresent()) {
        return Optional.of(Location.of(kind, subject).withIndex(index.getAsInt()));
      }
    }
    return Optional.empty();
  }

  private static List<RecordKind> guessOrder() {
    List<RecordKind> order = new java.util.ArrayList<>(RecordKind.records());
    order.add(RecordKind.STATE);
    order.add(RecordKind.SOURCE);
    return List.copyOf(order);
  }

  /**
   * {@return the location with the position of its value in the dataset, where the dataset has it}
   *
   * @param location a location in the dataset being validated; not null
   */
  public Location locate(Location location) {
    requireNonNull(location, "location");
    OptionalInt index = indexOf(location.kind(), location.key());
    return index.isPresent() ? location.withIndex(index.getAsInt()) : location;
  }

  /**
   * {@return the position of the value of the kind with the key (id or state code) in the dataset's list of that kind}
   *
   * @param kind the kind of the value; not null
   * @param key its id, or for {@link RecordKind#STATE} its ISO alpha-2 code; not null
   */
  public OptionalInt indexOf(RecordKind kind, String key) {
    requireNonNull(kind, "kind");
    requireNonNull(key, "key");
    if (positions == null) {
      positions = buildPositions();
    }
    Integer index = positions.get(kind).get(key);
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  private Map<RecordKind, Map<String, Integer>> buildPositions() {
    Map<RecordKind, Map<String, Integer>> map = new EnumMap<>(RecordKind.class);
    for (RecordKind kind : RecordKind.values()) {
      List<?> values = kind.list(dataset);
      Map<String, Integer> byKey = new HashMap<>();
      for (int i = 0; i < values.size(); i++) {
        byKey.putIfAbsent(kind.key(values.get(i)).toString(), i);
      }
      map.put(kind, byKey);
    }
    return map;
  }

  /**
   * {@return whether a declared rotation exception of any kind (and any body) lists the presidency term}
   *
   * @param presidencyId the id of a presidency term, such as {@code presidency-2024-cn}
   */
  public boolean isExcused(String presidencyId) {
    for (Set<String> ids : excused().values()) {
      if (ids.contains(presidencyId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether a declared rotation exception of the kind (and any body) lists the presidency term}
   *
   * @param presidencyId the id of a presidency term, such as {@code presidency-2024-cn}
   * @param kind the kind of exception asked about, such as a swap of turns; not null
   */
  public boolean isExcused(String presidencyId, RotationExceptionKind kind) {
    return excused().getOrDefault(kind, Set.of()).contains(presidencyId);
  }

  /**
   * {@return whether a declared rotation exception of the term's body ({@link RotationException#body()}) lists the term}
   *
   * @param term the chairmanship term asked about; only exceptions of its body count
   */
  public boolean isExcused(Presidency term) {
    requireNonNull(term, "term");
    for (RotationExceptionKind kind : RotationExceptionKind.values()) {
      if (isExcused(term, kind)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether a declared rotation exception of the kind and of the term's body lists the term}
   *
   * @param term the chairmanship term asked about; only exceptions of its body count
   * @param kind the kind of exception asked about
   */
  public boolean isExcused(Presidency term, RotationExceptionKind kind) {
    requireNonNull(term, "term");
    requireNonNull(kind, "kind");
    if (excusedByBody == null) {
      Map<Body, Map<RotationExceptionKind, Set<String>>> map = new EnumMap<>(Body.class);
      for (RotationException e : dataset.rotationExceptions()) {
        map.computeIfAbsent(e.body(), k -> new EnumMap<>(RotationExceptionKind.class))
            .computeIfAbsent(e.kind(), k -> new HashSet<>())
            .addAll(e.presidencies());
      }
      excusedByBody = map;
    }
    return excusedByBody.getOrDefault(term.body(), Map.of()).getOrDefault(kind, Set.of()).contains(term.id());
  }

  /**
   * {@return whether a declared rotation exception of the post's body ({@link io.github.scosdk.model.Post#body()}, the
   * Secretariat for the Secretary-General) lists the official's term among {@link RotationException#officials()}}
   *
   * @param term the official's term asked about; only exceptions of its post's body count; not null
   */
  public boolean isExcused(Official term) {
    requireNonNull(term, "term");
    if (excusedOfficials == null) {
      Map<Body, Set<String>> map = new EnumMap<>(Body.class);
      for (RotationException e : dataset.rotationExceptions()) {
        map.computeIfAbsent(e.body(), k -> new HashSet<>()).addAll(e.officials());
      }
      excusedOfficials = map;
    }
    return excusedOfficials.getOrDefault(term.post().body(), Set.of()).contains(term.id());
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
