package io.github.scosdk.tables;

/**
 * The kind of value a {@link Column} holds, and so how each format writes it: CSV writes every kind as text (a list
 * joined with {@code ;}); JSON Lines writes integers as numbers, booleans as {@code true}/{@code false}, lists as
 * arrays of strings, dates and text as strings. An empty cell is an empty CSV field and JSON {@code null}.
 */
public enum ColumnType {
  /** Text. */
  TEXT,
  /** A whole number. */
  INTEGER,
  /** An ISO-8601 day, {@code yyyy-MM-dd}. */
  DATE,
  /** A truth value. */
  BOOLEAN,
  /** A list of texts (ids, codes). */
  TEXT_LIST
}
