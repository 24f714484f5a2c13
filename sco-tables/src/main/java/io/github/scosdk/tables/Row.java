package io.github.scosdk.tables;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link Table}: a value per column, in column order. A value is a {@link String}, an {@link Integer},
 * a {@link LocalDate}, a {@link Boolean}, a {@code List<String>}, or {@code null} for an empty cell — as the
 * column's {@link ColumnType} says. Immutable.
 */
public final class Row {

  private final Table.Layout layout;
  private final @Nullable Object[] values;

  Row(Table.Layout layout, @Nullable Object[] values) {
    if (values.length != layout.columns().size()) {
      throw new IllegalArgumentException(
          "values: " + values.length + " values for " + layout.columns().size() + " columns of table '"
              + layout.name() + "'");
    }
    this.layout = layout;
    this.values = values;
  }

  /**
   * {@return the value in the column at the index (0-based), or null when the cell is empty}
   *
   * @param index the column position, 0-based
   */
  public @Nullable Object get(int index) {
    return values[index];
  }

  /**
   * {@return the value in the named column, or null when the cell is empty}
   *
   * @param column the column name
   * @throws IllegalArgumentException if the table has no such column
   */
  public @Nullable Object get(String column) {
    return values[layout.indexOf(column)];
  }

  /**
   * {@return the value in the named column as text ({@code ""} for an empty cell, a list joined with {@code ;})}
   *
   * @param column the column name
   */
  public String text(String column) {
    return Cells.text(get(column));
  }

  /** {@return the values in column order (null for an empty cell)} */
  public List<@Nullable Object> values() {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  @Override
  public String toString() {
    return layout.name() + Arrays.toString(values);
  }
}
