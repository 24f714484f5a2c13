package io.github.scosdk.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values for spreadsheets, as RFC 4180 writes them: a field that holds a comma, a double quote or
 * a line break is put in double quotes, with every double quote inside doubled. Records end with a newline.
 *
 * <p>Policy against formula injection: a field that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return would be run as a formula by a spreadsheet, so it is written with a leading
 * apostrophe ({@code '=1+2}), which spreadsheets show as text. The {@code --format csv} output of the query
 * commands is meant for people opening it in a spreadsheet; exact machine tables are {@code sco export} (JSON)
 * and the tables of {@code sco-tables}.
 */
final class Csv {

  private final List<List<String>> rows = new ArrayList<>();

  /** Appends one record. */
  Csv row(String... fields) {
    return row(List.of(fields));
  }

  /** Appends one record. */
  Csv row(List<String> fields) {
    rows.add(List.copyOf(fields));
    return this;
  }

  /** Adds a last column: the name to the first record (the header), the value to every other record. */
  Csv column(String name, String value) {
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = new ArrayList<>(rows.get(i));
      r.add(i == 0 ? name : value);
      rows.set(i, List.copyOf(r));
    }
    return this;
  }

  /** The field, neutralised if a spreadsheet would read it as a formula, and quoted where it has to be. */
  static String field(String value) {
    String safe = startsLikeAFormula(value) ? "'" + value : value;
    boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
        || safe.indexOf('\r') >= 0;
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  /** Whether the value starts with a character that makes a spreadsheet evaluate it. */
  static boolean startsLikeAFormula(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (List<String> r : rows) {
      for (int i = 0; i < r.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(field(r.get(i)));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
