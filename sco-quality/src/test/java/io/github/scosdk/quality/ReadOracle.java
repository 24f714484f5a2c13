package io.github.scosdk.quality;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoJsonException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

  private static void checkBytesAreText(ScoJson json, Object value, String text) {
    String decoded = new String(json.toJsonBytes(value), StandardCharsets.UTF_8);
    if (!decoded.equals(text)) {
      throw new AssertionError("toJsonBytes is not toJson in UTF-8: " + text + " then " + decoded);
    }
  }

  /**
   * Runs one fuzz input under the per-input bounds: at most {@link #TIME_BOUND_NANOS} of this thread's CPU time and
   * at most
   * {@link #memoryBound(int)} bytes allocated on this thread (the JVM's own count, exact whatever the garbage
   * collector does), once the first {@link #WARM_UP_INPUTS} inputs of the JVM have warmed it up. Either bound
   * broken is a finding: a quadratic path or a blow-up that the input triggers.
   */
  static void bounded(int inputLength, Runnable check) {
    long bytesBefore = allocatedBytes();
    long start = cpuNanos();
    check.run();
    if (WARM_UP.getAndIncrement() < WARM_UP_INPUTS) {
      // the first inputs load, instrument and compile the classes (Jazzer's agent allocates hundreds of MB on
      // this thread then, and takes seconds): not the cost of the input
      return;
    }
    long nanos = cpuNanos() - start;
    long allocated = allocatedBytes() - bytesBefore;
    if (nanos > TIME_BOUND_NANOS) {
      throw new AssertionError(
          "an input of " + inputLength + " bytes took " + nanos / 1_000_000 + " ms of CPU time (bound: 1 s)");
    }
    if (bytesBefore >= 0 && allocated > memoryBound(inputLength)) {
      throw new AssertionError(
          "an input of " + inputLength + " bytes allocated " + allocated + " bytes (bound: "
              + memoryBound(inputLength) + ")");
    }
  }

  /** Inputs run before the bounds apply, in this JVM. */
  static final int WARM_UP_INPUTS = 200;

  private static final java.util.concurrent.atomic.AtomicInteger WARM_UP = new java.util.concurrent.atomic.AtomicInteger();

  /**
   * One second of CPU time per input: a fuzz input is at most a few KiB, and is read in well under a millisecond.
   * CPU time, not wall time: on a loaded machine (a fuzz run under {@code nice}, two cores shared by several builds)
   * the wall clock also counts the time the scheduler gave to other processes, and a 74-byte record input "took"
   * 1.5 s of wall time that way; what a quadratic path costs is the thread's own CPU time. (Jazzer's own timeout
   * (libFuzzer's {@code -timeout}, 1,200 s by default) still catches an input that never ends.)
   */
  static final long TIME_BOUND_NANOS = 1_000_000_000L;

  /** This thread's CPU time in nanoseconds, or the wall clock where the JVM cannot measure it. */
  private static long cpuNanos() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /**
   * The allocation an input of the length may cause: 64 MiB plus 4 KiB per input byte. A read allocates tens of
   * bytes per input byte and keeps at most about eleven (sco-io's {@code MemoryPerReadTest}); a round trip, a
   * validation and the checks here a few times that. Far above what any input needs, far below what a blow-up
   * takes.
   */
  static long memoryBound(int inputLength) {
    return (64L << 20) + 4096L * inputLength;
  }

  private static long allocatedBytes() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (threads instanceof com.sun.management.ThreadMXBean) {
      return ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes();
    }
    return -1;
  }

  /**
   * The text of UTF-8 bytes, or null if they are not well-formed UTF-8 (the JDK's decoder refuses overlong forms,
   * surrogates and code points above U+10FFFF, as the byte reader must).
   */
  static String strictUtf8(byte[] input) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Whether the byte reader reads these bytes as UTF-8: it detects UTF-16 and UTF-32 from a byte-order mark or
   * from a zero byte among the first two. (A UTF-8 byte-order mark is skipped by both readers.)
   */
  static boolean readAsUtf8(byte[] input) {
    if (input.length < 2) {
      return true;
    }
    int b0 = input[0] & 0xff;
    int b1 = input[1] & 0xff;
    return b0 != 0 && b1 != 0 && !(b0 == 0xfe && b1 == 0xff) && !(b0 == 0xff && b1 == 0xfe);
  }

  /**
   * Checks that the byte reader and the text reader agree on the input: on bytes the byte reader takes as UTF-8,
   * ill-formed UTF-8 is refused by the byte reader, and well-formed UTF-8 is accepted by both or by neither, with
   * equal values.
   *
   * @param fromBytes what the byte reader read, or null if it refused
   * @param readText the text reader
   */
  static <T> void checkReadersAgree(byte[] input, T fromBytes, java.util.function.Function<String, T> readText) {
    if (!readAsUtf8(input)) {
      return;
    }
    String text = strictUtf8(input);
    if (text == null) {
      if (fromBytes != null) {
        throw new AssertionError("the byte reader accepted ill-formed UTF-8: " + java.util.HexFormat.of()
            .formatHex(input, 0, Math.min(input.length, 200)));
      }
      return;
    }
    T fromText = readOrReject(() -> readText.apply(text));
    if ((fromBytes == null) != (fromText == null)) {
      throw new AssertionError(
          "the byte reader " + (fromBytes == null ? "rejected" : "accepted") + " what the text reader "
              + (fromText == null ? "rejected" : "accepted") + ": " + text);
    }
    if (fromBytes != null && !fromBytes.equals(fromText)) {
      throw new AssertionError("the byte and the text reader read different values from " + text);
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

  /**
   * Fails unless writing the value and reading it back gives an equal value, and the same bytes again; and unless
   * {@code toJsonBytes} is {@code toJson} in UTF-8, compact and pretty (a value with a character that UTF-8 cannot
   * carry, such as a lone surrogate, would break that).
   */
  static <T> void checkRoundTrip(T value, Class<T> type) {
    String text = COMPACT.toJson(value);
    checkBytesAreText(COMPACT, value, text);
    checkBytesAreText(JSON, value, JSON.toJson(value));
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
