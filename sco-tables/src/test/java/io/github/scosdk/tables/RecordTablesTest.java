package io.github.scosdk.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One row per record, ids resolved to names. */
class RecordTablesTest {

  private static final ScoDataset DS = Reference.DATASET;

  private static Map<String, Row> byId(TableShape shape) {
    return Reference.table(shape, Reference.options()).rows()
        .collect(Collectors.toMap(r -> r.text("id"), Function.identity()));
  }

  @Test
  void presidenciesHaveOneRowPerTermWithNamesResolved() {
    List<Row> rows = Reference.table(TableShape.PRESIDENCIES, Reference.options()).rowList();
    assertThat(rows).hasSize(DS.presidencies().size());
    assertThat(rows).extracting(r -> r.text("id"))
        .containsExactlyElementsOf(DS.presidencyTimeline().stream().map(p -> p.id()).toList());
    Row first = rows.get(0);
    assertThat(first.get("body")).isEqualTo("CHS");
    assertThat(first.get("holder_name")).isEqualTo("Russia");
    assertThat(first.get("term_start")).isEqualTo(LocalDate.of(2001, 6, 15));
    assertThat(first.get("closed_at_title")).isEqualTo(DS.meeting("chs-2002-saint-petersburg").orElseThrow().title().orElseThrow());
    Row current = rows.get(rows.size() - 1);
    assertThat(current.get("open_end")).isEqualTo("ongoing");
    assertThat(current.get("term_end")).isNull();
  }

  @Test
  void meetingsDocumentsAndOfficialsHaveOneRowPerRecord() {
    Map<String, Row> meetings = byId(TableShape.MEETINGS);
    assertThat(meetings).hasSize(DS.meetings().size());
    Row s5 = meetings.get("s5-2000-dushanbe");
    assertThat(s5.get("body")).isEqualTo("S5");
    assertThat(s5.get("guest_states")).isEqualTo(List.of("UZ"));
    assertThat(s5.get("host_name")).isEqualTo("Tajikistan");
    assertThat(meetings.get("chs-2001-shanghai").get("end_date")).isEqualTo(LocalDate.of(2001, 6, 15));

    Map<String, Row> documents = byId(TableShape.DOCUMENTS);
    assertThat(documents).hasSize(DS.documents().size());
    Row conf = documents.get("doc-s5-confidence-building-1996");
    assertThat(conf.get("signed")).isEqualTo(LocalDate.of(1996, 4, 26));
    assertThat(conf.get("adopted_at_title")).isEqualTo(DS.meeting("s5-1996-shanghai").orElseThrow().title().orElse(null));
    assertThat(conf.get("signatories")).isEqualTo(List.of("CN", "KZ", "KG", "RU", "TJ"));

    Map<String, Row> officials = byId(TableShape.OFFICIALS);
    assertThat(officials).hasSize(DS.officials().size());
    Row zhang = officials.get("sg-zhang-deguang");
    assertThat(zhang.get("state_name")).isEqualTo("China");
    assertThat(zhang.get("term_start")).isEqualTo(LocalDate.of(2004, 1, 1));
    assertThat(zhang.get("start_precision")).isEqualTo("year");
    assertThat(zhang.get("post")).isEqualTo("secretary_general");
  }
}
