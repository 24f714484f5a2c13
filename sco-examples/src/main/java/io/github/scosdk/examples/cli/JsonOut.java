package io.github.scosdk.examples.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * A small JSON writer for the command's own output rows (the dataset itself is written by {@code ScoJson}):
 * objects, arrays, strings, numbers, booleans and null, pretty-printed with two-space indents, with strings
 * escaped as RFC 8259 requires. Misuse (a value where a name is due) fails at once.
 */
final class JsonOut {

  private final StringBuilder out = new StringBuilder();
  /** For each open container: 'o' or 'a', upper case once it has a member. */
  private final Deque<Character> open = new ArrayDeque<>();
  private boolean nameWritten;

  JsonOut beginObject() {
    beforeValue();
    out.append('{');
    open.push('o');
    return this;
  }

  JsonOut endObject() {
    return end('o', '}');
  }

  JsonOut beginArray() {
    beforeValue();
    out.append('[');
    open.push('a');
    return this;
  }

  JsonOut endArray() {
    return end('a', ']');
  }

  /** The next member's name; only inside an object. */
  JsonOut name(String name) {
    Character top = open.peek();
    if (top == null || Character.toLowerCase(top) != 'o' || nameWritten) {
      throw new IllegalStateException("name: '" + name + "' is not allowed here");
    }
    separate();
    out.append(quote(name)).append(": ");
    nameWritten = true;
    return this;
  }

  JsonOut value(@Nullable String value) {
    beforeValue();
    out.append(value == null ? "null" : quote(value));
    return this;
  }

  JsonOut value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  JsonOut value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** A member with a string value, or null. */
  JsonOut member(String name, @Nullable String value) {
    return name(name).value(value);
  }

  /** The text written so far, which is complete JSON once every container is closed. */
  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("json: " + open.size() + " container(s) still open");
    }
    return out.toString();
  }

  private void beforeValue() {
    Character top = open.peek();
    if (top == null) {
      if (out.length() > 0) {
        throw new IllegalStateException("json: only one top-level value is allowed");
      }
      return;
    }
    if (Character.toLowerCase(top) == 'o') {
      if (!nameWritten) {
        throw new IllegalStateException("json: a member needs a name before its value");
      }
      nameWritten = false;
    } else {
      separate();
    }
  }

  private void separate() {
    char top = open.pop();
    if (Character.isUpperCase(top)) {
      out.append(',');
    }
    open.push(Character.toUpperCase(top));
    newline(open.size());
  }

  private JsonOut end(char kind, char close) {
    Character top = open.peek();
    if (top == null || Character.toLowerCase(top) != kind || nameWritten) {
      throw new IllegalStateException("json: cannot close '" + close + "' here");
    }
    open.pop();
    if (Character.isUpperCase(top)) {
      newline(open.size());
    }
    out.append(close);
    return this;
  }

  private void newline(int depth) {
    out.append('\n').append("  ".repeat(depth));
  }

  /** The string as a JSON string literal. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }
}
