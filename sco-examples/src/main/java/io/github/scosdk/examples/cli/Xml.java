package io.github.scosdk.examples.cli;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;

/** Escaping of text and attribute values for the SVG chart, by Guava's XML attribute escaper. */
final class Xml {

  private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();

  private Xml() {}

  /**
   * The text with {@code & < > " '} replaced by entities, tab and line breaks by character references, and the
   * characters that XML 1.0 forbids (other control characters, U+FFFE, U+FFFF, lone surrogates) by U+FFFD, so that
   * the result is safe both as element text and inside a double- or single-quoted attribute.
   */
  static String escape(String s) {
    return ATTRIBUTE.escape(withoutLoneSurrogates(s));
  }

  /** Guava escapes per UTF-16 unit and so keeps a lone surrogate, which no UTF-8 document can hold. */
  private static String withoutLoneSurrogates(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        i++;
      } else if (Character.isSurrogate(c)) {
        b = b != null ? b : new StringBuilder(s);
        b.setCharAt(i, '\uFFFD');
      }
    }
    return b != null ? b.toString() : s;
  }
}
