package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.examples.TestData;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TimelineCommandTest {

  @Test
  void textListsEveryTermInOrderWithHolderDatesAndSummits() {
    Cli.Result r = Cli.run("timeline");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("#").contains("HOLDER", "FROM", "UNTIL", "CONFIDENCE", "SUMMITS");
    assertThat(lines).hasSize(12);
    assertThat(lines.get(1)).contains("Kazakhstan (KZ)", "2016-06-24", "2017-06-09", "Astana 2017-06-08..2017-06-09");
    assertThat(lines.get(4)).contains("Russia (RU)", "2019-06-14", "2020-11-10", "video 2020-11-10");
    assertThat(lines.get(9)).contains("China (CN)", "2024-07-04", "2025-09-01", "Tianjin 2025-08-31..2025-09-01");
    assertThat(lines.get(10)).contains("Kyrgyzstan (KG)", "2025-09-01", "ongoing", "Bishkek 2026 (planned)");
    assertThat(lines.get(11)).isEqualTo("10 presidency terms.");
  }

  @Test
  void aSummitIsListedOnlyUnderTheTermItCloses() {
    Cli.Result r = Cli.run("timeline");
    String tajik = r.out().lines().filter(l -> l.contains("Tajikistan (TJ)")).findFirst().orElseThrow();
    assertThat(tajik).contains("Dushanbe 2021-09-16..2021-09-17").doesNotContain("video 2020-11-10");
  }

  @Test
  void jsonHasOneObjectPerTermWithItsSummits() {
    Cli.Result r = Cli.run("timeline", "--format", "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode terms = JsonMapper.builder().build().readTree(r.out());
    assertThat(terms.size()).isEqualTo(10);
    JsonNode cn = terms.get(8);
    assertThat(cn.get("id").asString()).isEqualTo("pres-2024-cn");
    assertThat(cn.get("holder").asString()).isEqualTo("CN");
    assertThat(cn.get("holderName").asString()).isEqualTo("China");
    assertThat(cn.get("from").asString()).isEqualTo("2024-07-04");
    assertThat(cn.get("until").asString()).isEqualTo("2025-09-01");
    assertThat(cn.get("slogan").asString()).isEqualTo("Carrying forward the Shanghai Spirit: SCO in Action");
    assertThat(cn.get("summits").get(0).get("id").asString()).isEqualTo("chs-2025-tianjin");
    assertThat(cn.get("summits").get(0).get("ordinal").asInt()).isEqualTo(25);
    assertThat(cn.get("summits").get(0).get("startDate").asString()).isEqualTo("2025-08-31");
    assertThat(cn.get("summits").get(0).get("endDate").asString()).isEqualTo("2025-09-01");
    JsonNode kg = terms.get(9);
    // "until" is the end date, or "ongoing" / "unknown" as in the text and CSV; "end" no longer means two things
    assertThat(kg.get("until").asString()).isEqualTo("ongoing");
    assertThat(kg.has("end")).isFalse();
    assertThat(kg.get("summits").get(0).has("end")).isFalse();
    assertThat(kg.get("summits").get(0).get("planned").asBoolean()).isTrue();
  }

  @Test
  void csvHasAHeaderAndOneRecordPerTerm() {
    Cli.Result r = Cli.run("timeline", "--format", "csv");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id,holder,holder_name,from,until,confidence,closed_at,summit_ids,summits");
    assertThat(lines).hasSize(11);
    assertThat(lines.get(4))
        .isEqualTo("pres-2019-ru,RU,Russia,2019-06-14,2020-11-10,high,chs-2020-video,chs-2020-video,video 2020-11-10");
  }

  @Test
  void csvQuotesANameWithACommaSoThatColumnsStayAligned() {
    List<State> states = TestData.dataset().states().stream()
        .map(s -> s.code().code().equals("RU") ? State.builder().from(s).nameEn("Russia, \"RF\"").build() : s)
        .toList();
    ScoDataset data = TestData.builder().states(states).build();
    Cli.Result r = Cli.run(data, TestData.clock(), "timeline", "--format", "csv");
    assertThat(r.out()).contains("pres-2019-ru,RU,\"Russia, \"\"RF\"\"\",2019-06-14,");
  }

  @Test
  void formatNamesAreCaseSensitiveAndAnUnknownOneIsRejected() {
    Cli.Result r = Cli.run("timeline", "--format", "xml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("sco timeline: ").contains("--format", "xml").hasLineCount(1);
    assertThat(r.out()).isEmpty();
  }
}
