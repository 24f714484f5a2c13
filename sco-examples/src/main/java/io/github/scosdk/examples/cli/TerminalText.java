package io.github.scosdk.examples.cli;

/**
 * Text for a terminal: the characters that could drive the terminal or disguise what it shows (C0 and C1 control
 * characters such as ESC, BEL, CR, backspace and NUL; DEL; bidirectional overrides, embeddings, isolates and marks;
 * line and paragraph separators) are shown as visible escapes, as {@code git} and {@code ls} do:
 * {@code \r}, {@code \t}, {@code \x1b}, {@code \u202e}. Everything else is kept as it is. One pass, linear in the
 * length of the text.
 */
final class TerminalText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalText() {}

  /** The text with every such character escaped, line feeds included: for one cell or one line. */
  static String escape(String text) {
    return escape(text, false);
  }

  /**
   * A file path for a message, in single quotes, with every such character escaped, line feeds included (a path
   * is one name, whatever it holds).
   */
  static String quoted(Object path) {
    return "'" + escape(String.valueOf(path)) + "'";
  }

  /** The text with every such character escaped except the line feeds that lay it out in lines. */
  static String escapeKeepingLines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLineFeeds) {
    int first = firstUnsafe(text, keepLineFeeds);
    if (first < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c, keepLineFeeds)) {
        b.append(escapeOf(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static int firstUnsafe(String text, boolean keepLineFeeds) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i), keepLineFeeds)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the character is one a terminal may act on or that reorders or hides text. */
  static boolean isUnsafe(char c, boolean keepLineFeeds) {
    if (c < 0x20) {
      return !(keepLineFeeds && c == '\n');
    }
    return (c >= 0x7f && c <= 0x9f)
        || c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u2028' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static String hex(char c, int digits) {
    char[] out = new char[digits];
    for (int i = digits - 1, v = c; i >= 0; i--, v >>>= 4) {
      out[i] = HEX[v & 0xf];
    }
    return new String(out);
  }

  private static String escapeOf(char c) {
    switch (c) {
      case 0x07:
        return "\\a";
      case '\b':
        return "\\b";
      case '\t':
        return "\\t";
      case '\n':
        return "\\n";
      case 0x0b:
        return "\\v";
      case '\f':
        return "\\f";
      case '\r':
        return "\\r";
      default:
        return c < 0x100 ? "\\x" + hex(c, 2) : "\\u" + hex(c, 4);
    }
  }
}
