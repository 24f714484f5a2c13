package io.github.scosdk.examples.cli;

import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: a field that holds a comma, a double quote or a line break is
 * put in double quotes, with every double quote inside doubled. Records end with a newline.
 */
final class Csv {

  private final StringBuilder out = new StringBuilder();

  /** Appends one record. */
  Csv row(String... fields) {
    return row(List.of(fields));
  }

  /** Appends one record. */
  Csv row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append('\n');
    return this;
  }

  /** The field, quoted where it has to be. */
  static String field(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
