package io.github.scosdk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lays a newer dataset over an older one ({@link ScoDataset#overlay(ScoDataset)}), kind by kind as
 * {@link RecordKind} lists them, so that a new kind is covered without a change here: each kind's list is added to
 * the result's builder with {@link ScoDataset.Builder#addAll(RecordKind, Iterable)}.
 */
final class DatasetOverlay {

  private DatasetOverlay() {}

  static Overlay overlay(ScoDataset older, ScoDataset newer) {
    Map<Object, Object> newerByKey = new HashMap<>();
    Map<Object, RecordKind> newerKind = new HashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      for (Object value : kind.list(newer)) {
        newerByKey.put(kind.key(value), value);
        newerKind.put(kind.key(value), kind);
      }
    }
    ScoDataset.Builder b = ScoDataset.builder();
    older.title().or(newer::title).ifPresent(b::title);
    later(older.asOfDate(), newer.asOfDate()).ifPresent(b::asOfDate);
    Map<RecordKind, Set<String>> replaced = new EnumMap<>(RecordKind.class);
    for (RecordKind kind : RecordKind.values()) {
      List<Object> values = new ArrayList<>();
      Set<Object> placed = new HashSet<>();
      for (Object value : kind.list(older)) {
        Object key = kind.key(value);
        Object replacement = newerByKey.get(key);
        if (replacement == null) {
          values.add(value);
          continue;
        }
        replaced.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(keyText(key));
        if (newerKind.get(key) == kind) {
          values.add(replacement); // same kind: the newer value takes the older one's place
          placed.add(key);
        }
      }
      for (Object value : kind.list(newer)) {
        if (!placed.contains(kind.key(value))) {
          values.add(value);
        }
      }
      b.addAll(kind, values);
    }
    return new Overlay(b.build(), replaced);
  }

  /** The later of two optional days; the one present if only one is. */
  static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
  }

  private static String keyText(Object key) {
    return key instanceof StateCode ? ((StateCode) key).code() : key.toString();
  }
}
