package io.github.scosdk.tables;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a table as JSON Lines in UTF-8 through Jackson's streaming generator: one object per row, keys in column
 * order, integers as numbers, booleans as booleans, lists as arrays of strings, days and text as strings, an empty
 * cell as {@code null}; every line ends with {@code \n}.
 */
final class JsonLinesTableWriter {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .rootValueSeparator("\n")
          .build();

  private JsonLinesTableWriter() {}

  static long write(Table table, Writer out) {
    List<Column> columns = table.columns();
    long rows = 0;
    try (Stream<Row> stream = table.rows();
        JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      Iterator<Row> it = stream.iterator();
      while (it.hasNext()) {
        Row row = it.next();
        g.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
          g.writeName(columns.get(i).name());
          value(g, row.get(i));
        }
        g.writeEndObject();
        rows++;
      }
      if (rows > 0) {
        g.writeRaw('\n');
      }
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write table '" + table.name() + "' as JSON Lines: "
          + e.getOriginalMessage(), e));
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static void value(JsonGenerator g, Object v) {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Integer) {
      g.writeNumber((Integer) v);
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof List<?>) {
      g.writeStartArray();
      for (Object o : (List<?>) v) {
        g.writeString(o.toString());
      }
      g.writeEndArray();
    } else if (v instanceof LocalDate) {
      g.writeString(v.toString());
    } else {
      g.writeString(v.toString());
    }
  }
}
