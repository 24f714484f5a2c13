package io.github.scosdk.quality;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random byte-level mutations of a document, in the manner of a fuzzer: bit flips, random and JSON-significant
 * bytes, deletions, insertions of hostile tokens and duplicated chunks, one to four at a time. Deterministic for a
 * given {@link SplittableRandom}.
 */
final class ByteMutator {

  private static final byte[] SIGNIFICANT = "{}[]\":,\\0-.eEtfn \n\t\r/'#".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ODD = {0x00, 0x01, 0x1f, 0x7f, (byte) 0x80, (byte) 0xbf, (byte) 0xc0, (byte) 0xc3,
      (byte) 0xe2, (byte) 0xed, (byte) 0xef, (byte) 0xf0, (byte) 0xf4, (byte) 0xf8, (byte) 0xfe, (byte) 0xff};
  private static final List<String> TOKENS =
      List.of("null", "true", "false", "0", "-0", "1e999", "-1", "2147483648", "99999999999999999999999", "1.5",
          "\"\"", "\" \"", "{}", "[]", "\"\\u0000\"", "\"\\ud800\"", "\"\\uDFFF\\uD800\"", "NaN", "Infinity",
          "\"2001-02-29\"", "\"0000\"", "\"XX\"", "//", "/*", "\"\\x\"", "[[[[[[[[", "]]]]", "{\"a\":", ",,", "\uFEFF");

  private final SplittableRandom random;

  ByteMutator(SplittableRandom random) {
    this.random = random;
  }

  /** A mutant of the document, never equal to it, and a short description of what was done. */
  Mutant mutate(byte[] document) {
    byte[] out = document;
    StringBuilder what = new StringBuilder();
    int ops = 1 + random.nextInt(4);
    for (int i = 0; i < ops || Arrays.equals(out, document); i++) {
      out = once(out, what);
    }
    return new Mutant(out, what.toString().trim());
  }

  private byte[] once(byte[] in, StringBuilder what) {
    int at = in.length == 0 ? 0 : random.nextInt(in.length);
    switch (random.nextInt(7)) {
      case 0: {
        if (in.length == 0) {
          return in;
        }
        byte[] out = in.clone();
        int bit = random.nextInt(8);
        out[at] ^= (byte) (1 << bit);
        what.append(" flip bit ").append(bit).append(" at ").append(at);
        return out;
      }
      case 1: {
        if (in.length == 0) {
          return in;
        }
        byte[] out = in.clone();
        out[at] = (byte) random.nextInt(256);
        what.append(" set byte ").append(at);
        return out;
      }
      case 2: {
        if (in.length == 0) {
          return in;
        }
        byte[] out = in.clone();
        boolean significant = random.nextBoolean();
        out[at] = significant ? SIGNIFICANT[random.nextInt(SIGNIFICANT.length)] : ODD[random.nextInt(ODD.length)];
        what.append(" set byte ").append(at).append(" to ").append(out[at] & 0xff);
        return out;
      }
      case 3: {
        int length = Math.min(in.length - at, 1 + random.nextInt(random.nextBoolean() ? 4 : 64));
        what.append(" delete ").append(length).append(" at ").append(at);
        return splice(in, at, length, new byte[0]);
      }
      case 4: {
        String token = TOKENS.get(random.nextInt(TOKENS.size()));
        what.append(" insert ").append(token).append(" at ").append(at);
        return splice(in, at, 0, token.getBytes(StandardCharsets.UTF_8));
      }
      case 5: {
        int from = in.length == 0 ? 0 : random.nextInt(in.length);
        int length = Math.min(in.length - from, 1 + random.nextInt(200));
        what.append(" copy ").append(length).append(" from ").append(from).append(" to ").append(at);
        return splice(in, at, 0, Arrays.copyOfRange(in, from, from + length));
      }
      default: {
        int length = Math.min(in.length - at, 1 + random.nextInt(8));
        byte[] junk = new byte[1 + random.nextInt(8)];
        for (int i = 0; i < junk.length; i++) {
          junk[i] = (byte) random.nextInt(256);
        }
        what.append(" replace ").append(length).append(" at ").append(at).append(" by random bytes");
        return splice(in, at, length, junk);
      }
    }
  }

  private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + insert.length);
    out.write(in, 0, at);
    out.write(insert, 0, insert.length);
    out.write(in, at + remove, in.length - at - remove);
    return out.toByteArray();
  }
}
