package io.github.scosdk.json;

import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import java.time.LocalDate;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.json.JsonReadContext;

/**
 * Strict reading of {@code sco-dataset/1} values from a {@link JsonParser}: each method checks the token type
 * exactly (no coercion) and reports any fault as a {@link ScoJsonException} carrying the pointer and position of
 * the offending token.
 *
 * <p>Convention: a method that reads a field value first advances the parser to the value's token; a
 * {@link Codec} is called with the parser already on the value's first token and leaves it on the value's last.
 */
final class ReadSupport {

  private static final int MAX_QUOTED = 60;

  private ReadSupport() {}

  /** A failure at the current token. */
  static ScoJsonException fail(JsonParser p, String reason) {
    return fail(p, p.currentTokenLocation(), reason, null);
  }

  /** A failure at the current context (the current object, if on its end) with the given position. */
  static ScoJsonException fail(JsonParser p, TokenStreamLocation at, String reason, Throwable cause) {
    return new ScoJsonException(reason, pointer(p), at.getLineNr(), at.getColumnNr(), cause);
  }

  /** The JSON Pointer of the parser's current value. */
  static String pointer(JsonParser p) {
    return p.streamReadContext().pathAsPointer().toString();
  }

  /** Checks that the current token starts an object. */
  static void startObject(JsonParser p, String kind) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(p, kind + ": expected an object, was " + describe(p));
    }
  }

  /** Checks that the next token starts an array. */
  static void startArray(JsonParser p, String field) {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw fail(p, field + ": expected an array, was " + describe(p));
    }
  }

  /** Marks a field seen, failing on a duplicate. */
  static int once(JsonParser p, int seen, int bit, String kind, String field) {
    if ((seen & bit) != 0) {
      throw fail(p, kind + ": duplicate field '" + field + "'");
    }
    return seen | bit;
  }

  /** A failure for an unknown field; the parser is on the field name. */
  static ScoJsonException unknownField(JsonParser p, String kind, String field) {
    return fail(p, kind + ": unknown field '" + quote(field) + "'");
  }

  /**
   * Where the object the parser is on starts, for faults reported at its end ({@link #location}): the parser's own
   * context of that object, which records its first line and column, so that nothing is allocated per object; for
   * a parser whose contexts do not record positions (a buffer replayed by databind), the location taken at once.
   * The context stays valid until the parser enters the object's next sibling, that is, for as long as it is used.
   */
  static Object objectStart(JsonParser p) {
    TokenStreamContext c = p.streamReadContext();
    return c instanceof JsonReadContext ? c : p.currentTokenLocation();
  }

  /** The location of an object start taken by {@link #objectStart}. */
  static TokenStreamLocation location(Object start) {
    if (start instanceof TokenStreamLocation) {
      return (TokenStreamLocation) start;
    }
    return ((TokenStreamContext) start).startLocation(ContentReference.unknown());
  }

  /** Fails if a required field is missing; the parser is on the object's end. */
  static void require(JsonParser p, int seen, int required, String[] fields, String kind, Object start) {
    int missing = required & ~seen;
    if (missing != 0) {
      String field = fields[Integer.numberOfTrailingZeros(missing)];
      throw fail(p, location(start), kind + ": missing required field '" + field + "'", null);
    }
  }

  /** A failure for a value the model rejected; the parser is on the object's end. */
  static ScoJsonException invalid(JsonParser p, String kind, Object start, RuntimeException e) {
    return fail(p, location(start), "invalid " + kind + ": " + e.getMessage(), e);
  }

  static String string(JsonParser p, String field) {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw fail(p, field + ": expected a string, was " + describe(p));
    }
    return p.getString();
  }

  static int integer(JsonParser p, String field) {
    if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fail(p, field + ": expected an integer, was " + describe(p));
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(p, field + ": " + quote(p.getText()) + " is out of the integer range");
    }
    return p.getIntValue();
  }

  static boolean bool(JsonParser p, String field) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw fail(p, field + ": expected true or false, was " + describe(p));
  }

  /** Reads {@code true}, the only value allowed for a flag such as {@code ongoing}. */
  static void trueFlag(JsonParser p, String field) {
    if (p.nextToken() != JsonToken.VALUE_TRUE) {
      throw fail(p, field + ": expected true (omit the field otherwise), was " + describe(p));
    }
  }

  static PartialDate partialDate(JsonParser p, String field) {
    p.nextToken();
    return currentPartialDate(p, field);
  }

  /** Reads a partial date from the current token. */
  static PartialDate currentPartialDate(JsonParser p, String field) {
    checkDateString(p, field);
    try {
      return parseDate(p);
    } catch (IllegalArgumentException e) {
      throw fail(
          p, p.currentTokenLocation(), field + ": '" + quote(p.getString()) + "' is not a valid date: " + e.getMessage(), e);
    }
  }

  static LocalDate day(JsonParser p, String field) {
    p.nextToken();
    checkDateString(p, field);
    PartialDate d;
    try {
      d = parseDate(p);
    } catch (IllegalArgumentException e) {
      throw fail(
          p, p.currentTokenLocation(), field + ": '" + quote(p.getString()) + "' is not a valid date: " + e.getMessage(), e);
    }
    if (!d.isExact()) {
      throw fail(p, field + ": '" + p.getString() + "' is not a full date (yyyy-MM-dd)");
    }
    return d.toLocalDate();
  }

  /**
   * Parses the current string token as a date straight from the parser's buffer (no intermediate string); any
   * text that is not plainly {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} goes to
   * {@link PartialDate#parse}, so that the faults and their messages stay the model's.
   */
  private static PartialDate parseDate(JsonParser p) {
    char[] c = p.getStringCharacters();
    int off = p.getStringOffset();
    int len = p.getStringLength();
    if ((len == 4 || len == 7 || len == 10) && shapeOk(c, off, len)) {
      int year = number(c, off, 4);
      if (len == 4) {
        return PartialDate.ofYear(year);
      }
      int month = number(c, off + 5, 2);
      if (len == 7) {
        return PartialDate.ofYearMonth(year, month);
      }
      return PartialDate.of(year, month, number(c, off + 8, 2));
    }
    return PartialDate.parse(p.getString());
  }

  private static boolean shapeOk(char[] c, int off, int len) {
    for (int i = 0; i < len; i++) {
      char ch = c[off + i];
      boolean dash = i == 4 || i == 7;
      if (dash ? ch != '-' : (ch < '0' || ch > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int number(char[] c, int off, int digits) {
    int n = 0;
    for (int i = 0; i < digits; i++) {
      n = n * 10 + (c[off + i] - '0');
    }
    return n;
  }

  private static void checkDateString(JsonParser p, String field) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail(p, field + ": expected a date string, was " + describe(p));
    }
  }

  static StateCode stateCode(JsonParser p, String field) {
    p.nextToken();
    return currentStateCode(p, field);
  }

  /** Reads a state code from the current token. */
  static StateCode currentStateCode(JsonParser p, String field) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail(p, field + ": expected a state code string, was " + describe(p));
    }
    return stateCodeOfToken(p, field);
  }

  /**
   * The codes already read, by their two letters: a code is read from the parser's buffer without an intermediate
   * string, and each distinct code is one shared instance (codes are immutable values). Filled as codes are met;
   * a racy fill is harmless (final fields, equal values).
   */
  private static final StateCode[] CODES = new StateCode[26 * 26];

  private static StateCode stateCodeOfToken(JsonParser p, String field) {
    if (p.getStringLength() == 2) {
      char[] c = p.getStringCharacters();
      int off = p.getStringOffset();
      char a = c[off];
      char b = c[off + 1];
      if (isUpper(a) && isUpper(b)) {
        int slot = (a - 'A') * 26 + (b - 'A');
        StateCode code = CODES[slot];
        if (code == null) {
          code = parseStateCode(p, field, p.getString());
          CODES[slot] = code;
        }
        return code;
      }
    }
    return parseStateCode(p, field, p.getString());
  }

  private static StateCode parseStateCode(JsonParser p, String field, String s) {
    if (s.length() != 2 || !isUpper(s.charAt(0)) || !isUpper(s.charAt(1)) || !StateCode.isAssigned(s)) {
      throw fail(p, field + ": '" + quote(s) + "' is not an assigned upper-case ISO 3166-1 alpha-2 code");
    }
    return StateCode.of(s);
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static <E extends Enum<E>> E enumValue(JsonParser p, String field, EnumNames<E> names) {
    p.nextToken();
    return currentEnumValue(p, field, names);
  }

  /** Reads an enum constant from the current token. */
  static <E extends Enum<E>> E currentEnumValue(JsonParser p, String field, EnumNames<E> names) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail(p, field + ": expected a string, was " + describe(p));
    }
    E e = names.parse(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    if (e == null) {
      throw fail(p, field + ": '" + quote(p.getString()) + "' is not one of " + names.allowed());
    }
    return e;
  }

  static void strings(JsonParser p, String field, Consumer<String> sink) {
    startArray(p, field);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING) {
        throw fail(p, field + ": expected a string, was " + describe(p));
      }
      sink.accept(p.getString());
    }
  }

  static void stateCodes(JsonParser p, String field, Consumer<StateCode> sink) {
    startArray(p, field);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING) {
        throw fail(p, field + ": expected a state code string, was " + describe(p));
      }
      sink.accept(stateCodeOfToken(p, field));
    }
  }

  static <T> void objects(JsonParser p, String field, Codec<T> codec, Consumer<? super T> sink) {
    startArray(p, field);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      sink.accept(codec.read(p));
    }
  }

  /** Reads a nested object field with the codec. */
  static <T> T object(JsonParser p, Codec<T> codec) {
    p.nextToken();
    return codec.read(p);
  }

  /** Plain words for the current token and its value, for messages. */
  static String describe(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case VALUE_STRING:
        return "string '" + quote(p.getString()) + "'";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number " + quote(p.getText());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "the end of an object";
      case END_ARRAY:
        return "the end of an array";
      default:
        return t.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The text, cut to a readable length. */
  static String quote(String s) {
    return s.length() <= MAX_QUOTED ? s : s.substring(0, MAX_QUOTED) + "…";
  }
}
