package io.github.scosdk.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Byte input is well-formed UTF-8 or refused (issue 16 item 7): overlong forms, code points above U+10FFFF,
 * encoded surrogates, stray and missing continuation bytes, and lone surrogates (escaped, or raw in text) end in a
 * {@link ScoJsonException} with the pointer, line and column of the fault, through every byte entry point; the byte
 * and the text reader agree, a UTF-8 byte-order mark included (both skip it).
 */
class InvalidUtf8Test {

  private static final ScoJson JSON = ScoJson.standard();
  private static final String PREFIX = "{\"format\":\"sco-dataset/1\",\n\"sources\":[{\"id\":\"s1\",\"title\":\"ab";
  private static final String SUFFIX = "cd\"}]}";

  @TempDir Path dir;

  private static byte[] withBytes(int... bad) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(PREFIX.getBytes(UTF_8));
    for (int b : bad) {
      out.write(b);
    }
    out.writeBytes(SUFFIX.getBytes(UTF_8));
    return out.toByteArray();
  }

  private List<Function<byte[], Object>> byteReaders() {
    return List.of(
        JSON::readDataset,
        b -> JSON.readDataset(new ByteArrayInputStream(b)),
        b -> JSON.readDataset(new TrickleStream(b)),
        b -> {
          Path file = dir.resolve("d.json");
          try {
            Files.write(file, b);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          return JSON.readDataset(file);
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "C0 80", // overlong NUL
        "C1 BF", // overlong
        "E0 80 80", // overlong three-byte NUL
        "E0 9F BF", // overlong
        "F0 80 80 80", // overlong four-byte
        "F0 8F BF BF", // overlong
        "F4 90 80 80", // U+110000
        "F5 80 80 80", // above U+10FFFF
        "F8 88 80 80 80", // five-byte form
        "ED A0 80", // encoded surrogate D800
        "ED BF BF", // encoded surrogate DFFF
        "80", // stray continuation
        "C3", // truncated
        "E2 82", // truncated
        "FF"
      })
  void everyByteReaderRefusesIllFormedUtf8WithItsPlace(String hex) {
    String[] parts = hex.split(" ");
    int[] bad = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bad[i] = Integer.parseInt(parts[i], 16);
    }
    byte[] input = withBytes(bad);
    for (Function<byte[], Object> reader : byteReaders()) {
      ScoJsonException e = catchThrowableOfType(ScoJsonException.class, () -> reader.apply(input));
      assertThat(e).as(hex).isNotNull();
      assertThat(e.reason()).as(hex).startsWith("malformed JSON: ").containsIgnoringCase("UTF-8");
      assertThat(e.pointer()).as(hex).isEqualTo("/sources/0/title");
      assertThat(e.line()).as(hex).isEqualTo(2);
      // the column of the first byte of the faulty sequence: "sources":[{"id":"s1","title":"ab is 33 bytes
      assertThat(e.column()).as(hex).isEqualTo(34);
    }
  }

  @Test
  void aTruncatedSequenceAtTheEndOfInputIsRefused() {
    byte[] input = (PREFIX).getBytes(UTF_8);
    byte[] cut = new byte[input.length + 1];
    System.arraycopy(input, 0, cut, 0, input.length);
    cut[input.length] = (byte) 0xE2;
    for (Function<byte[], Object> reader : byteReaders()) {
      ScoJsonException e = catchThrowableOfType(ScoJsonException.class, () -> reader.apply(cut));
      assertThat(e.reason()).contains("Invalid UTF-8: truncated");
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(34);
    }
  }

  @Test
  void wellFormedMultiByteTextIsRead() {
    // Russian, Chinese, U+10FFFF and an emoji (a surrogate pair), as bytes and as text
    String title = "Шанхай 上海 \uDBFF\uDFFF \uD83D\uDE00";
    String doc = PREFIX + title + SUFFIX;
    for (Function<byte[], Object> reader : byteReaders()) {
      ScoDataset d = (ScoDataset) reader.apply(doc.getBytes(UTF_8));
      assertThat(d.sources().get(0).title()).contains("ab" + title + "cd");
    }
    assertThat(JSON.readDataset(doc).sources().get(0).title()).contains("ab" + title + "cd");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\uD800", "\\uDFFF", "\\uDC00\\uD800", "\\uD83D x", "\\uD83D\\u0041"})
  void escapedLoneSurrogatesAreRefusedFromBytesAndText(String escape) {
    String doc = PREFIX + escape + SUFFIX;
    ScoJsonException fromText = catchThrowableOfType(ScoJsonException.class, () -> JSON.readDataset(doc));
    ScoJsonException fromReader =
        catchThrowableOfType(ScoJsonException.class, () -> JSON.readDataset(new StringReader(doc)));
    for (ScoJsonException e : List.of(fromText, fromReader)) {
      assertThat(e.reason()).as(escape).contains("title: lone surrogate U+D");
      assertThat(e.pointer()).isEqualTo("/sources/0/title");
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(31);
    }
    for (Function<byte[], Object> reader : byteReaders()) {
      ScoJsonException e = catchThrowableOfType(ScoJsonException.class, () -> reader.apply(doc.getBytes(UTF_8)));
      assertThat(e.reason()).isEqualTo(fromText.reason());
      assertThat(e.pointer()).isEqualTo("/sources/0/title");
      assertThat(e.line()).isEqualTo(2);
    }
  }

  @Test
  void aRawLoneSurrogateInTextIsRefused() {
    String doc = PREFIX + "\uD800" + SUFFIX;
    ScoJsonException e = catchThrowableOfType(ScoJsonException.class, () -> JSON.readDataset(doc));
    assertThat(e.reason()).contains("lone surrogate U+D800");
    assertThat(e.pointer()).isEqualTo("/sources/0/title");
  }

  @Test
  void aUtf8ByteOrderMarkIsSkippedByEveryReader() {
    String doc = "{\"format\":\"sco-dataset/1\",\"sources\":[{\"id\":\"s1\",\"title\":\"t\"}]}";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] bytes = new byte[bom.length + doc.length()];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(doc.getBytes(UTF_8), 0, bytes, 3, doc.length());
    ScoDataset expected = JSON.readDataset(doc);
    for (Function<byte[], Object> reader : byteReaders()) {
      assertThat(reader.apply(bytes)).isEqualTo(expected);
    }
    assertThat(JSON.readDataset("\uFEFF" + doc)).isEqualTo(expected);
    assertThat(JSON.readDataset(new StringReader("\uFEFF" + doc))).isEqualTo(expected);
    // one mark only, and only at the start
    assertThat(catchThrowableOfType(ScoJsonException.class, () -> JSON.readDataset("\uFEFF\uFEFF" + doc)))
        .isNotNull();
    byte[] twice = new byte[bytes.length + 3];
    System.arraycopy(bom, 0, twice, 0, 3);
    System.arraycopy(bytes, 0, twice, 3, bytes.length);
    assertThat(catchThrowableOfType(ScoJsonException.class, () -> JSON.readDataset(twice))).isNotNull();
    String record = "{\"id\":\"s1\",\"title\":\"t\"}";
    assertThat(JSON.read("\uFEFF" + record, Source.class)).isEqualTo(JSON.read(record, Source.class));
  }

  @Test
  void jsonLinesRefuseInvalidUtf8WithTheRecordAndPlace() {
    byte[] line1 = "{\"id\":\"s1\",\"title\":\"t\"}\n{\"id\":\"s2\",\"title\":\"x".getBytes(UTF_8);
    byte[] input = new byte[line1.length + 4];
    System.arraycopy(line1, 0, input, 0, line1.length);
    input[line1.length] = (byte) 0xC0;
    input[line1.length + 1] = (byte) 0x80;
    input[line1.length + 2] = '"';
    input[line1.length + 3] = '}';
    ScoJsonException e =
        catchThrowableOfType(
            ScoJsonException.class,
            () -> {
              try (Stream<Source> s = JSON.readLines(new ByteArrayInputStream(input), Source.class)) {
                s.collect(Collectors.toList());
              }
            });
    assertThat(e.reason()).startsWith("record 2: malformed JSON: Invalid UTF-8: overlong");
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(22);
  }

  @Test
  void utf16InputIsStillDetectedAndRead() {
    String doc = "{\"format\":\"sco-dataset/1\",\"sources\":[{\"id\":\"s1\",\"title\":\"Шанхай\"}]}";
    ScoDataset expected = JSON.readDataset(doc);
    assertThat(JSON.readDataset(doc.getBytes(java.nio.charset.StandardCharsets.UTF_16BE))).isEqualTo(expected);
    assertThat(JSON.readDataset(new ByteArrayInputStream(doc.getBytes(java.nio.charset.StandardCharsets.UTF_16))))
        .isEqualTo(expected);
  }

  @Test
  void theCheckAgreesWithTheJdkDecoderOnRandomBytes() throws IOException {
    java.util.SplittableRandom random = new java.util.SplittableRandom(16);
    int[] interesting = {0x41, 0x0A, 0x0D, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
      0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xF8, 0xFF};
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[2 + random.nextInt(8)];
      b[0] = 'x';
      b[1] = 'y';
      for (int i = 2; i < b.length; i++) {
        b[i] = (byte) interesting[random.nextInt(interesting.length)];
      }
      boolean jdk = jdkDecodes(b);
      String hex = java.util.HexFormat.of().formatHex(b);
      assertThat(StrictUtf8Input.wellFormed(b)).as(hex).isEqualTo(jdk);
      boolean streamed;
      try (InputStream in = new StrictUtf8Input(new TrickleStream(b))) {
        in.readAllBytes();
        streamed = true;
      } catch (StrictUtf8Input.Invalid e) {
        streamed = false;
      }
      assertThat(streamed).as(hex).isEqualTo(jdk);
    }
  }

  @Test
  void theCheckAgreesWithTheJdkDecoderOnLongAsciiRunsWithFaultsAnywhere() {
    // the check skips ASCII eight bytes at a time: a fault (or a well-formed sequence) at every offset of a long
    // run, and at the end of the array, must be seen as the JDK's decoder sees it
    java.util.SplittableRandom random = new java.util.SplittableRandom(1603);
    int[] interesting = {0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
    int checked = 0;
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[3 + random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) ('a' + random.nextInt(26));
      }
      int faults = random.nextInt(3);
      for (int k = 0; k < faults; k++) {
        b[2 + random.nextInt(b.length - 2)] = (byte) interesting[random.nextInt(interesting.length)];
      }
      if (random.nextInt(4) == 0) {
        byte[] cyrillic = "Ш".getBytes(UTF_8);
        int at = 2 + random.nextInt(b.length - 2);
        System.arraycopy(cyrillic, 0, b, at, Math.min(cyrillic.length, b.length - at));
      }
      boolean jdk = jdkDecodes(b);
      assertThat(StrictUtf8Input.wellFormed(b)).as(java.util.HexFormat.of().formatHex(b)).isEqualTo(jdk);
      checked += jdk ? 0 : 1;
    }
    assertThat(checked).as("ill-formed cases").isGreaterThan(5_000);
  }

  /** Whether the JDK's UTF-8 decoder (which reports malformed input) decodes the bytes. */
  private static boolean jdkDecodes(byte[] b) {
    try {
      UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /** A stream that hands out one byte per read, so that every sequence is split across reads. */
  private static final class TrickleStream extends InputStream {
    private final byte[] bytes;
    private int next;

    TrickleStream(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (next >= bytes.length) {
        return -1;
      }
      b[off] = bytes[next++];
      return 1;
    }
  }
}
