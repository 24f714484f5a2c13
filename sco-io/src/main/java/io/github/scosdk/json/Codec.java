package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.describe;
import static io.github.scosdk.json.ReadSupport.fail;
import static io.github.scosdk.json.ReadSupport.failAt;
import static io.github.scosdk.json.ReadSupport.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads and writes one model type as a JSON object, driven by its table of {@link Field}s: the name matcher, the
 * bit of each field (its position), the mask of required fields and the order of the written keys all come from
 * the table. Reading streams: one pass over the parser, each field's value straight into the accumulator (the
 * type's builder, or {@link Slots}); a duplicate, unknown or missing field, a wrong type, or a value the model
 * rejects ends in a {@link ScoJsonException} at the place of the fault. Immutable and thread-safe once built.
 *
 * @param <T> the model type
 * @param <A> the accumulator of a read: the type's builder, or {@link Slots}
 */
final class Codec<T, A> {

  private final Class<T> type;
  private final String kind;
  private final Function<Slots, A> start;
  private final Function<A, T> finish;
  private final Field<T, A, ?>[] fields;
  private final PropertyNameMatcher matcher;
  private final boolean slots;
  private int required;
  private int exactlyOne;
  private BiFunction<A, RuntimeException, RuntimeException> recover = (acc, e) -> e;

  private Codec(Class<T> type, String kind, Function<Slots, A> start, Function<A, T> finish, Field<T, A, ?>[] fields) {
    this.type = type;
    this.kind = kind;
    this.start = start;
    this.finish = finish;
    this.fields = fields.clone();
    List<String> names = new ArrayList<>();
    for (Field<T, A, ?> f : this.fields) {
      f.place(names.size());
      names.add(f.name());
      required |= f.isRequired() ? 1 << f.index() : 0;
    }
    this.matcher = BinaryNameMatcher.construct(names);
    this.slots = fields.length > 0 && fields[0].keptInSlots();
    if (fields.length > (slots ? Slots.CAPACITY : Integer.SIZE)) {
      throw new IllegalArgumentException(kind + ": too many fields");
    }
  }

  /** A codec whose reading fills a fresh builder and builds it. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the fields array is only read, never written or exposed
  static <T, B> Codec<T, B> of(
      Class<T> type, String kind, Supplier<B> builder, Function<B, T> build, Field<T, B, ?>... fields) {
    return new Codec<>(type, kind, slots -> builder.get(), build, fields);
  }

  /** A codec for a small object without nested objects, read into {@link Slots} and made from them. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the fields array is only read, never written or exposed
  static <T> Codec<T, Slots> ofSlots(Class<T> type, String kind, Function<Slots, T> make, Field<T, Slots, ?>... fields) {
    return new Codec<>(type, kind, s -> s, make, fields);
  }

  /** Requires exactly one of the fields to be present (one such group per codec). */
  @SafeVarargs
  @SuppressWarnings("varargs") // the fields array is only read, never written or exposed
  final Codec<T, A> exactlyOneOf(Field<T, A, ?>... group) {
    for (Field<T, A, ?> f : group) {
      exactlyOne |= 1 << f.index();
    }
    return this;
  }

  /** Replaces a fault of reading with the one the function gives (an earlier fault the accumulator knows of). */
  Codec<T, A> recover(BiFunction<A, RuntimeException, RuntimeException> function) {
    this.recover = function;
    return this;
  }

  /** The type it reads and writes. */
  Class<T> type() {
    return type;
  }

  /** The name of the type in messages, such as {@code meeting}. */
  String kind() {
    return kind;
  }

  /** Marks the field bit seen, failing on a duplicate (the parser is on the name). */
  static int once(JsonParser p, int seen, int bit, String owner, String field) {
    if ((seen & 1 << bit) != 0) {
      throw fail(p, owner + ": duplicate field '" + field + "'");
    }
    return seen | 1 << bit;
  }

  /**
   * Reads one value; the parser is on the value's first token and is left on its last.
   *
   * @throws ScoJsonException if the value breaks the format or the model rejects it
   */
  T read(JsonParser p, Slots scratch) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(p, kind + ": expected an object, was " + describe(p));
    }
    Object at = ReadSupport.objectStart(p);
    @SuppressWarnings("unchecked")
    A acc = slots ? (A) scratch : start.apply(scratch);
    try {
      int seen = 0;
      int match;
      while ((match = p.nextNameMatch(matcher)) >= 0) {
        seen = once(p, seen, match, kind, fields[match].name());
        fields[match].read(p, acc, scratch);
      }
      if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
        throw fail(p, kind + ": unknown field '" + quote(p.currentName()) + "'");
      }
      int missing = required & ~seen;
      if (missing != 0) {
        String field = fields[Integer.numberOfTrailingZeros(missing)].name();
        throw failAt(p, at, kind + ": missing required field '" + field + "'", null);
      }
      int given = Integer.bitCount(seen & exactlyOne);
      if (exactlyOne != 0 && given != 1) {
        throw failAt(p, at, kind + ": exactly one of " + names(exactlyOne) + " is required, " + given + " given", null);
      }
      try {
        return finish.apply(acc);
      } catch (RuntimeException e) {
        throw failAt(p, at, "invalid " + kind + ": " + e.getMessage(), e);
      }
    } catch (RuntimeException e) {
      throw recover.apply(acc, e);
    } finally {
      if (slots) {
        scratch.clear();
      }
    }
  }

  /** {@code 'a', 'b' or 'c'}. */
  private String names(int group) {
    List<String> names = new ArrayList<>();
    for (Field<T, A, ?> f : fields) {
      if ((group & 1 << f.index()) != 0) {
        names.add("'" + f.name() + "'");
      }
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /** Writes one value: its fields in table order, each unless omitted. */
  void write(JsonGenerator g, T value) {
    g.writeStartObject();
    for (Field<T, A, ?> f : fields) {
      f.write(g, value);
    }
    g.writeEndObject();
  }
}
