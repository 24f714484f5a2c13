package io.github.scosdk.examples.cli;

/** Escaping of text and attribute values for the hand-written SVG. */
final class Xml {

  private Xml() {}

  /**
   * The text with {@code & < > " '} replaced by entities and characters that XML 1.0 forbids (control
   * characters other than tab, newline and carriage return; lone surrogates) replaced by U+FFFD, so that the
   * result is safe both as element text and inside a double- or single-quoted attribute.
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&apos;");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
              || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
      }
    }
    return b.toString();
  }
}
