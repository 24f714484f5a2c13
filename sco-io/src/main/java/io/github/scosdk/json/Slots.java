package io.github.scosdk.json;

import java.util.Arrays;

/**
 * The field values of one small object being read (a venue, a participant, a link, a term) before the object is
 * built from them: such objects have no builder the reader could fill, and a read holds one {@code Slots} that
 * each of them uses in turn, so that reading one allocates nothing but the value. They hold no nested objects, so
 * no two of them are read at once. Not thread-safe: one per read.
 */
final class Slots {

  /** The most fields an object read through slots may have. */
  static final int CAPACITY = 8;

  private final Object[] values = new Object[CAPACITY];

  void put(int index, Object value) {
    values[index] = value;
  }

  /** The value read for the field, or null if it was absent. */
  @SuppressWarnings("unchecked")
  <V> V get(Field<?, Slots, V> field) {
    return (V) values[field.index()];
  }

  /** The value read for the field, or the default if it was absent. */
  <V> V get(Field<?, Slots, V> field, V absent) {
    V v = get(field);
    return v != null ? v : absent;
  }

  void clear() {
    Arrays.fill(values, null);
  }
}
