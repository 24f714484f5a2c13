package io.github.scosdk.json;

import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.ScoDataset;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes the SCO model in the {@code sco-dataset/1} JSON format (see {@code docs/json-format.md}):
 * whole datasets, single records, and JSON Lines streams of records.
 *
 * <p><b>Reading is strict.</b> An unknown field, a duplicate key, a wrong type, a missing required field,
 * {@code null} anywhere, a coerced value ({@code "2001"} for a number, {@code 2001.5} for an integer), an
 * unknown enum value, a bad date, trailing content, an exceeded limit, a value the model's builders reject, and
 * an I/O failure each end in a {@link ScoJsonException} carrying the JSON Pointer, line and column of the fault;
 * no other exception escapes a read, and nothing half-built is returned. Limits: nesting depth (default 64),
 * string length (default 1 MiB) and document length (default {@link #DEFAULT_MAX_DOCUMENT_LENGTH}, 16 MiB, which a
 * 256 MiB heap reads; not applied to JSON Lines, which may be arbitrarily long).
 *
 * <p><b>Writing is deterministic.</b> Keys come in a fixed order, collections in their order in the value, maps
 * in the order of their enum keys; absent, empty and default values are omitted; pretty output uses two spaces,
 * {@code \n} line ends and ends with a newline. Equal values always give the same bytes. Output is UTF-8.
 *
 * <p>The types covered are {@link ScoDataset} and its records ({@code State}, {@code Source},
 * {@code StatusChange}, {@code Meeting}, {@code Presidency}, {@code Document}, {@code Initiative},
 * {@code Official}, {@code RotationException}, {@code Application}) and their parts ({@code Participant}, {@code Venue},
 * {@code DocumentLink}, {@code DateRange}). Passing another type is a programming error and throws
 * {@link IllegalArgumentException}; a null argument throws {@link NullPointerException}.
 *
 * <p>Reading never closes a stream or reader it was given, except the {@link Stream} of {@code readLines},
 * which closes its input when it is closed. Writing flushes but never closes the target. Instances are
 * immutable and thread-safe.
 */
public final class ScoJson {

  /** The value of the {@code format} field of a dataset document. */
  public static final String FORMAT = DatasetCodec.FORMAT;

  /** The class-path resource name of the JSON Schema (draft 2020-12) of the format. */
  public static final String SCHEMA_RESOURCE = "/io/github/scosdk/json/sco-dataset-1.schema.json";

  /**
   * The default document length limit: 16 MiB (16,777,216 bytes or characters). A JVM with the documented minimum
   * heap, {@code -Xmx256m}, reads any document of this length: the dataset read takes about twice the document's
   * size for real data (the whole SCO history is 0.35 MB) and at most about eleven times for the most
   * memory-hungry shape found, a long list of one- and two-character ids (a document of 16 MiB then needs a
   * 181 MB heap); {@code MemoryPerReadTest} reads such a document in a child JVM with {@code -Xmx256m}. Raise it
   * with {@link Builder#maxDocumentLength(long)} together with the heap.
   */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L << 20;

  /**
   * The output context of pretty output: two-space indents, {@code \n} line ends, no space in empty values; a fresh
   * printer per generator (a printer keeps the nesting). {@code Base.hasPrettyPrinter()} follows from it.
   */
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    private final DefaultPrettyPrinter printer = prettyPrinter();

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return printer.createInstance();
    }
  };

  private static final ScoJson STANDARD = builder().build();

  private static final ObjectReadContext NO_CONTEXT = ObjectReadContext.empty();

  /** The byte-order mark, skipped at the start of text input as the byte reader skips it in UTF-8. */
  private static final String BOM = "\uFEFF";

  private final boolean pretty;
  private final long maxDocumentLength;
  private final JsonFactory documents;
  private final JsonFactory lines;
  private final JsonFactory writers;
  private final ObjectWriteContext writeContext;

  private ScoJson(Builder b) {
    this.pretty = b.pretty;
    this.maxDocumentLength = b.maxDocumentLength;
    StreamReadConstraints.Builder limits =
        StreamReadConstraints.builder().maxNestingDepth(b.maxNestingDepth).maxStringLength(b.maxStringLength)
            .maxNameLength(1024);
    this.lines = readFactory(limits.build());
    this.documents = readFactory(limits.maxDocumentLength(b.maxDocumentLength).build());
    // no separator between root values: writeLines writes its own
    this.writers =
        JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .rootValueSeparator((SerializableString) null)
            .build();
    this.writeContext = pretty ? PRETTY : ObjectWriteContext.empty();
  }

  private static JsonFactory readFactory(StreamReadConstraints limits) {
    return JsonFactory.builder()
        .streamReadConstraints(limits)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** {@return the standard instance: strict reading with the default limits, pretty output} */
  public static ScoJson standard() {
    return STANDARD;
  }

  /** {@return a builder starting from the standard settings} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a copy of this instance that writes compact output (no whitespace, no final newline)} */
  public ScoJson compact() {
    return toBuilder().pretty(false).build();
  }

  /** {@return a builder starting from this instance's settings} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.pretty = pretty;
    b.maxDocumentLength = maxDocumentLength;
    b.maxNestingDepth = documents.streamReadConstraints().getMaxNestingDepth();
    b.maxStringLength = documents.streamReadConstraints().getMaxStringLength();
    return b;
  }

  /** The parser limits for whole documents (for tests). */
  StreamReadConstraints readConstraints() {
    return documents.streamReadConstraints();
  }

  // ---------------------------------------------------------------- datasets

  /**
   * Reads a dataset document from a UTF-8 file.
   *
   * @param path the file holding one {@code sco-dataset/1} document, UTF-8; not null
   * @return the dataset, fully built and well-formed (domain rules are not checked: run a validator for that)
   * @throws ScoJsonException if the file cannot be read or is not a valid {@code sco-dataset/1} document
   */
  public ScoDataset readDataset(Path path) {
    return read(path, ScoDataset.class);
  }

  /**
   * Reads a dataset document from a byte stream (UTF-8, UTF-16 or UTF-32, detected). The stream is not closed.
   *
   * @param in the bytes of one {@code sco-dataset/1} document; not null
   * @return the dataset, fully built and well-formed (domain rules are not checked: run a validator for that)
   * @throws ScoJsonException if the input cannot be read or is not a valid {@code sco-dataset/1} document
   */
  public ScoDataset readDataset(InputStream in) {
    return read(in, ScoDataset.class);
  }

  /**
   * Reads a dataset document from bytes (UTF-8, UTF-16 or UTF-32, detected); cheaper than a stream for a document
   * already in memory.
   *
   * @param json the bytes of one {@code sco-dataset/1} document, at most the configured document length; not null
   * @return the dataset, fully built and well-formed (domain rules are not checked: run a validator for that)
   * @throws ScoJsonException if the input cannot be read or is not a valid {@code sco-dataset/1} document
   */
  public ScoDataset readDataset(byte[] json) {
    return read(json, ScoDataset.class);
  }

  /**
   * Reads a dataset document from characters. The reader is not closed.
   *
   * @param in the characters of one {@code sco-dataset/1} document; not null
   * @return the dataset, fully built and well-formed (domain rules are not checked: run a validator for that)
   * @throws ScoJsonException if the input cannot be read or is not a valid {@code sco-dataset/1} document
   */
  public ScoDataset readDataset(Reader in) {
    return read(in, ScoDataset.class);
  }

  /**
   * Reads a dataset document from a string.
   *
   * @param json the text of one {@code sco-dataset/1} document, at most the configured document length; not null
   * @return the dataset, fully built and well-formed (domain rules are not checked: run a validator for that)
   * @throws ScoJsonException if the input cannot be read or is not a valid {@code sco-dataset/1} document
   */
  public ScoDataset readDataset(String json) {
    return read(json, ScoDataset.class);
  }

  // ---------------------------------------------------------------- any covered type

  /**
   * Reads one value of the type (a dataset, a record such as a {@code Meeting}, or a part) from a file.
   *
   * @param <T> the type of value read
   * @param path the UTF-8 file holding one JSON value of the type; not null
   * @param type the class of the value, one the format covers ({@code ScoDataset}, a record or a part); not null
   * @return the value, fully built and well-formed
   * @throws ScoJsonException if the file cannot be read or does not hold a valid value of the type
   * @throws IllegalArgumentException if the type is not covered by the format
   */
  public <T> T read(Path path, Class<T> type) {
    Codec<T, ?> codec = codec(path, "path", type);
    try (InputStream in = Files.newInputStream(path)) {
      return readWith(codec, bytes(in));
    } catch (IOException e) {
      throw ioFailure("cannot read " + path, e);
    }
  }

  /**
   * Reads one value of the type from a byte stream (UTF-8, UTF-16 or UTF-32, detected); the stream is not closed.
   *
   * @param <T> the type of value read
   * @param in the bytes of one JSON value of the type; not null
   * @param type the class of the value, one the format covers ({@code ScoDataset}, a record or a part); not null
   * @return the value, fully built and well-formed
   * @throws ScoJsonException if the input cannot be read or does not hold a valid value of the type
   * @throws IllegalArgumentException if the type is not covered by the format
   */
  public <T> T read(InputStream in, Class<T> type) {
    return readWith(codec(in, "in", type), bytes(in));
  }

  /**
   * Reads one value of the type from bytes (UTF-8, UTF-16 or UTF-32, detected).
   *
   * @param <T> the type of value read
   * @param json the bytes of one JSON value of the type, at most the configured document length; not null
   * @param type the class of the value, one the format covers ({@code ScoDataset}, a record or a part); not null
   * @return the value, fully built and well-formed
   * @throws ScoJsonException if the input cannot be read or does not hold a valid value of the type
   * @throws IllegalArgumentException if the type is not covered by the format
   */
  public <T> T read(byte[] json, Class<T> type) {
    Codec<T, ?> codec = codec(json, "json", type);
    checkLength(json.length, "bytes");
    // if not well-formed, the stream finds the fault again, with the parser at its place (pointer, line, column)
    return readWith(codec, StrictUtf8Input.wellFormed(json) ? f -> f.createParser(NO_CONTEXT, json)
        : bytes(new ByteArrayInputStream(json)));
  }

  /**
   * Reads one value of the type from characters; the reader is not closed.
   *
   * @param <T> the type of value read
   * @param in the characters of one JSON value of the type; not null
   * @param type the class of the value, one the format covers ({@code ScoDataset}, a record or a part); not null
   * @return the value, fully built and well-formed
   * @throws ScoJsonException if the input cannot be read or does not hold a valid value of the type
   * @throws IllegalArgumentException if the type is not covered by the format
   */
  public <T> T read(Reader in, Class<T> type) {
    return readWith(codec(in, "in", type), text(in));
  }

  /**
   * Reads one value of the type from a string.
   *
   * @param <T> the type of value read
   * @param json the text of one JSON value of the type, at most the configured document length; not null
   * @param type the class of the value, one the format covers ({@code ScoDataset}, a record or a part); not null
   * @return the value, fully built and well-formed
   * @throws ScoJsonException if the input cannot be read or does not hold a valid value of the type
   * @throws IllegalArgumentException if the type is not covered by the format
   */
  public <T> T read(String json, Class<T> type) {
    Codec<T, ?> codec = codec(json, "json", type);
    checkLength(json.length(), "characters");
    String text = json.startsWith(BOM) ? json.substring(1) : json;
    return readWith(codec, f -> f.createParser(NO_CONTEXT, text));
  }

  private void checkLength(long length, String unit) {
    if (length > maxDocumentLength) {
      throw new ScoJsonException(
          "document: " + length + " " + unit + " exceed the limit of " + maxDocumentLength, "", 1, 1, null);
    }
  }

  /**
   * The characters without a leading byte-order mark (U+FEFF), which the byte reader skips too: byte and text
   * input read alike. Only the first character is looked at.
   */
  private static Reader withoutBom(Reader in) {
    return new PushbackReader(in, 1) {
      private boolean started;

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        if (!started) {
          started = true;
          int c = super.read();
          if (c >= 0 && c != BOM.charAt(0)) {
            unread(c);
          }
        }
        return super.read(cbuf, off, len);
      }

      @Override
      public void close() {
        // the reader is the caller's; the parser does not close it either
      }
    };
  }

  /**
   * Byte input, as an input of a read: what opens a parser on it with the factory given (the one for documents or
   * for lines); strict UTF-8 (see {@link StrictUtf8Input}), a leading byte-order mark skipped for JSON Lines.
   */
  private Function<JsonFactory, JsonParser> bytes(InputStream in) {
    return f -> f.createParser(NO_CONTEXT, new StrictUtf8Input(in, f == lines));
  }

  /** Text input, a leading byte-order mark skipped. */
  private static Function<JsonFactory, JsonParser> text(Reader in) {
    Reader text = withoutBom(in);
    return f -> f.createParser(NO_CONTEXT, text);
  }

  /** The codec of the type, after checking the input and the type (in that order) for null. */
  private static <T> Codec<T, ?> codec(Object input, String name, Class<T> type) {
    requireNonNull(input, name);
    return Codecs.forType(requireNonNull(type, "type"));
  }

  /** The codec of the value, after checking the target and the value (in that order) for null. */
  private static Codec<Object, ?> codecOf(Object value, Object target, String name) {
    requireNonNull(target, name);
    return Codecs.forValue(requireNonNull(value, "value"));
  }

  private <T> T readWith(Codec<T, ?> codec, Function<JsonFactory, JsonParser> input) {
    JsonParser p = null;
    try {
      p = input.apply(documents);
      return readRoot(p, codec);
    } catch (RuntimeException e) {
      throw translate(e, p);
    } finally {
      if (p != null) {
        closeQuietly(p);
      }
    }
  }

  private static <T> T readRoot(JsonParser p, Codec<T, ?> codec) {
    if (p.nextToken() == null) {
      TokenStreamLocation end = p.currentLocation();
      throw new ScoJsonException(
          "empty input: expected a " + codec.kind(), "", end.getLineNr(), Math.max(1, end.getColumnNr()), null);
    }
    T value = codec.read(p, new Slots());
    if (p.nextToken() != null) {
      throw ReadSupport.fail(p, "trailing content after the " + codec.kind() + ": " + ReadSupport.describe(p));
    }
    return value;
  }

  private static boolean isDocumentLength(JacksonException e) {
    String m = e.getOriginalMessage();
    return e instanceof StreamConstraintsException && m != null && m.startsWith("Document length");
  }

  /** Turns any failure during reading into a {@link ScoJsonException} with the best place known. */
  static ScoJsonException translate(RuntimeException e, JsonParser p) {
    if (e instanceof ScoJsonException) {
      return (ScoJsonException) e;
    }
    String pointer = p == null ? "" : quietly(() -> ReadSupport.pointer(p), "");
    Throwable cause = e.getCause();
    if (cause instanceof StrictUtf8Input.Invalid && (e instanceof JacksonException || e instanceof UncheckedIOException)) {
      StrictUtf8Input.Invalid bad = (StrictUtf8Input.Invalid) cause;
      return new ScoJsonException("malformed JSON: " + bad.reason(), pointer, bad.line(), bad.column(), bad);
    }
    if (e instanceof UncheckedIOException) {
      return ioFailure("I/O failure while reading", ((UncheckedIOException) e).getCause());
    }
    if (!(e instanceof JacksonException)) {
      TokenStreamLocation at = p == null ? null : quietly(p::currentTokenLocation, null);
      return new ScoJsonException(
          "cannot read JSON: " + e, pointer, at != null ? at.getLineNr() : -1, at != null ? at.getColumnNr() : -1, e);
    }
    JacksonException je = (JacksonException) e;
    String kind = e instanceof StreamConstraintsException ? "limit exceeded: "
        : e instanceof StreamReadException ? "malformed JSON: " : "cannot read JSON: ";
    if (kind.startsWith("cannot") && cause instanceof IOException) {
      return ioFailure("I/O failure while reading", (IOException) cause);
    }
    // a limit fault (StreamConstraintsException) carries no location: the parser knows where it stopped, but the
    // document length is checked as a buffer is loaded from a stream, when the parser's column already counts that
    // buffer twice (past the end of the input): there, the token it was reading is the place
    TokenStreamLocation at = je.getLocation() != null || p == null ? je.getLocation()
        : quietly(isDocumentLength(je) ? p::currentTokenLocation : p::currentLocation, null);
    int line = at != null ? Math.max(1, at.getLineNr()) : -1;
    int column = at != null ? Math.max(1, at.getColumnNr()) : -1;
    return new ScoJsonException(kind + plain(je.getOriginalMessage()), pointer, line, column, e);
  }

  /** The value, or the fallback if getting it fails (a parser in a broken state). */
  private static <V> V quietly(Supplier<V> value, V fallback) {
    try {
      return value.get();
    } catch (RuntimeException ignored) {
      return fallback;
    }
  }

  static ScoJsonException ioFailure(String what, IOException e) {
    return new ScoJsonException(what + ": " + e, "", -1, -1, e);
  }

  private static void closeQuietly(JsonParser p) {
    try {
      p.close();
    } catch (RuntimeException ignored) {
      // nothing was left to release that matters: the input is not ours to close
    }
  }

  // ---------------------------------------------------------------- writing

  /**
   * {@return the JSON text of the value (a dataset, a record or a part), pretty or compact as configured}
   *
   * @param value the dataset, record or part to write; not null
   * @throws IllegalArgumentException if the value's type is not covered by the format
   */
  public String toJson(Object value) {
    StringWriter out = new StringWriter();
    write(value, out);
    return out.toString();
  }

  /**
   * {@return the UTF-8 bytes of {@link #toJson(Object)}}
   *
   * @param value the dataset, record or part to write; not null
   * @throws IllegalArgumentException if the value's type is not covered by the format
   */
  public byte[] toJsonBytes(Object value) {
    // segments that grow without copying, then one copy: about half the garbage of a ByteArrayOutputStream; the
    // first segment comes from the factory's buffer pool and goes back to it, as in databind's writeValueAsBytes
    BufferRecycler buffers = writers._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(buffers)) {
      write(value, out);
      return out.getClearAndRelease();
    } finally {
      buffers.releaseToPool();
    }
  }

  /**
   * Writes the value as UTF-8 to the stream, then flushes it (without closing it).
   *
   * @param value the dataset, record or part to write; not null
   * @param out the stream the UTF-8 JSON goes to; flushed, not closed; not null
   * @throws ScoJsonException if the stream fails
   * @throws IllegalArgumentException if the value's type is not covered by the format
   */
  public void write(Object value, OutputStream out) {
    Codec<Object, ?> codec = codecOf(value, out, "out");
    writeWith(codec, value, () -> writers.createGenerator(writeContext, out, JsonEncoding.UTF8));
  }

  /**
   * Writes the value to the writer, then flushes it (without closing it).
   *
   * @param value the dataset, record or part to write; not null
   * @param out the writer the JSON text goes to; flushed, not closed; not null
   * @throws ScoJsonException if the writer fails
   * @throws IllegalArgumentException if the value's type is not covered by the format
   */
  public void write(Object value, Writer out) {
    Codec<Object, ?> codec = codecOf(value, out, "out");
    writeWith(codec, value, () -> writers.createGenerator(writeContext, out));
  }

  /**
   * Writes the value to a UTF-8 file, replacing it atomically: the JSON goes to a temporary file in the same
   * directory, which is then moved into place. Readers of the path see the old file or the whole new one, never
   * a half file; the temporary file is forced to the storage device before the move. If the write fails the old file
   * is left as it was and the temporary file is removed.
   *
   * @param value the dataset, record or part to write; not null
   * @param path the file to create or replace; its directory must exist; not null
   * @throws ScoJsonException if the file cannot be written
   * @throws IllegalArgumentException if the value's type is not covered by the format
   */
  public void write(Object value, Path path) {
    Codec<Object, ?> codec = codecOf(value, path, "path");
    Path target = path.toAbsolutePath();
    Path temp = null;
    boolean moved = false;
    try {
      temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try (SeekableByteChannel channel = Files.newByteChannel(temp, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        writeWith(codec, value, () -> writers.createGenerator(writeContext, out, JsonEncoding.UTF8));
        if (channel instanceof FileChannel) {
          // on the disk before the move, so that a crash cannot leave the new name on a half-written file
          ((FileChannel) channel).force(true);
        }
      }
      moveIntoPlace(temp, target);
      moved = true;
    } catch (IOException e) {
      throw ioFailure("cannot write " + path, e);
    } finally {
      if (temp != null && !moved) {
        deleteQuietly(temp);
      }
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the write already failed; that failure is the one reported
    }
  }

  private void writeWith(Codec<Object, ?> codec, Object value, Supplier<JsonGenerator> opener) {
    try (JsonGenerator g = opener.get()) {
      codec.write(g, value);
      if (pretty) {
        g.writeRaw('\n');
      }
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Jackson's message without its parser-internal location (our exception carries pointer, line and column): each
   * {@code (start marker at [Source: …] …)} and each {@code at [Source: …] …} to the end of its line is cut, with the
   * white space before it, and runs of white space become one space. Plain string scanning, not regular expressions:
   * it runs for every rejected input (Jazzer's regex hooks made it three quarters of a fuzz run's time).
   */
  static String plain(String message) {
    if (message == null) {
      return "no details";
    }
    String cut = cutSources(cutSources(message, "(start marker at [Source: ", ')'), "at [Source: ", '\n');
    StringBuilder out = new StringBuilder(cut.length());
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      if (!isRegexSpace(c)) {
        out.append(c);
      } else if (i == 0 || !isRegexSpace(cut.charAt(i - 1))) {
        out.append(' ');
      }
    }
    return out.toString().trim();
  }

  /**
   * The text without each {@code marker … ] …} up to the first {@code end} after the {@code ]} (the end itself cut
   * when it is a closing parenthesis, kept when it is a line break; to the end of the text when there is no line
   * break), with the white space before it.
   */
  private static String cutSources(String text, String marker, char end) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, from)) {
      int bracket = text.indexOf(']', at + marker.length());
      int stop = bracket < 0 ? -1 : text.indexOf(end, bracket + 1);
      if (stop < 0 && end == '\n' && bracket >= 0) {
        stop = text.length();
      } else if (stop < 0) {
        break;
      } else if (end == ')') {
        stop++;
      }
      int keep = at;
      while (keep > from && isRegexSpace(text.charAt(keep - 1))) {
        keep--;
      }
      out.append(text, from, keep);
      from = stop;
    }
    return out.append(text, from, text.length()).toString();
  }

  /** Whether the character is in the regular-expression class {@code \s} ({@code [ \t\n\x0B\f\r]}). */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static ScoJsonException writeFailure(JacksonException e) {
    Throwable cause = e.getCause();
    if (cause instanceof IOException) {
      return ioFailure("I/O failure while writing", (IOException) cause);
    }
    return new ScoJsonException("cannot write JSON: " + e.getOriginalMessage(), "", -1, -1, e);
  }

  // ---------------------------------------------------------------- JSON Lines

  /**
   * {@return a lazy stream of the records of a JSON Lines input: one JSON object of the type per line, read in constant
   * memory} Blank lines are skipped; a record that spans lines, or two records on one line, is an error. The
   * stream closes the input when it is closed: use it in try-with-resources.
   *
   * <p>A fault throws {@link ScoJsonException} from the stream operation that reaches it; its message names the
   * record number, its pointer is relative to the record, and its line is the line of the input. The document
   * length limit does not apply.
   *
   * @param <T> the type of value read
   * @param in the bytes of the JSON Lines input, UTF-8; closed when the stream is closed; not null
   * @param type the class of each record, one the format covers; not null
   * @throws IllegalArgumentException if the type is not covered by the format
   */
  public <T> Stream<T> readLines(InputStream in, Class<T> type) {
    return linesStream(codec(in, "in", type), in, bytes(in));
  }

  /**
   * {@return like {@link #readLines(InputStream, Class)}, for characters}
   *
   * @param <T> the type of value read
   * @param in the characters of the JSON Lines input; closed when the stream is closed; not null
   * @param type the class of each record, one the format covers; not null
   * @throws IllegalArgumentException if the type is not covered by the format
   */
  public <T> Stream<T> readLines(Reader in, Class<T> type) {
    return linesStream(codec(in, "in", type), in, text(in));
  }

  /**
   * {@return like {@link #readLines(InputStream, Class)}, for a UTF-8 file}
   *
   * @param <T> the type of value read
   * @param path the JSON Lines file, UTF-8; opened now, closed when the stream is closed; not null
   * @param type the class of each record, one the format covers; not null
   * @throws ScoJsonException if the file cannot be opened
   * @throws IllegalArgumentException if the type is not covered by the format
   */
  public <T> Stream<T> readLines(Path path, Class<T> type) {
    Codec<T, ?> codec = codec(path, "path", type);
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      throw ioFailure("cannot read " + path, e);
    }
    return linesStream(codec, in, bytes(in));
  }

  private <T> Stream<T> linesStream(Codec<T, ?> codec, Closeable source, Function<JsonFactory, JsonParser> input) {
    JsonParser p;
    try {
      p = input.apply(lines);
    } catch (RuntimeException e) {
      closeInput(source);
      throw translate(e, null);
    }
    JsonLinesSpliterator<T> records = new JsonLinesSpliterator<>(p, codec);
    return StreamSupport.stream(records, false)
        .onClose(
            () -> {
              closeQuietly(p);
              closeInput(source);
            });
  }

  private static void closeInput(Closeable input) {
    try {
      input.close();
    } catch (IOException e) {
      throw ioFailure("cannot close the input", e);
    }
  }

  /**
   * Writes the records as JSON Lines (one compact JSON object per line, each ending with {@code \n}) in
   * constant memory, then flushes the stream without closing it. The records may be of different covered types.
   *
   * @param records the records to write, in order; each not null; the collection not null
   * @param out the stream the UTF-8 lines go to; flushed, not closed; not null
   * @return the number of records written
   * @throws ScoJsonException if the stream fails
   * @throws IllegalArgumentException if a record's type is not covered by the format
   */
  public long writeLines(Iterable<?> records, OutputStream out) {
    return writeLines(records, out, () -> writers.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8));
  }

  /**
   * {@return like {@link #writeLines(Iterable, OutputStream)}, consuming the stream}
   *
   * @param records the records to write, consumed in encounter order; each not null; the stream not null
   * @param out the stream the UTF-8 lines go to; flushed, not closed; not null
   * @throws ScoJsonException if the output stream fails
   * @throws IllegalArgumentException if a record's type is not covered by the format
   */
  public long writeLines(Stream<?> records, OutputStream out) {
    return writeLines(records, out, () -> writers.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8));
  }

  /**
   * {@return like {@link #writeLines(Iterable, OutputStream)}, to characters}
   *
   * @param records the records to write, in order; each not null; the collection not null
   * @param out the writer the lines go to; flushed, not closed; not null
   * @throws ScoJsonException if the writer fails
   * @throws IllegalArgumentException if a record's type is not covered by the format
   */
  public long writeLines(Iterable<?> records, Writer out) {
    return writeLines(records, out, () -> writers.createGenerator(ObjectWriteContext.empty(), out));
  }

  /** Writes the records (an {@code Iterable} or a {@code Stream}), after checking them and the target for null. */
  private static long writeLines(Object all, Object out, Supplier<JsonGenerator> opener) {
    requireNonNull(all, "records");
    requireNonNull(out, "out");
    Iterator<?> records = all instanceof Stream ? ((Stream<?>) all).iterator() : ((Iterable<?>) all).iterator();
    long count = 0;
    try (JsonGenerator g = opener.get()) {
      while (records.hasNext()) {
        Object record = requireNonNull(records.next(), "record");
        Codecs.forValue(record).write(g, record);
        g.writeRaw('\n');
        count++;
      }
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
    return count;
  }

  // ---------------------------------------------------------------- schema

  /**
   * {@return the JSON Schema (draft 2020-12) of the format, as text} Its {@code $defs} hold one schema per record type
   * (such as {@code #/$defs/meeting}) for single records and JSON Lines.
   */
  public static String schema() {
    try (InputStream in = ScoJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Settings of a {@link ScoJson}: output style and reading limits.
   *
   * <p>Not thread-safe; {@link #build()} gives an immutable instance.
   */
  public static final class Builder {
    private boolean pretty = true;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNestingDepth = 64;
    private int maxStringLength = 1 << 20;

    private Builder() {}

    /**
     * Chooses pretty (two-space indent, one value per line; the default) or compact output.
     *
     * @param pretty {@code true} for pretty output, {@code false} for compact output (one line, no spaces)
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Sets the largest document read, in characters for text input and bytes for byte input; default
     * {@link ScoJson#DEFAULT_MAX_DOCUMENT_LENGTH} (16 MiB, which a 256 MiB heap reads: allow about eleven bytes of
     * heap per byte of document above that). Not applied to JSON Lines.
     *
     * @param maxDocumentLength the limit, in characters or bytes; at least 1
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxDocumentLength(long maxDocumentLength) {
      this.maxDocumentLength = positive("maxDocumentLength", maxDocumentLength);
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays read; default 64.
     *
     * @param maxNestingDepth the limit, in levels of objects and arrays; at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxNestingDepth(int maxNestingDepth) {
      this.maxNestingDepth = (int) positive("maxNestingDepth", maxNestingDepth);
      return this;
    }

    /**
     * Sets the longest string read, in characters; default 1 MiB.
     *
     * @param maxStringLength the limit, in characters; at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxStringLength(int maxStringLength) {
      this.maxStringLength = (int) positive("maxStringLength", maxStringLength);
      return this;
    }

    private static long positive(String setting, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(setting + ": " + value + " is not positive");
      }
      return value;
    }

    /** {@return an immutable {@link ScoJson} with these settings} */
    public ScoJson build() {
      return new ScoJson(this);
    }
  }
}
