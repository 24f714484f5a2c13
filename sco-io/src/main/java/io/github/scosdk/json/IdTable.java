package io.github.scosdk.json;

/**
 * The ids (and state codes) met while reading a dataset, each with the position of the record that used it first:
 * an open-addressing table of keys and packed positions, so that the duplicate check of a large document does not
 * allocate an entry and a boxed position per record. Not thread-safe; one per document read.
 */
final class IdTable {

  private static final long ABSENT = -1L;

  private Object[] keys = new Object[1024];
  private long[] positions = new long[1024];
  private int size;

  /** Records the key at the position unless it is already there; returns the earlier position, or -1. */
  long putIfAbsent(Object key, long position) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      Object k = keys[i];
      if (k == null) {
        keys[i] = key;
        positions[i] = position;
        size++;
        return ABSENT;
      }
      if (k.equals(key)) {
        return positions[i];
      }
    }
  }

  private static int slot(Object key, int mask) {
    int h = key.hashCode();
    return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 7 & mask;
  }

  private void grow() {
    Object[] oldKeys = keys;
    long[] oldPositions = positions;
    keys = new Object[oldKeys.length * 2];
    positions = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      Object k = oldKeys[j];
      if (k != null) {
        int i = slot(k, mask);
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        positions[i] = oldPositions[j];
      }
    }
  }
}
