package io.github.scosdk.json;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A byte stream that lets through only well-formed UTF-8 (Unicode 15, table 3-7): no overlong form such as
 * {@code C0 80}, no code point above U+10FFFF, no encoded surrogate, no stray continuation byte, no truncated
 * sequence. Jackson 3 decodes the first three silently (an overlong {@code C0 80} becomes U+0000), so byte input
 * goes through this check before the parser sees it.
 *
 * <p>The stream returns the valid bytes before a fault and throws on the next read, so the parser asks for more
 * input exactly where the fault is and its context (the JSON Pointer) is the fault's. The exception,
 * {@link Invalid}, carries the line and the byte column of the first byte of the faulty sequence, counted as the
 * parser counts them ({@code \n}, {@code \r} and {@code \r\n} end a line).
 *
 * <p>Input that starts as UTF-16 or UTF-32 (a byte-order mark {@code FE FF} or {@code FF FE}, or a zero byte among
 * the first two, as Jackson detects them) is passed through unchecked, for the parser to decode. A leading UTF-8
 * byte-order mark is well-formed and passes, for the parser to skip and count in its columns, as a document's
 * bytes always did. For JSON Lines a mark that is the whole input is skipped here, because Jackson skips a mark
 * only in an input of four bytes or more (the mark alone was refused from bytes and read as no records from text,
 * found by fuzzing: {@code ReadJsonLinesFuzzTestInputs/readLines/crash-fe469d…}); in a longer input the parser
 * skips it, and reads UTF-8 after it whatever follows, so a second mark or a zero byte after it is refused as
 * the text reader refuses it. Skipped bytes are read, and checked, as {@link InputStream} skips them; no mark and
 * reset. Not thread-safe (like any stream).
 */
final class StrictUtf8Input extends InputStream {

  /** Invalid UTF-8 in byte input: the reason, and the 1-based line and byte column of the faulty sequence. */
  static final class Invalid extends CharConversionException {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final int line;
    private final int column;

    Invalid(String reason, int line, int column) {
      super(reason + " at line " + line + ", column " + column);
      this.reason = reason;
      this.line = line;
      this.column = column;
    }

    String reason() {
      return reason;
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }
  }

  /** Eight bytes of an array as one {@code long}, for the ASCII runs of {@link #wellFormed}. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The first bytes: enough to tell a UTF-8 byte-order mark that is the whole input from one that is not. */
  private final byte[] header = new byte[4];
  private int headerLength = -1;
  private int headerServed;
  private boolean checked = true;

  // decoder state, across reads
  private long pos;
  private int line = 1;
  private long lineStart;
  private boolean afterCr;
  private int need;
  private int lo = 0x80;
  private int hi = 0xBF;
  private long seqStart;
  private int seqLine;
  private int seqColumn;
  private int lead;
  private Invalid pending;

  private final InputStream in;
  private final boolean skipBom;

  StrictUtf8Input(InputStream in) {
    this(in, false);
  }

  /** With {@code skipBom}, a leading UTF-8 byte-order mark is not passed on (see the class comment). */
  StrictUtf8Input(InputStream in, boolean skipBom) {
    this.in = in;
    this.skipBom = skipBom;
  }

  /**
   * Whether the bytes are well-formed UTF-8, or are not UTF-8 at all (UTF-16 or UTF-32, see the class comment):
   * the fast check of a document already in memory, by the same ranges as this stream's (runs of ASCII eight bytes
   * at a time). Allocates nothing.
   */
  static boolean wellFormed(byte[] b) {
    int n = b.length;
    if (!looksUtf8(b, n)) {
      return true;
    }
    int i = 0;
    while (i < n) {
      // eight ASCII bytes at a time (no high bit set): most of a document is ASCII
      if (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
        continue;
      }
      int c = b[i] & 0xff;
      int len = continuations(c);
      if (c >= 0x80 && (len == 0 || i + len >= n || (b[i + 1] & 0xff) < firstLow(c) || (b[i + 1] & 0xff) > firstHigh(c))) {
        return false;
      }
      for (int k = 2; k <= len; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += len + 1;
    }
    return true;
  }

  /** Whether input starting with these bytes is UTF-8 to the parser (no UTF-16/32 mark or zero byte in front). */
  private static boolean looksUtf8(byte[] b, int n) {
    if (n < 2) {
      return true;
    }
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    return b0 != 0 && b1 != 0 && !(b0 == 0xFE && b1 == 0xFF) && !(b0 == 0xFF && b1 == 0xFE);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n;
    while ((n = read(one, 0, 1)) == 0) {
      // a read of one byte returns it or the end
    }
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (len == 0) {
      return 0;
    }
    if (headerLength < 0) {
      readHeader();
    }
    int n;
    if (headerServed < headerLength) {
      n = Math.min(len, headerLength - headerServed);
      System.arraycopy(header, headerServed, b, off, n);
      headerServed += n;
    } else {
      n = in.read(b, off, len);
    }
    if (!checked) {
      return n;
    }
    if (n < 0) {
      if (need > 0) {
        throw fault("truncated sequence (0x" + hex(lead) + " needs " + need + " more byte" + (need == 1 ? "" : "s")
            + ")");
      }
      return n;
    }
    long chunkStart = pos;
    for (int i = off; i < off + n; i++) {
      Invalid e = step(b[i] & 0xff);
      if (e != null) {
        int valid = (int) Math.max(0, seqStart - chunkStart);
        if (valid == 0) {
          throw e;
        }
        pending = e;
        return valid;
      }
    }
    return n;
  }

  private void readHeader() throws IOException {
    int got = 0;
    while (got < header.length) {
      int n = in.read(header, got, header.length - got);
      if (n < 0) {
        break;
      }
      got += n;
    }
    headerLength = got;
    checked = looksUtf8(header, got);
    boolean bom = got >= 3 && (header[0] & 0xff) == 0xEF && (header[1] & 0xff) == 0xBB && (header[2] & 0xff) == 0xBF;
    // only a mark that is the whole input is skipped here: in four bytes or more the parser skips one mark itself and
    // then reads UTF-8 whatever follows (skipping it here left "0A 00 00 00" for the parser to take for UTF-32,
    // crash-63152a…, and a second mark for it to skip as well, crash-1387dc…)
    headerServed = skipBom && got == 3 && bom ? 3 : 0;
  }

  /** Takes one byte; the fault it completes, or null. */
  private Invalid step(int c) {
    Invalid fault = null;
    if (need > 0) {
      if (c >= lo && c <= hi) {
        need--;
        lo = 0x80;
        hi = 0xBF;
      } else {
        fault = fault(describe(c));
      }
    } else if (c >= 0x80) {
      startSequence(c);
      if (need == 0) {
        fault = fault(c >= 0xF8 ? "start byte 0x" + hex(c)
            : c >= 0xF5 ? "start byte 0x" + hex(c) + " of a code point above U+10FFFF"
            : c >= 0xC0 ? "overlong form (start byte 0x" + hex(c) + ")"
            : "continuation byte 0x" + hex(c) + " without a start byte");
      }
    } else {
      seqStart = pos;
      if (c == '\n') {
        if (!afterCr) {
          line++;
        }
        lineStart = pos + 1;
      } else if (c == '\r') {
        line++;
        lineStart = pos + 1;
      }
      afterCr = c == '\r';
    }
    pos++;
    return fault;
  }

  private void startSequence(int c) {
    seqStart = pos;
    seqLine = line;
    seqColumn = (int) Math.min(Integer.MAX_VALUE, pos - lineStart + 1);
    lead = c;
    afterCr = false;
    need = continuations(c);
    lo = firstLow(c);
    hi = firstHigh(c);
  }

  /** How many continuation bytes the start byte takes: 1 to 3, or 0 if it cannot start a sequence. */
  private static int continuations(int c) {
    return c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
  }

  /** The lowest first continuation byte after the start byte (higher for the starts of overlong forms). */
  private static int firstLow(int c) {
    return c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
  }

  /** The highest first continuation byte after the start byte (lower after ED, surrogates; after F4, > U+10FFFF). */
  private static int firstHigh(int c) {
    return c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  }

  /** Why byte c cannot follow the current lead byte. */
  private String describe(int c) {
    if (c >= 0x80 && c <= 0xBF) {
      if (lead == 0xE0 || lead == 0xF0) {
        return "overlong form (0x" + hex(lead) + " 0x" + hex(c) + ")";
      }
      if (lead == 0xED) {
        return "encoded surrogate (0x" + hex(lead) + " 0x" + hex(c) + ")";
      }
      if (lead == 0xF4) {
        return "code point above U+10FFFF (0x" + hex(lead) + " 0x" + hex(c) + ")";
      }
    }
    return "truncated sequence (0x" + hex(lead) + " followed by 0x" + hex(c) + ")";
  }

  private Invalid fault(String reason) {
    need = 0;
    return new Invalid("Invalid UTF-8: " + reason, seqLine, seqColumn);
  }

  private static String hex(int c) {
    return String.format("%02X", c);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
