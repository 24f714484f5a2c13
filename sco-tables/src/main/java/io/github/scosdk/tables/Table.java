package io.github.scosdk.tables;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A table built from a dataset: a name, its columns and its rows. The rows are produced on demand (a state-day
 * panel has hundreds of thousands), in a deterministic order, and can be streamed as often as wanted; each call to
 * {@link #rows()} produces them anew. Immutable and thread-safe.
 */
public final class Table {

  /** The name and columns of a table, with the index of each column name. */
  static final class Layout {
    private final String name;
    private final List<Column> columns;
    private final Map<String, Integer> index = new HashMap<>();

    Layout(String name, List<Column> columns) {
      this.name = requireNonNull(name, "name");
      this.columns = List.copyOf(columns);
      for (int i = 0; i < this.columns.size(); i++) {
        if (index.put(this.columns.get(i).name(), i) != null) {
          throw new IllegalArgumentException("columns: duplicate column '" + this.columns.get(i).name() + "'");
        }
      }
    }

    String name() {
      return name;
    }

    List<Column> columns() {
      return columns;
    }

    int indexOf(String column) {
      Integer i = index.get(column);
      if (i == null) {
        throw new IllegalArgumentException("column: table '" + name + "' has no column '" + column + "'");
      }
      return i;
    }

    Row row(@Nullable Object... values) {
      return new Row(this, values);
    }

    /** A row of the leading cells (a state's identifiers) followed by the values. */
    Row row(@Nullable Object[] leading, @Nullable Object... values) {
      Object[] all = java.util.Arrays.copyOf(leading, leading.length + values.length);
      System.arraycopy(values, 0, all, leading.length, values.length);
      return new Row(this, all);
    }
  }

  private final Layout layout;
  private final Supplier<Stream<Row>> rows;

  Table(Layout layout, Supplier<Stream<Row>> rows) {
    this.layout = layout;
    this.rows = rows;
  }

  /** {@return the table's name, such as {@code intervals}} */
  public String name() {
    return layout.name();
  }

  /** {@return the columns, in order} */
  public List<Column> columns() {
    return layout.columns();
  }

  /** {@return the column names, in order (the CSV header)} */
  public List<String> columnNames() {
    return layout.columns().stream().map(Column::name).toList();
  }

  /** {@return the rows, in the table's order; a new stream on each call} */
  public Stream<Row> rows() {
    return rows.get();
  }

  /** {@return the rows, collected (convenient for small tables and tests)} */
  public List<Row> rowList() {
    try (Stream<Row> s = rows()) {
      return s.toList();
    }
  }
}
