package io.github.scosdk.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table: a header row and rows of cells, printed in columns two spaces apart, with the last column
 * left ragged (no trailing spaces). Widths count code points, so Cyrillic names line up. Control characters in a
 * cell (line breaks included) are shown escaped ({@link TerminalText}), so that every row stays one line.
 */
final class TextTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row; it must have one cell per column. */
  TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "cells: " + cells.length + " given for " + header.size() + " columns " + Arrays.toString(cells));
    }
    rows.add(Arrays.stream(cells).map(TerminalText::escape).toList());
    return this;
  }

  /** The number of rows, header excluded. */
  int size() {
    return rows.size();
  }

  /** The table, one line per row, each ending with a newline. */
  String render() {
    int[] width = new int[header.size()];
    measure(header, width);
    rows.forEach(r -> measure(r, width));
    StringBuilder out = new StringBuilder();
    line(out, header, width);
    rows.forEach(r -> line(out, r, width));
    return out.toString();
  }

  private static void measure(List<String> cells, int[] width) {
    for (int i = 0; i < cells.size(); i++) {
      width[i] = Math.max(width[i], length(cells.get(i)));
    }
  }

  private static void line(StringBuilder out, List<String> cells, int[] width) {
    int start = out.length();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      out.append(cell);
      if (i < cells.size() - 1) {
        out.append(" ".repeat(width[i] - length(cell) + 2));
      }
    }
    int end = out.length();
    while (end > start && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    out.append('\n');
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
