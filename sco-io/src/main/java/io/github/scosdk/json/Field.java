package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.expected;
import static io.github.scosdk.json.ReadSupport.fail;
import static io.github.scosdk.json.ReadSupport.quote;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One row of a {@link Codec}'s table: a field of the format with its JSON name, its {@link JsonType}, how a read
 * value goes into the accumulator (a builder setter, or a {@link Slots} slot), how the value is got back from the
 * model (an accessor) and when it is omitted. Its position in the table is its bit in the codec's masks.
 *
 * <p>Shapes: a plain value (written always, unless {@link #orDefault} or {@link #omitWhen} says otherwise), an
 * {@code Optional} (written when present), a list (written when not empty, unless {@link #always}) and a map keyed
 * by an enum (written in the order of the enum). Configured while its table is built, then never changed.
 *
 * @param <T> the model type the field belongs to
 * @param <A> the accumulator the reader fills: the type's builder, or {@link Slots}
 * @param <V> the type of the value (of an element, for a list or a map)
 */
final class Field<T, A, V> {

  private enum Shape {
    VALUE, OPTIONAL, LIST, MAP
  }

  /** Reads a field's value in a way of its own (the parser is on the value's first token). */
  interface Reader<A> {
    void read(JsonParser p, A acc, Slots slots);
  }

  /** Puts one entry of a map field into the accumulator. */
  interface MapPut<A, K, V> {
    void put(A acc, K key, V value);
  }

  private final String name;
  private final SerializableString jsonName;
  private final Shape shape;
  private final JsonType<V> type;
  private final BiConsumer<A, V> set;
  private final Function<T, ?> get;
  private ObjIntConsumer<A> setInt;
  private boolean required;
  private BiPredicate<T, V> omit;
  private V absent;
  private boolean always;
  private EnumNames<?> keys;
  private MapPut<A, Object, V> put;
  private Reader<A> reader;
  private int index = -1;

  private Field(String name, Shape shape, JsonType<V> type, BiConsumer<A, V> set, Function<T, ?> get) {
    this.name = name;
    this.jsonName = new SerializedString(name);
    this.shape = shape;
    this.type = type;
    this.set = set;
    this.get = get;
  }

  /** A value that is always present in the model; {@code set} null keeps it in {@link Slots}. */
  static <T, A, V> Field<T, A, V> value(String name, JsonType<V> type, BiConsumer<A, V> set, Function<T, V> get) {
    return new Field<>(name, Shape.VALUE, type, set, get);
  }

  /** A value kept in {@link Slots}. */
  static <T, V> Field<T, Slots, V> value(String name, JsonType<V> type, Function<T, V> get) {
    return new Field<>(name, Shape.VALUE, type, null, get);
  }

  /** An optional value; {@code set} null keeps it in {@link Slots}. */
  static <T, A, V> Field<T, A, V> optional(
      String name, JsonType<V> type, BiConsumer<A, V> set, Function<T, Optional<V>> get) {
    return new Field<>(name, Shape.OPTIONAL, type, set, get);
  }

  /** An optional integer, set without boxing. */
  static <T, A> Field<T, A, Integer> optionalInt(String name, ObjIntConsumer<A> set, Function<T, OptionalInt> get) {
    Field<T, A, Integer> f = new Field<>(name, Shape.OPTIONAL, JsonType.INT, null, get);
    f.setInt = set;
    return f;
  }

  /** A list; {@code add} takes one element. */
  static <T, A, V> Field<T, A, V> list(String name, JsonType<V> type, BiConsumer<A, V> add, Function<T, List<V>> get) {
    return new Field<>(name, Shape.LIST, type, add, get);
  }

  /** A map keyed by an enum, as an object with the keys' JSON names. */
  @SuppressWarnings("unchecked")
  static <T, A, K extends Enum<K>, V> Field<T, A, V> map(
      String name, JsonType<K> keys, JsonType<V> type, MapPut<A, K, V> put, Function<T, Map<K, V>> get) {
    Field<T, A, V> f = new Field<>(name, Shape.MAP, type, null, get);
    f.keys = keys.names();
    f.put = (MapPut<A, Object, V>) (MapPut<A, ?, V>) put;
    return f;
  }

  /** A flag: read only as {@code true}, written only when the model says true. */
  static <T> Field<T, Slots, Boolean> flag(String name, Function<T, Boolean> get) {
    return value(name, JsonType.TRUE, get).orDefault(false);
  }

  /** Marks the field required: reading fails without it. */
  Field<T, A, V> required() {
    this.required = true;
    return this;
  }

  /** Omits the value when it equals the default (which the model then supplies on reading). */
  Field<T, A, V> orDefault(V value) {
    this.absent = value;
    return this;
  }

  /** Omits the value when the test holds for it. */
  Field<T, A, V> omitWhen(BiPredicate<T, V> test) {
    this.omit = test;
    return this;
  }

  /** Writes a list even when it is empty. */
  Field<T, A, V> always() {
    this.always = true;
    return this;
  }

  /** Reads the (list) value with the reader instead of element by element. */
  Field<T, A, V> readWith(Reader<A> custom) {
    this.reader = custom;
    return this;
  }

  String name() {
    return name;
  }

  boolean isRequired() {
    return required;
  }

  boolean keptInSlots() {
    return set == null && setInt == null && shape != Shape.MAP;
  }

  /** The position in its table; its bit is {@code 1 << index}. */
  int index() {
    return index;
  }

  void place(int position) {
    if (index >= 0) {
      throw new IllegalStateException(name + ": a field belongs to one table");
    }
    index = position;
  }

  /** Reads the field's value (the parser is on its name) into the accumulator. */
  @SuppressWarnings("unchecked")
  void read(JsonParser p, A acc, Slots slots) {
    JsonToken t = p.nextToken();
    if (set != null && shape.compareTo(Shape.OPTIONAL) <= 0) {
      set.accept(acc, type.read(p, name, slots));
    } else if (shape == Shape.LIST) {
      if (t != JsonToken.START_ARRAY) {
        throw expected(p, name, "an array");
      }
      if (reader != null) {
        reader.read(p, acc, slots);
        return;
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        set.accept(acc, type.read(p, name, slots));
      }
    } else if (shape == Shape.MAP) {
      if (t != JsonToken.START_OBJECT) {
        throw expected(p, name, "an object keyed by " + keys.noun());
      }
      int seen = 0;
      String key;
      while ((key = p.nextName()) != null) {
        Enum<?> k = keys.parse(key);
        if (k == null) {
          throw fail(p, name + ": '" + quote(key) + "' is not one of " + keys.allowed());
        }
        seen = Codec.once(p, seen, k.ordinal(), name, key);
        p.nextToken();
        put.put(acc, k, type.read(p, key, slots));
      }
    } else if (setInt != null) {
      setInt.accept(acc, JsonType.readInt(p, name));
    } else {
      ((Slots) acc).put(index, type.read(p, name, slots));
    }
  }

  /** Writes the field of the value, unless it is omitted. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  void write(JsonGenerator g, T value) {
    Object v = get.apply(value);
    switch (shape) {
      case OPTIONAL:
        if (v instanceof OptionalInt) {
          if (((OptionalInt) v).isPresent()) {
            g.writeName(jsonName);
            g.writeNumber(((OptionalInt) v).getAsInt());
          }
        } else if (((Optional<V>) v).isPresent()) {
          g.writeName(jsonName);
          type.write(g, ((Optional<V>) v).get());
        }
        break;
      case LIST:
        List<V> list = (List<V>) v;
        if (always || !list.isEmpty()) {
          g.writeName(jsonName);
          g.writeStartArray();
          for (int i = 0, n = list.size(); i < n; i++) {
            type.write(g, list.get(i));
          }
          g.writeEndArray();
        }
        break;
      case MAP:
        Map<?, V> map = (Map<?, V>) v;
        g.writeName(jsonName);
        g.writeStartObject();
        for (int i = 0, n = keys.constants().size(); i < n; i++) {
          Enum key = keys.constants().get(i);
          V entry = map.get(key);
          if (entry != null) {
            g.writeName(((EnumNames) keys).name(key));
            type.write(g, entry);
          }
        }
        g.writeEndObject();
        break;
      default:
        if (absent != null ? !absent.equals(v) : omit == null || !omit.test(value, (V) v)) {
          g.writeName(jsonName);
          type.write(g, (V) v);
        }
        break;
    }
  }
}
