package io.github.scosdk.tables;

import static java.util.Objects.requireNonNull;

/**
 * One column of a {@link Table}: its name (lower_snake_case, as the header row writes it), its {@link ColumnType}
 * and what it means.
 *
 * @param name the header name, lower_snake_case
 * @param type the kind of value
 * @param description what the column holds, in plain words
 */
public record Column(String name, ColumnType type, String description) {

  /**
   * Checks the components.
   *
   * @param name the header name, lower_snake_case
   * @param type the kind of value
   * @param description what the column holds, in plain words
   * @throws IllegalArgumentException if the name is not lower_snake_case or the description is blank
   */
  public Column {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(description, "description");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("name: '" + name + "' is not lower_snake_case");
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException("description: blank for column '" + name + "'");
    }
  }

  static Column text(String name, String description) {
    return new Column(name, ColumnType.TEXT, description);
  }

  static Column integer(String name, String description) {
    return new Column(name, ColumnType.INTEGER, description);
  }

  static Column date(String name, String description) {
    return new Column(name, ColumnType.DATE, description);
  }

  static Column bool(String name, String description) {
    return new Column(name, ColumnType.BOOLEAN, description);
  }

  static Column list(String name, String description) {
    return new Column(name, ColumnType.TEXT_LIST, description);
  }
}
