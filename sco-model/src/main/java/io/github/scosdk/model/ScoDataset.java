package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A whole SCO dataset: states, sources, status changes, meetings, presidency terms, documents, initiatives,
 * officials and declared rotation exceptions, with look-ups by id.
 *
 * <p>The builder guarantees that ids are unique across all records (and state codes across states); it does not
 * check business rules, so a dataset may break them: run {@link io.github.scosdk.model.rules.Validator} to get
 * every violation. Collections keep the order they were given in. Immutable and thread-safe; indexes are built
 * lazily on first use.
 */
@Value.Immutable
public abstract class ScoDataset {

  /** A short description of what the dataset covers. */
  public abstract Optional<String> title();

  /** The day up to which the dataset is meant to be complete. */
  public abstract Optional<LocalDate> asOfDate();

  /** The states. */
  public abstract List<State> states();

  /** The sources cited by the records. */
  public abstract List<Source> sources();

  /** Every status change of every state. */
  public abstract List<StatusChange> statusChanges();

  /** The meetings. */
  public abstract List<Meeting> meetings();

  /** The presidency terms. */
  public abstract List<Presidency> presidencies();

  /** The documents. */
  public abstract List<Document> documents();

  /** The initiatives. */
  public abstract List<Initiative> initiatives();

  /** The officials. */
  public abstract List<Official> officials();

  /** The declared exceptions to the rotation rule. */
  public abstract List<RotationException> rotationExceptions();

  /** Every record with an id, sources excluded, in a stable order (by kind, then as given). */
  public Stream<ScoRecord> records() {
    return Stream.of(
            statusChanges(), meetings(), presidencies(), documents(), initiatives(), officials(), rotationExceptions())
        .flatMap(List::stream);
  }

  @Value.Lazy
  Map<StateCode, State> stateIndex() {
    return index(states(), State::code);
  }

  @Value.Lazy
  Map<String, Source> sourceIndex() {
    return index(sources(), Source::id);
  }

  @Value.Lazy
  Map<String, ScoRecord> recordIndex() {
    ImmutableMap.Builder<String, ScoRecord> b = ImmutableMap.builder();
    records().forEach(r -> b.put(r.id(), r));
    return b.buildOrThrow();
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    ImmutableMap.Builder<K, V> b = ImmutableMap.builderWithExpectedSize(values.size());
    for (V v : values) {
      b.put(key.apply(v), v);
    }
    return b.buildOrThrow();
  }

  /** The state with the code. */
  public Optional<State> state(StateCode code) {
    return Optional.ofNullable(stateIndex().get(code));
  }

  /** The source with the id. */
  public Optional<Source> source(String id) {
    return Optional.ofNullable(sourceIndex().get(id));
  }

  /** The record (of any kind but source) with the id. */
  public Optional<ScoRecord> record(String id) {
    return Optional.ofNullable(recordIndex().get(id));
  }

  /** The meeting with the id. */
  public Optional<Meeting> meeting(String id) {
    return typed(id, Meeting.class);
  }

  /** The document with the id. */
  public Optional<Document> document(String id) {
    return typed(id, Document.class);
  }

  /** The presidency term with the id. */
  public Optional<Presidency> presidency(String id) {
    return typed(id, Presidency.class);
  }

  /** The status change with the id. */
  public Optional<StatusChange> statusChange(String id) {
    return typed(id, StatusChange.class);
  }

  /** The initiative with the id. */
  public Optional<Initiative> initiative(String id) {
    return typed(id, Initiative.class);
  }

  /** The official with the id. */
  public Optional<Official> official(String id) {
    return typed(id, Official.class);
  }

  /** The rotation exception with the id. */
  public Optional<RotationException> rotationException(String id) {
    return typed(id, RotationException.class);
  }

  private <T> Optional<T> typed(String id, Class<T> type) {
    ScoRecord r = recordIndex().get(id);
    return type.isInstance(r) ? Optional.of(type.cast(r)) : Optional.empty();
  }

  @Value.Check
  protected void check() {
    Map<Object, String> seen = new HashMap<>();
    for (State s : states()) {
      checkArgument(seen.put(s.code(), "state") == null, "states: duplicate state code '%s'", s.code());
    }
    for (Source s : sources()) {
      String prev = seen.put(s.id(), "source");
      checkArgument(prev == null, "sources: duplicate id '%s' (already used by a %s)", s.id(), prev);
    }
    records()
        .forEach(
            r -> {
              String kind = r.getClass().getSimpleName().replace("Immutable", "");
              String prev = seen.put(r.id(), kind);
              checkArgument(prev == null, "id: duplicate id '%s' on a %s (already used by a %s)", r.id(), kind, prev);
            });
  }

  /** A new builder. */
  public static ImmutableScoDataset.Builder builder() {
    return ImmutableScoDataset.builder();
  }
}
