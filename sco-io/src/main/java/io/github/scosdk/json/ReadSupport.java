package io.github.scosdk.json;

import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.json.JsonReadContext;

/**
 * The faults of strict reading: each a {@link ScoJsonException} carrying the pointer and position of the offending
 * token (or of the object it belongs to), with the value described in plain words.
 */
final class ReadSupport {

  private static final int MAX_QUOTED = 60;

  private static final Map<JsonToken, String> STRUCTURE = Map.of(JsonToken.START_OBJECT, "an object",
      JsonToken.START_ARRAY, "an array", JsonToken.END_OBJECT, "the end of an object", JsonToken.END_ARRAY,
      "the end of an array");

  private ReadSupport() {}

  /** A failure at the current token. */
  static ScoJsonException fail(JsonParser p, String reason) {
    return fail(p, p.currentTokenLocation(), reason, null);
  }

  /** A failure at the current context (the current object, if on its end) with the given position. */
  static ScoJsonException fail(JsonParser p, TokenStreamLocation at, String reason, Throwable cause) {
    return new ScoJsonException(reason, pointer(p), at.getLineNr(), at.getColumnNr(), cause);
  }

  /** A failure at the start of the object the parser is in (taken by {@link #objectStart}). */
  static ScoJsonException failAt(JsonParser p, Object start, String reason, Throwable cause) {
    return fail(p, location(start), reason, cause);
  }

  /** The JSON Pointer of the parser's current value. */
  static String pointer(JsonParser p) {
    return p.streamReadContext().pathAsPointer().toString();
  }

  /** A failure for a token of the wrong type: {@code field: expected what, was ...}. */
  static ScoJsonException expected(JsonParser p, String field, String what) {
    return fail(p, field + ": expected " + what + ", was " + describe(p));
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

  /**
   * The string the parser is on, refused if it holds a lone surrogate (an escaped {@code \uD800} without its
   * pair, or a raw one in text input): such a string has no UTF-8 form, so byte and text input refuse it alike.
   */
  static String text(JsonParser p, String field) {
    String s = p.getString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          throw fail(p, field + ": lone surrogate U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
              + " at character " + (i + 1) + " (not Unicode text)");
        }
      }
    }
    return s;
  }

  /** Plain words for the current token and its value, for messages. */
  static String describe(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "end of input";
    }
    if (t == JsonToken.VALUE_STRING) {
      return "string '" + quote(p.getString()) + "'";
    } else if (t.isNumeric()) {
      return "number " + quote(p.getString());
    }
    // true, false, null; other tokens are never a value
    return STRUCTURE.getOrDefault(t, t.isScalarValue() ? p.getString() : t.name().toLowerCase(Locale.ROOT));
  }

  /** The text, cut to a readable length. */
  static String quote(String s) {
    return s.length() <= MAX_QUOTED ? s : s.substring(0, MAX_QUOTED) + "…";
  }
}
