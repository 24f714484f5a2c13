package io.github.scosdk.json;

/**
 * The one exception that {@link ScoJson} throws when JSON cannot be read or written: malformed JSON, a
 * document that breaks the {@code sco-dataset/1} format, a value the model rejects, an exceeded limit, or an
 * I/O failure.
 *
 * <p>It carries the place of the fault: {@link #pointer()} is the JSON Pointer (RFC 6901) of the offending
 * value, {@link #line()} and {@link #column()} its 1-based position in the input (columns count characters for
 * text input and bytes for byte input). The {@link #reason()} names the field and the value in plain words;
 * {@link #getMessage()} adds the place. When no position is known (an I/O failure before or after parsing,
 * or a failure while writing) the pointer is empty and line and column are {@code -1}.
 *
 * <p>For JSON Lines the pointer is relative to the record, and the line is the line of the file.
 *
 * <p>Instances are immutable.
 */
public final class ScoJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The fault in plain words, naming the field and the value; without the place. */
  private final String reason;
  /** The JSON Pointer (RFC 6901) of the offending value; empty at the document root or when no place is known. */
  private final String pointer;
  /** The 1-based line of the fault in the input, or {@code -1} when no position is known. */
  private final int line;
  /** The 1-based column of the fault (characters for text, bytes for byte input), or {@code -1} when unknown. */
  private final int column;

  ScoJsonException(String reason, String pointer, int line, int column, Throwable cause) {
    super(format(reason, pointer, line, column), cause);
    this.reason = reason;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  private static String format(String reason, String pointer, int line, int column) {
    if (line < 0) {
      return pointer.isEmpty() ? reason : reason + " (at " + pointer + ")";
    }
    String where = pointer.isEmpty() ? "at the document root" : "at " + pointer;
    return reason + " (" + where + ", line " + line + ", column " + column + ")";
  }

  /** {@return what is wrong, naming the field and the value, without the place} */
  public String reason() {
    return reason;
  }

  /** {@return the JSON Pointer of the faulty value, such as {@code /meetings/3/startDate}; empty for the root} */
  public String pointer() {
    return pointer;
  }

  /** {@return the 1-based line of the fault, or {@code -1} when unknown} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column of the fault, or {@code -1} when unknown} */
  public int column() {
    return column;
  }
}
