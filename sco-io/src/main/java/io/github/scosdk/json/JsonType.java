package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.expected;
import static io.github.scosdk.json.ReadSupport.fail;
import static io.github.scosdk.json.ReadSupport.quote;

import io.github.scosdk.model.DatePrecision;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One kind of JSON value of the {@code sco-dataset/1} format (a string, a date, a state code, an enum constant, a
 * nested object, ...): how it is read, strictly (the exact token type, no coercion), and written. Reading starts on
 * the value's token and leaves the parser on its last token; a fault names the field and the value. Immutable.
 *
 * @param <V> the Java type of the value
 */
final class JsonType<V> {

  /** Reads a value of the type; the parser is on its token. */
  private interface Reading<V> {
    V read(JsonParser p, String field, Slots slots);
  }

  static final JsonType<String> STRING = string(String.class, "a string", ReadSupport::text, JsonGenerator::writeString);
  static final JsonType<Integer> INT = new JsonType<>(Integer.class, null, (p, f, s) -> readInt(p, f), (g, v) -> g.writeNumber((int) v));
  static final JsonType<Boolean> BOOL =
      new JsonType<>(Boolean.class, null, (p, f, s) -> bool(p, f, false), JsonGenerator::writeBoolean);
  /** A flag such as {@code ongoing}: only {@code true} is allowed (the field is omitted otherwise). */
  static final JsonType<Boolean> TRUE =
      new JsonType<>(Boolean.class, null, (p, f, s) -> bool(p, f, true), JsonGenerator::writeBoolean);
  /** A partial date: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  static final JsonType<PartialDate> DATE = string(PartialDate.class, "a date string", JsonType::date, JsonType::writeDate);
  /** A full date, {@code yyyy-MM-dd}. */
  static final JsonType<LocalDate> DAY =
      string(LocalDate.class, "a date string", JsonType::day, (g, d) -> writeDate(g, PartialDate.of(d)));
  static final JsonType<StateCode> STATE =
      string(StateCode.class, "a state code string", JsonType::stateCode, (g, c) -> g.writeString(c.code()));

  /**
   * The codes already read, by their two letters: a code is read from the parser's buffer without an intermediate
   * string, and each distinct code is one shared instance (codes are immutable values). Filled as codes are met;
   * a racy fill is harmless (final fields, equal values).
   */
  private static final StateCode[] CODES = new StateCode[26 * 26];

  private final Class<V> javaType;
  private final EnumNames<?> names;
  private final Reading<V> reading;
  private final BiConsumer<JsonGenerator, V> writing;

  private JsonType(Class<V> javaType, EnumNames<?> names, Reading<V> reading, BiConsumer<JsonGenerator, V> writing) {
    this.javaType = javaType;
    this.names = names;
    this.reading = reading;
    this.writing = writing;
  }

  /**
   * A type whose values are JSON strings, read by {@code read} from the parser on the string and the field's name:
   * any other token is refused as not being {@code what}.
   */
  private static <V> JsonType<V> string(
      Class<V> javaType, String what, BiFunction<JsonParser, String, V> read, BiConsumer<JsonGenerator, V> write) {
    return new JsonType<>(javaType, null, (p, field, slots) -> {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw expected(p, field, what);
      }
      return read.apply(p, field);
    }, write);
  }

  /** An enum constant by its lower_snake_case name. */
  static <E extends Enum<E>> JsonType<E> of(Class<E> type) {
    EnumNames<E> names = EnumNames.of(type);
    JsonType<E> t = string(type, "a string", (p, field) -> {
      E e = names.parse(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      if (e == null) {
        throw fail(p, field + ": '" + quote(p.getString()) + "' is not one of " + names.allowed());
      }
      return e;
    }, (g, e) -> g.writeString(names.name(e)));
    return new JsonType<>(type, names, t.reading, t.writing);
  }

  /** An object read and written by the codec. */
  static <T> JsonType<T> of(Codec<T, ?> codec) {
    return new JsonType<>(codec.type(), null, (p, field, slots) -> codec.read(p, slots), codec::write);
  }

  /** A string that must be exactly the value, such as the {@code format} of a dataset. */
  static JsonType<String> constant(String value) {
    SerializableString constant = new SerializedString(value);
    return string(String.class, "a string", (p, field) -> {
      String s = p.getString();
      if (!value.equals(s)) {
        throw fail(p, field + ": '" + quote(s) + "' is not supported, expected '" + value + "'");
      }
      return s;
    }, (g, s) -> g.writeString(constant));
  }

  /** The Java type of the values (for databind). */
  Class<V> javaType() {
    return javaType;
  }

  /** The names of an enum type's constants. */
  @SuppressWarnings("unchecked")
  <E extends Enum<E>> EnumNames<E> names() {
    return (EnumNames<E>) names;
  }

  /**
   * Reads the value the parser is on.
   *
   * @throws ScoJsonException if the token is of another type or its value is not allowed
   */
  V read(JsonParser p, String field, Slots slots) {
    return reading.read(p, field, slots);
  }

  /** Writes the value. */
  void write(JsonGenerator g, V value) {
    writing.accept(g, value);
  }

  private static Boolean bool(JsonParser p, String field, boolean onlyTrue) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE && !onlyTrue) {
      return t == JsonToken.VALUE_TRUE;
    }
    throw expected(p, field, onlyTrue ? "true (omit the field otherwise)" : "true or false");
  }

  /** Reads the integer the parser is on (no boxing: for a primitive setter). */
  static int readInt(JsonParser p, String field) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw expected(p, field, "an integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(p, field + ": " + quote(p.getString()) + " is out of the integer range");
    }
    return p.getIntValue();
  }

  private static LocalDate day(JsonParser p, String field) {
    PartialDate d = date(p, field);
    if (!d.isExact()) {
      throw fail(p, field + ": '" + p.getString() + "' is not a full date (yyyy-MM-dd)");
    }
    return d.toLocalDate();
  }

  private static PartialDate date(JsonParser p, String field) {
    try {
      return parseDate(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    } catch (IllegalArgumentException e) {
      throw fail(
          p, p.currentTokenLocation(), field + ": '" + quote(p.getString()) + "' is not a valid date: " + e.getMessage(), e);
    }
  }

  /**
   * Parses a date straight from the parser's buffer (no intermediate string); any text that is not plainly
   * {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} goes to {@link PartialDate#parse}, so that the faults and
   * their messages stay the model's. {@code ParseDateTest} checks that it agrees with {@link PartialDate#parse}.
   */
  static PartialDate parseDate(char[] c, int off, int len) {
    int year = len >= 4 ? digits(c, off, 4) : -1;
    int month = len >= 7 && c[off + 4] == '-' ? digits(c, off + 5, 2) : -1;
    int day = len == 10 && c[off + 7] == '-' ? digits(c, off + 8, 2) : -1;
    if (year >= 0 && (len == 4 || month >= 0 && (len == 7 || day >= 0))) {
      return len == 4
          ? PartialDate.ofYear(year)
          : len == 7 ? PartialDate.ofYearMonth(year, month) : PartialDate.of(year, month, day);
    }
    return PartialDate.parse(new String(c, off, len));
  }

  /** The number the ASCII digits spell, or -1 if one is not a digit. */
  private static int digits(char[] c, int off, int count) {
    int n = 0;
    for (int i = off; i < off + count; i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      n = n * 10 + d;
    }
    return n;
  }

  private static StateCode stateCode(JsonParser p, String field) {
    if (p.getStringLength() == 2) {
      char[] c = p.getStringCharacters();
      int a = c[p.getStringOffset()] - 'A';
      int b = c[p.getStringOffset() + 1] - 'A';
      if (a >= 0 && a < 26 && b >= 0 && b < 26) {
        StateCode code = CODES[a * 26 + b];
        if (code == null) {
          code = assigned(p, field);
          CODES[a * 26 + b] = code;
        }
        return code;
      }
    }
    return assigned(p, field);
  }

  private static StateCode assigned(JsonParser p, String field) {
    String s = p.getString();
    if (!s.matches("[A-Z]{2}") || !StateCode.isAssigned(s)) {
      throw fail(p, field + ": '" + quote(s) + "' is not an assigned upper-case ISO 3166-1 alpha-2 code");
    }
    return StateCode.of(s);
  }

  /** Writes {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} without intermediate strings. */
  private static void writeDate(JsonGenerator g, PartialDate d) {
    char[] buf = new char[10];
    LocalDate e = d.earliest();
    put(buf, 0, e.getYear(), 4);
    int len = 4;
    if (d.precision() != DatePrecision.YEAR) {
      buf[4] = '-';
      put(buf, 5, e.getMonthValue(), 2);
      len = 7;
    }
    if (d.precision() == DatePrecision.DAY) {
      buf[7] = '-';
      put(buf, 8, e.getDayOfMonth(), 2);
      len = 10;
    }
    g.writeString(buf, 0, len);
  }

  private static void put(char[] buf, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--, value /= 10) {
      buf[i] = (char) ('0' + value % 10);
    }
  }
}
