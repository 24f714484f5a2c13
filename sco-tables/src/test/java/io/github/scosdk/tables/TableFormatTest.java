package io.github.scosdk.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** CSV is RFC 4180 with a header and reads back cell for cell; JSON Lines is one typed object per row. */
class TableFormatTest {

  private static String write(TableFormat format, Table table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long rows = format.write(table, out);
    assertThat(rows).isEqualTo(table.rows().count());
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvHasAHeaderCrlfLinesAndReadsBackEveryCell() throws Exception {
    Table documents = Reference.table(TableShape.DOCUMENTS, Reference.options());
    String csv = write(TableFormat.CSV, documents);
    assertThat(csv).startsWith(String.join(",", documents.columnNames()) + "\r\n");
    // titles with commas survive the round trip
    List<List<String>> read = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        new CsvMapper().readerForListOf(String.class).with(CsvReadFeature.WRAP_AS_ARRAY).readValues(csv)) {
      it.forEachRemaining(read::add);
    }
    List<Row> rows = documents.rowList();
    assertThat(read).hasSize(rows.size() + 1);
    assertThat(read.get(0)).isEqualTo(documents.columnNames());
    for (int i = 0; i < rows.size(); i++) {
      List<String> expected = rows.get(i).values().stream().map(Cells::text).toList();
      assertThat(read.get(i + 1)).as("row %s", i).isEqualTo(expected);
    }
    assertThat(rows).anySatisfy(r -> assertThat(r.text("title_en")).contains(","));
  }

  @Test
  void csvQuotesOnlyWhereRfc4180Requires() {
    Table.Layout layout = new Table.Layout("t", List.of(Column.text("a", "a"), Column.text("b", "b")));
    Table t = new Table(layout, () -> java.util.stream.Stream.of(
        layout.row("plain", "with, comma"), layout.row("say \"hi\"", null), layout.row("line\nbreak", ""),
        layout.row("Кыргызстан", "吉尔吉斯斯坦")));
    assertThat(write(TableFormat.CSV, t))
        .isEqualTo("a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\r\n\"line\nbreak\",\r\nКыргызстан,吉尔吉斯斯坦\r\n");
  }

  @Test
  void jsonLinesWriteTypedValuesOneObjectPerLine() throws Exception {
    Table intervals = Reference.table(TableShape.INTERVALS, Reference.options());
    String jsonl = write(TableFormat.JSON_LINES, intervals);
    String[] lines = jsonl.split("\n", -1);
    assertThat(lines[lines.length - 1]).isEmpty();
    assertThat(lines).hasSize((int) intervals.rows().count() + 1);
    ObjectMapper mapper = JsonMapper.builder().build();
    JsonNode first = mapper.readTree(lines[0]);
    assertThat(first.propertyNames()).containsExactlyElementsOf(intervals.columnNames());
    assertThat(first.get("iso2").asString()).isEqualTo("CN");
    assertThat(first.get("iso3").asString()).isEqualTo("CHN");
    assertThat(first.get("cow").asInt()).isEqualTo(710);
    assertThat(first.get("wikidata").asString()).isEqualTo("Q148");
    assertThat(first.get("valid_from").asString()).isEqualTo("2001-06-15");
    assertThat(first.get("valid_to").isNull()).isTrue();
    assertThat(first.get("source_ids").isArray()).isTrue();
    Map<?, ?> asMap = mapper.readValue(lines[0], Map.class);
    assertThat(asMap.get("open_end")).isEqualTo("ongoing");
    Table stateYear = Reference.table(TableShape.STATE_YEAR, Reference.options());
    JsonNode year = mapper.readTree(write(TableFormat.JSON_LINES, stateYear).split("\n")[0]);
    assertThat(year.get("sco").isInt()).isTrue();
    assertThat(year.get("year").asInt()).isEqualTo(1996);
  }

  @Test
  void anEmptyTableIsAHeaderInCsvAndNothingInJsonLines() {
    Table.Layout layout = new Table.Layout("t", List.of(Column.text("a", "a")));
    Table empty = new Table(layout, java.util.stream.Stream::empty);
    assertThat(write(TableFormat.CSV, empty)).isEqualTo("a\r\n");
    assertThat(write(TableFormat.JSON_LINES, empty)).isEmpty();
  }
}
