package io.github.scosdk.quality;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoJsonException;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;

/**
 * The contract every read of untrusted input must keep, shared by the fuzz targets and the mutation sweep: a read
 * either returns a value or throws {@link ScoJsonException}, and that exception is well formed (a reason, a
 * pointer, a place) and caused only by what {@code docs/json-format.md} documents: the parser, an I/O failure or
 * a value the model rejects. Anything else (a {@code NullPointerException} wrapped by the reader's last-resort
 * handler, an {@code Error}, any other exception) breaks the contract and is thrown as an {@link AssertionError}
 * or left to propagate, so that Jazzer and JUnit report it.
 */
final class ReadOracle {

  static final ScoJson JSON = ScoJson.standard();
  static final ScoJson COMPACT = JSON.compact();

  private ReadOracle() {}

  /** The value read, or {@code null} when the input was rejected with a well-formed {@link ScoJsonException}. */
  static <T> T readOrReject(Supplier<T> read) {
    try {
      return read.get();
    } catch (ScoJsonException e) {
      checkWellFormed(e);
      return null;
    }
  }

  /** Checks that a rejection says what and where, and that its cause is one the format documents. */
  static void checkWellFormed(ScoJsonException e) {
    if (e.reason() == null || e.reason().isBlank()) {
      throw new AssertionError("a rejection without a reason", e);
    }
    if (e.pointer() == null || !(e.pointer().isEmpty() || e.pointer().startsWith("/"))) {
      throw new AssertionError("not a JSON Pointer: '" + e.pointer() + "'", e);
    }
    boolean placed = e.line() >= 1 && e.column() >= 1;
    boolean unplaced = e.line() == -1 && e.column() == -1;
    if (!placed && !unplaced) {
      throw new AssertionError("line " + e.line() + ", column " + e.column() + " is not a place", e);
    }
    Throwable cause = e.getCause();
    if (cause != null && !documentedCause(cause)) {
      throw new AssertionError("an undocumented failure escaped the reader as '" + e.reason() + "'", e);
    }
  }

  private static boolean documentedCause(Throwable cause) {
    return cause instanceof JacksonException
        || cause instanceof IOException
        || cause instanceof DateTimeException
        // the model's builders reject a bad value with one of these two, naming the field and the value
        || cause.getClass() == IllegalArgumentException.class
        || cause.getClass() == IllegalStateException.class;
  }

  /** Fails unless writing the value and reading it back gives an equal value, and the same bytes again. */
  static <T> void checkRoundTrip(T value, Class<T> type) {
    String text = COMPACT.toJson(value);
    T again = COMPACT.read(text, type);
    if (!again.equals(value)) {
      throw new AssertionError("read(write(v)) != v for " + type.getSimpleName() + ": " + text);
    }
    String textAgain = COMPACT.toJson(again);
    if (!textAgain.equals(text)) {
      throw new AssertionError("writing is not deterministic: " + text + " then " + textAgain);
    }
  }
}
