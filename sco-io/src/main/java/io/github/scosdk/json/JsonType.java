package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.expected;
import static io.github.scosdk.json.ReadSupport.fail;
import static io.github.scosdk.json.ReadSupport.quote;

import io.github.scosdk.model.DatePrecision;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import java.time.LocalDate;
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

  private enum Tag {
    STRING, INT, BOOL, TRUE, DATE, DAY, STATE, ENUM, OBJECT, CONSTANT
  }

  static final JsonType<String> STRING = new JsonType<>(Tag.STRING, null, null, null);
  static final JsonType<Integer> INT = new JsonType<>(Tag.INT, null, null, null);
  static final JsonType<Boolean> BOOL = new JsonType<>(Tag.BOOL, null, null, null);
  /** A flag such as {@code ongoing}: only {@code true} is allowed (the field is omitted otherwise). */
  static final JsonType<Boolean> TRUE = new JsonType<>(Tag.TRUE, null, null, null);
  /** A partial date: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  static final JsonType<PartialDate> DATE = new JsonType<>(Tag.DATE, null, null, null);
  /** A full date, {@code yyyy-MM-dd}. */
  static final JsonType<LocalDate> DAY = new JsonType<>(Tag.DAY, null, null, null);
  static final JsonType<StateCode> STATE = new JsonType<>(Tag.STATE, null, null, null);

  /**
   * The codes already read, by their two letters: a code is read from the parser's buffer without an intermediate
   * string, and each distinct code is one shared instance (codes are immutable values). Filled as codes are met;
   * a racy fill is harmless (final fields, equal values).
   */
  private static final StateCode[] CODES = new StateCode[26 * 26];

  private final Tag tag;
  private final Class<?> javaType;
  private final EnumNames<?> names;
  private final Codec<V, ?> codec;
  private final SerializableString constant;

  private JsonType(Tag tag, EnumNames<?> names, Codec<V, ?> codec, String constant) {
    this.tag = tag;
    this.javaType =
        names != null ? names.type() : codec != null ? codec.type() : tag == Tag.DATE ? PartialDate.class
            : tag == Tag.DAY ? LocalDate.class : tag == Tag.STATE ? StateCode.class : Object.class;
    this.names = names;
    this.codec = codec;
    this.constant = constant == null ? null : new SerializedString(constant);
  }

  /** An enum constant by its lower_snake_case name. */
  static <E extends Enum<E>> JsonType<E> of(Class<E> type) {
    return new JsonType<>(Tag.ENUM, EnumNames.of(type), null, null);
  }

  /** The Java type of the values (for databind). */
  @SuppressWarnings("unchecked")
  Class<V> javaType() {
    return (Class<V>) javaType;
  }

  /** The names of an enum type's constants. */
  @SuppressWarnings("unchecked")
  <E extends Enum<E>> EnumNames<E> names() {
    return (EnumNames<E>) names;
  }

  /** An object read and written by the codec. */
  static <T> JsonType<T> of(Codec<T, ?> codec) {
    return new JsonType<>(Tag.OBJECT, null, codec, null);
  }

  /** A string that must be exactly the value, such as the {@code format} of a dataset. */
  static JsonType<String> constant(String value) {
    return new JsonType<>(Tag.CONSTANT, null, null, value);
  }

  /**
   * Reads the value the parser is on.
   *
   * @throws ScoJsonException if the token is of another type or its value is not allowed
   */
  @SuppressWarnings("unchecked")
  V read(JsonParser p, String field, Slots slots) {
    JsonToken t = p.currentToken();
    switch (tag) {
      case OBJECT:
        return codec.read(p, slots);
      case BOOL:
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
          return (V) Boolean.valueOf(t == JsonToken.VALUE_TRUE);
        }
        throw expected(p, field, "true or false");
      case TRUE:
        if (t != JsonToken.VALUE_TRUE) {
          throw expected(p, field, "true (omit the field otherwise)");
        }
        return (V) Boolean.TRUE;
      case INT:
        return (V) Integer.valueOf(readInt(p, field));
      default:
        break;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw expected(p, field, tag == Tag.STATE ? "a state code string" : tag == Tag.DATE || tag == Tag.DAY ? "a date string" : "a string");
    }
    switch (tag) {
      case DATE:
        return (V) date(p, field);
      case DAY:
        PartialDate d = date(p, field);
        if (!d.isExact()) {
          throw fail(p, field + ": '" + p.getString() + "' is not a full date (yyyy-MM-dd)");
        }
        return (V) d.toLocalDate();
      case STATE:
        return (V) stateCode(p, field);
      case ENUM:
        Object e = names.parse(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (e == null) {
          throw fail(p, field + ": '" + quote(p.getString()) + "' is not one of " + names.allowed());
        }
        return (V) e;
      case CONSTANT:
        String s = p.getString();
        if (!constant.getValue().equals(s)) {
          throw fail(p, field + ": '" + quote(s) + "' is not supported, expected '" + constant.getValue() + "'");
        }
        return (V) s;
      default:
        return (V) ReadSupport.text(p, field);
    }
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

  /** Writes the value. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  void write(JsonGenerator g, V value) {
    switch (tag) {
      case OBJECT:
        codec.write(g, value);
        break;
      case INT:
        g.writeNumber((Integer) value);
        break;
      case BOOL:
      case TRUE:
        g.writeBoolean((Boolean) value);
        break;
      case DATE:
        writeDate(g, (PartialDate) value);
        break;
      case DAY:
        writeDate(g, PartialDate.of((LocalDate) value));
        break;
      case STATE:
        g.writeString(((StateCode) value).code());
        break;
      case ENUM:
        g.writeString(((EnumNames) names).name((Enum) value));
        break;
      case CONSTANT:
        g.writeString(constant);
        break;
      default:
        g.writeString((String) value);
        break;
    }
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
