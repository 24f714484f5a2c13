package io.github.scosdk.tables;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The formats a {@link Table} is written in. Both are UTF-8 and write every row in the table's order. */
public enum TableFormat {
  /** RFC 4180 comma-separated values with a header row (CRLF line ends; lists joined with {@code ;}). */
  CSV("csv"),
  /** JSON Lines: one JSON object per row, keys in column order, lists as arrays, empty cells as null. */
  JSON_LINES("jsonl");

  private final String cliName;

  TableFormat(String cliName) {
    this.cliName = cliName;
  }

  /** {@return the name on the command line: {@code csv} or {@code jsonl}} */
  public String cliName() {
    return cliName;
  }

  /**
   * {@return the format with the command-line name}
   *
   * @param name the command-line name, such as {@code csv}
   * @throws IllegalArgumentException if no format has that name (the message lists the names)
   */
  public static TableFormat named(String name) {
    return Names.parse(TableFormat.class, "format", name, TableFormat::cliName);
  }

  /**
   * Writes the table to the stream in UTF-8 (flushed, not closed).
   *
   * @param table the table to write
   * @param out the stream written to
   * @return the number of rows written (the CSV header not counted)
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public long write(Table table, OutputStream out) {
    return write(table, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Writes the table to the writer (flushed, not closed).
   *
   * @param table the table to write
   * @param out the writer written to
   * @return the number of rows written (the CSV header not counted)
   * @throws java.io.UncheckedIOException if the writer fails
   */
  public long write(Table table, Writer out) {
    return this == CSV ? CsvTableWriter.write(table, out) : JsonLinesTableWriter.write(table, out);
  }
}
