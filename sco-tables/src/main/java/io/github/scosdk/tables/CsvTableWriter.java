package io.github.scosdk.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a table as RFC 4180 CSV in UTF-8 through jackson-dataformat-csv: a header row, CRLF line ends, a field
 * quoted only when it holds a comma, a double quote or a line break (quotes doubled), an empty field for an empty
 * cell, a list joined with {@code ;}.
 */
final class CsvTableWriter {

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private CsvTableWriter() {}

  static long write(Table table, Writer writer) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n").setNullValue("");
    for (Column c : table.columns()) {
      schema.addColumn(c.name());
    }
    long rows = 0;
    try (Stream<Row> stream = table.rows();
        SequenceWriter seq = MAPPER.writer(schema.build()).writeValues(writer)) {
      Iterator<Row> it = stream.iterator();
      List<String> fields = new ArrayList<>(table.columns().size());
      while (it.hasNext()) {
        fields.clear();
        for (Object v : it.next().values()) {
          fields.add(Cells.text(v));
        }
        seq.write(fields);
        rows++;
      }
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write table '" + table.name() + "' as CSV: "
          + e.getOriginalMessage(), e));
    }
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
