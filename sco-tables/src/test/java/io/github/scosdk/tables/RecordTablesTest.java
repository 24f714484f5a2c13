package io.github.scosdk.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Body;
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
    List<String> chs = DS.presidencyTimeline(Body.COUNCIL_OF_HEADS_OF_STATE).stream().map(p -> p.id()).toList();
    List<String> chg = DS.presidencyTimeline(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT).stream().map(p -> p.id()).toList();
    assertThat(chg).isNotEmpty();
    assertThat(rows).extracting(r -> r.text("id"))
        .containsExactlyElementsOf(java.util.stream.Stream.concat(chs.stream(), chg.stream()).toList());
    Row first = rows.get(0);
    assertThat(first.get("body")).isEqualTo("CHS");
    assertThat(first.get("holder_name")).isEqualTo("Russia");
    assertThat(first.get("term_start")).isEqualTo(LocalDate.of(2001, 6, 15));
    assertThat(first.get("closed_at_title")).isEqualTo(DS.meeting("chs-2002-saint-petersburg").orElseThrow().title().orElseThrow());
    Row currentChs = rows.get(chs.size() - 1);
    assertThat(currentChs.get("body")).isEqualTo("CHS");
    assertThat(currentChs.get("open_end")).isEqualTo("ongoing");
    assertThat(currentChs.get("term_end")).isNull();
  }

  @Test
  void presidenciesListTheChgChairmanshipAfterThePresidencyEachRowNamingItsBody() {
    List<Row> rows = Reference.table(TableShape.PRESIDENCIES, Reference.options()).rowList();
    Map<String, Row> byId = rows.stream().collect(Collectors.toMap(r -> r.text("id"), Function.identity()));
    int chs = DS.presidencyTimeline(Body.COUNCIL_OF_HEADS_OF_STATE).size();
    assertThat(rows.subList(0, chs)).allSatisfy(r -> assertThat(r.get("body")).isEqualTo("CHS"));
    assertThat(rows.subList(chs, rows.size()))
        .hasSize(DS.presidencyTimeline(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT).size())
        .allSatisfy(r -> assertThat(r.get("body")).isEqualTo("CHG"));
    Row first = rows.get(chs);
    assertThat(first.get("id")).isEqualTo("chg-term-2001-cn");
    assertThat(first.get("holder_name")).isEqualTo("China");
    assertThat(first.get("term_start")).isEqualTo(LocalDate.of(2001, 9, 14));
    assertThat(first.get("term_end")).isEqualTo(LocalDate.of(2003, 9, 23));
    assertThat(first.get("opened_at")).isEqualTo("chg-2001-almaty");
    assertThat(first.get("closed_at_title"))
        .isEqualTo(DS.meeting("chg-2003-beijing").orElseThrow().title().orElseThrow());
    assertThat(first.get("confidence")).isEqualTo("medium");
    Row india = byId.get("chg-term-2019-in");
    assertThat(india.get("holder_name")).isEqualTo("India");
    assertThat(india.get("closed_at")).isEqualTo("chg-2020-video");
    Row current = rows.get(rows.size() - 1);
    assertThat(current.get("id")).isEqualTo("chg-term-2025-tj");
    assertThat(current.get("open_end")).isEqualTo("ongoing");
    assertThat(current.get("term_end")).isNull();
    assertThat(current.get("closed_at")).isEqualTo("chg-2026-dushanbe");
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
