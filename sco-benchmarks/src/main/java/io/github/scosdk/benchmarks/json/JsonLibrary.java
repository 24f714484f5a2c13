package io.github.scosdk.benchmarks.json;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.runtime.Settings;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.github.scosdk.benchmarks.baseline.DatasetRecord;
import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.ScoDataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * One way of reading and writing a {@code sco-dataset/1} document held as UTF-8 bytes: what the benchmarks compare.
 *
 * <p>{@link #SCO_IO} gives the checked immutable {@link ScoDataset} a user gets from {@link ScoJson}; the others
 * give the unchecked {@link DatasetRecord} baseline. Every library reads from and writes to a byte array, compact.
 */
public enum JsonLibrary {

  /** sco-io: {@link ScoJson#readDataset(byte[])} and {@link ScoJson#toJsonBytes(Object)}, compact. */
  SCO_IO("sco-io") {
    private final ScoJson json = ScoJson.builder().pretty(false).maxDocumentLength(1L << 30).build();

    @Override
    public Object read(byte[] utf8) {
      return json.readDataset(utf8);
    }

    @Override
    public byte[] write(Object value) {
      return json.toJsonBytes(value);
    }
  },

  /** Jackson 3 databind on the records, absent and empty values omitted. */
  JACKSON("jackson") {
    private final JsonMapper mapper = jacksonMapper();

    @Override
    public Object read(byte[] utf8) {
      return mapper.readValue(utf8, DatasetRecord.class);
    }

    @Override
    public byte[] write(Object value) {
      return mapper.writeValueAsBytes(value);
    }
  },

  /** Gson on the records (it reads and writes characters: UTF-8 decoding and encoding are part of its cost). */
  GSON("gson") {
    private final Gson gson = new GsonBuilder().disableHtmlEscaping().create();

    @Override
    public Object read(byte[] utf8) {
      try (Reader in = new InputStreamReader(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8)) {
        return gson.fromJson(in, DatasetRecord.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public byte[] write(Object value) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
      try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
        gson.toJson(value, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }
  },

  /**
   * DSL-JSON on the records, with the converters its annotation processor generates at compile time
   * ({@code @CompiledJson}, its fastest mode), default values omitted.
   */
  DSL_JSON("dsl-json") {
    private final DslJson<Object> dsl =
        new DslJson<>(Settings.withRuntime().includeServiceLoader().skipDefaultValues(true));

    @Override
    public Object read(byte[] utf8) {
      try {
        return dsl.deserialize(DatasetRecord.class, utf8, utf8.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public byte[] write(Object value) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
      try {
        dsl.serialize(value, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }
  };

  private final String label;

  JsonLibrary(String label) {
    this.label = label;
  }

  /** The Jackson databind mapper of the benchmarks: absent and empty values omitted, as sco-io omits them. */
  static JsonMapper jacksonMapper() {
    return JsonMapper.builder()
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        .build();
  }

  /** The name used in benchmark parameters and reports, such as {@code sco-io}. */
  public String label() {
    return label;
  }

  /** The library with the label. @throws IllegalArgumentException if none has it */
  public static JsonLibrary of(String label) {
    for (JsonLibrary l : values()) {
      if (l.label.equals(label.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new IllegalArgumentException("library: no library named '" + label + "'");
  }

  /** Reads a whole dataset document: a {@link ScoDataset} for sco-io, a {@link DatasetRecord} otherwise. */
  public abstract Object read(byte[] utf8);

  /** Writes what {@link #read} returned, compact, as UTF-8 bytes. */
  public abstract byte[] write(Object value);
}
