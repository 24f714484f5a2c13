package io.github.scosdk.model.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.RecordKind;
import io.github.scosdk.model.ScoRecord;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.internal.StableHash;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a violation is: the kind of the value at fault, its key (a record's or source's id, a state's code), its
 * position in the dataset's list of that kind where known, and the attribute path inside it. A state
 * {@code CN} and a record with the id {@code CN} are different locations.
 *
 * <p>{@link #pointer()} is the one place where a location becomes a JSON Pointer into the {@code sco-dataset/1}
 * document. Rules make locations without a position ({@link #of(ScoRecord)}, {@link #ofState(StateCode)}, then
 * {@link #at(AttributePath)}); the {@link ViolationSink} fills it in. Immutable and thread-safe; equal by value.
 */
public final class Location {

  private final RecordKind kind;
  private final String key;
  private final int index;
  private final AttributePath path;

  private Location(RecordKind kind, String key, int index, AttributePath path) {
    this.kind = requireNonNull(kind, "kind");
    this.key = requireNonNull(key, "key");
    checkArgument(!key.isBlank(), "key: must not be blank");
    this.index = index;
    this.path = requireNonNull(path, "path");
  }

  /**
   * {@return the value of the kind with the key (an id, or a state code for {@link RecordKind#STATE})}
   *
   * @param kind the kind of the value; not null
   * @param key its id, or for {@link RecordKind#STATE} its ISO alpha-2 code; not blank
   * @throws IllegalArgumentException if the key is blank
   */
  public static Location of(RecordKind kind, String key) {
    return new Location(kind, key, -1, AttributePath.root());
  }

  /**
   * {@return the record}
   *
   * @param record the record at fault; not null
   */
  public static Location of(ScoRecord record) {
    requireNonNull(record, "record");
    return of(RecordKind.kindOf(record).orElseThrow(), record.id());
  }

  /**
   * {@return the source}
   *
   * @param source the source at fault; not null
   */
  public static Location of(Source source) {
    return of(RecordKind.SOURCE, requireNonNull(source, "source").id());
  }

  /**
   * {@return the state with the code (whether or not the dataset has a state record for it)}
   *
   * @param code the ISO alpha-2 code of the state; not null
   */
  public static Location ofState(StateCode code) {
    return of(RecordKind.STATE, requireNonNull(code, "code").toString());
  }

  /**
   * {@return this location, at the attribute path inside the value}
   *
   * @param path the path inside the value, replacing any path this location has; not null
   */
  public Location at(AttributePath path) {
    return new Location(kind, key, index, path);
  }

  /**
   * {@return this location, at the attribute of the value, such as {@code chair}}
   *
   * @param attribute an accessor name of the value, such as {@code chair}; not null
   * @throws IllegalArgumentException if the attribute is not an accessor name
   */
  public Location at(String attribute) {
    return at(path.attribute(attribute));
  }

  /**
   * {@return this location, at the element of a list attribute of the value, such as {@code signatories[1]}}
   *
   * @param attribute the accessor name of a list attribute, such as {@code signatories}; not null
   * @param index the position of the element in the list, from 0
   * @throws IllegalArgumentException if the attribute is not an accessor name or the index is negative
   */
  public Location at(String attribute, int index) {
    return at(path.attribute(attribute).index(index));
  }

  /**
   * {@return this location, with the value's position in the dataset's list of its kind, from 0}
   *
   * @param index the position of the value in the list of its kind, from 0
   * @throws IllegalArgumentException if the index is negative
   */
  public Location withIndex(int index) {
    checkArgument(index >= 0, "index: %s is negative", index);
    return new Location(kind, key, index, path);
  }

  /** {@return the kind of the value at fault} */
  public RecordKind kind() {
    return kind;
  }

  /** {@return the id of the record or source, or the code of the state} */
  public String key() {
    return key;
  }

  /** {@return the position of the value in the dataset's list of its kind, if known} */
  public OptionalInt index() {
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /** {@return the attribute inside the value; {@link AttributePath#root()} for the value itself} */
  public AttributePath path() {
    return path;
  }

  /**
   * {@return the JSON Pointer of the location in the {@code sco-dataset/1} document, such as
   * {@code /meetings/3/participants/2/state}; empty when the position is unknown (a state code with no state
   * record, a hand-made location)}
   */
  public Optional<String> pointer() {
    if (index < 0) {
      return Optional.empty();
    }
    return Optional.of("/" + kind.collectionName() + "/" + index + path.pointer());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Location)) {
      return false;
    }
    Location l = (Location) o;
    return kind == l.kind && key.equals(l.key) && index == l.index && path.equals(l.path);
  }

  @Override
  public int hashCode() {
    return StableHash.of(kind, key, index, path);
  }

  /** Such as {@code meeting chs-2025 participants[2].state}. */
  @Override
  public String toString() {
    return kind.displayName() + " " + key + (path.isRoot() ? "" : " " + path);
  }
}
