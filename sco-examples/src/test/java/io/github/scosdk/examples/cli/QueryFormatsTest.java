package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every query command answers in text, JSON and CSV ({@code --format}), from the same answer. */
class QueryFormatsTest {

  /** Each query command, with arguments that make its answer show Russia (RU). */
  static Stream<List<String>> queries() {
    return Stream.of(
        List.of("timeline"),
        List.of("members", "--on", "2017-06-09"),
        List.of("chair", "--on", "2019-06-14"),
        List.of("next-chair", "--on", "2025-10-01"),
        List.of("status", "RU"),
        List.of("validate"));
  }

  @ParameterizedTest
  @MethodSource("queries")
  void jsonIsOneDocument(List<String> query) {
    Cli.Result r = run(query, "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode node = JsonMapper.builder().build().readTree(r.out());
    assertThat(node.isContainer()).isTrue();
    assertThat(node.size()).isPositive();
  }

  @ParameterizedTest
  @MethodSource("queries")
  void csvHasAHeaderAndRecordsOfTheSameWidth(List<String> query) {
    Cli.Result r = run(query, "csv");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).matches("[a-z_]+(,[a-z_]+)+");
    int columns = lines.get(0).split(",").length;
    assertThat(lines).allSatisfy(l -> assertThat(l.replaceAll("\"[^\"]*\"", "q").split(",", -1)).hasSize(columns));
  }

  @Test
  void membersJsonGroupsTheStatesByStatusWithMembersFirstInRotationOrder() {
    JsonNode m = json("members", "--on", "2017-06-09");
    assertThat(m.get("on").asString()).isEqualTo("2017-06-09");
    JsonNode members = m.get("statuses").get(0);
    assertThat(members.get("status").asString()).isEqualTo("member");
    assertThat(members.get("states").get(0).get("code").asString()).isEqualTo("IN");
    assertThat(members.get("states").get(0).get("name").asString()).isEqualTo("India");
    assertThat(m.get("presidency").get("holder").asString()).isEqualTo("CN");
  }

  @Test
  void chairJsonIsTheTermAsTheTimelineWritesIt() {
    JsonNode chair = json("chair", "--on", "2019-06-14").get("presidency");
    JsonNode timeline = json("timeline").get(3);
    assertThat(chair).isEqualTo(timeline);
    assertThat(chair.get("id").asString()).isEqualTo("pres-2019-ru");
  }

  @Test
  void chairOnADayNoTermCoversIsNullInJsonAndNoRecordInCsv() {
    assertThat(json("chair", "--on", "2010-01-01").get("presidency").isNull()).isTrue();
    assertThat(Cli.run("chair", "--on", "2010-01-01", "--format", "csv").out().lines()).hasSize(1);
  }

  @Test
  void nextChairJsonNamesCurrentPredictedAndOrder() {
    JsonNode n = json("next-chair", "--on", "2025-10-01");
    assertThat(n.get("body").asString()).isEqualTo("chs");
    assertThat(n.get("current").get("holder").asString()).isEqualTo("KG");
    assertThat(n.get("current").has("body")).as("a presidency term omits its body, as sco-dataset/1 does").isFalse();
    assertThat(n.get("predicted").get("code").asString()).isEqualTo("PK");
    assertThat(n.get("rotationOrder").size()).isEqualTo(10);
    assertThat(n.get("reasoning").size()).isPositive();
  }

  @Test
  void statusCsvHasOneRecordPerChange() {
    List<String> lines = Cli.run("status", "IN", "--format", "csv").out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id,state,date,status,decided_at,confidence,sources,note,record");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(4)).contains(",IN,2017-06-09,member,chs-2017-astana,high,").endsWith(",status_change");
  }

  @Test
  void statusCsvAddsOneRecordPerApplicationAfterTheChanges() {
    List<String> lines = Cli.run("status", "BY", "--format", "csv").out().lines().toList();
    assertThat(lines.get(lines.size() - 1))
        .startsWith("app-by-2022-07-member,BY,2022-07,member,chs-2022-samarkand,high,sputnik-2022,")
        .endsWith(",application");
    assertThat(lines.subList(1, lines.size() - 1)).allMatch(l -> l.endsWith(",status_change"));
  }

  @Test
  void statusJsonListsTheApplications() {
    JsonNode by = json("status", "BY");
    assertThat(by.get("applications").size()).isEqualTo(1);
    JsonNode a = by.get("applications").get(0);
    assertThat(a.get("id").asString()).isEqualTo("app-by-2022-07-member");
    assertThat(a.get("date").asString()).isEqualTo("2022-07");
    assertThat(a.get("sought").asString()).isEqualTo("member");
    assertThat(a.get("decidedAt").asString()).isEqualTo("chs-2022-samarkand");
    assertThat(a.get("sources").get(0).asString()).isEqualTo("sputnik-2022");
    assertThat(json("status", "IN").get("applications").size()).isZero();
  }

  @Test
  void validateCsvHasOneRecordPerViolation() {
    Cli.Result r = Cli.run("validate", "--format", "csv");
    assertThat(r.out()).isEqualTo("severity,rule_id,subject,pointer,message\n");
  }

  private static JsonNode json(String... args) {
    Cli.Result r = run(List.of(args), "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return JsonMapper.builder().build().readTree(r.out());
  }

  private static Cli.Result run(List<String> query, String format) {
    return Cli.run(Stream.concat(query.stream(), Stream.of("--format", format)).toArray(String[]::new));
  }
}
