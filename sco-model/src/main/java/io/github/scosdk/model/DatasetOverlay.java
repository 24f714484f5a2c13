package io.github.scosdk.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
 * the result's builder through the builder's generated {@code addAll<Collection>} method, found once by the
 * kind's collection name.
 */
final class DatasetOverlay {

  private static final Map<RecordKind, Method> ADD_ALL = addAllMethods();

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
      addAll(b, kind, values);
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

  private static void addAll(ScoDataset.Builder b, RecordKind kind, List<Object> values) {
    try {
      ADD_ALL.get(kind).invoke(b, values);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("overlay: cannot add the " + kind.collectionName(), e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
    }
  }

  private static Map<RecordKind, Method> addAllMethods() {
    Map<RecordKind, Method> methods = new EnumMap<>(RecordKind.class);
    for (RecordKind kind : RecordKind.values()) {
      String name = kind.collectionName();
      String method = "addAll" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
      try {
        methods.put(kind, ScoDataset.Builder.class.getMethod(method, Iterable.class));
      } catch (NoSuchMethodException e) {
        throw new ExceptionInInitializerError("overlay: the dataset builder has no " + method + "(Iterable)");
      }
    }
    return methods;
  }
}
