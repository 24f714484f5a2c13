package io.github.scosdk.examples.cli;

/** The output formats of the query commands ({@code --format}): names as typed, case-sensitive. */
enum Format {
  /** A table or lines for people; terminal control characters from the data shown escaped. */
  text,
  /** One JSON document for programs, UTF-8. */
  json,
  /** RFC 4180 comma-separated values with a header row, UTF-8, formula-like cells neutralised ({@link Csv}). */
  csv
}
