package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.HolderPrediction;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoSnapshot;
import io.github.scosdk.model.rules.Severity;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import io.github.scosdk.model.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module in a user's own mapper: every public model and result type is written completely (never as a
 * silent empty object) or refused; reading faults are Jackson exceptions with path, location and the sco-io
 * reason; the version is the build's.
 */
class UsersMapperTest {

  private final JsonMapper mapper = JsonMapper.builder().addModule(new ScoModule()).build();
  private final ScoDataset golden = GoldenExample.dataset();

  /** A user's own type that holds model values. */
  record Envelope(String requestId, Meeting meeting) {}

  @Test
  void aSnapshotIsWrittenCompletely() {
    ScoSnapshot s = golden.asOf(LocalDate.of(2025, 9, 1));
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(s));
    assertThat(names(tree)).containsExactly("date", "members", "nonMembersByStatus", "statuses", "presidency",
        "secretaryGeneral", "meetings", "documents");
    assertThat(tree.get("secretaryGeneral").get("id").asString()).isEqualTo(s.secretaryGeneral().get().id());
    assertThat(tree.get("date").asString()).isEqualTo("2025-09-01");
    assertThat(strings(tree.get("members")))
        .containsExactlyElementsOf(s.members().stream().map(c -> c.code()).toList());
    assertThat(tree.get("statuses").size()).isEqualTo(s.statuses().size());
    assertThat(tree.get("presidency").toString())
        .isEqualTo(ScoJson.standard().compact().toJson(s.presidency().get()));
    assertThat(tree.get("meetings").size()).isEqualTo(s.meetings().size());
    assertThat(tree.get("documents").size()).isEqualTo(s.documents().size());
    s.nonMembersByStatus().forEach((status, codes) -> assertThat(
        strings(tree.get("nonMembersByStatus").get(Format.MEMBERSHIP_STATUS.<MembershipStatus>names().name(status).getValue())))
        .hasSize(codes.size()));
  }

  @Test
  void aHolderPredictionIsWrittenCompletely() {
    HolderPrediction p = golden.predictNextHolder(LocalDate.of(2025, 9, 2));
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(p));
    assertThat(tree.get("body").asString()).isEqualTo("council_of_heads_of_state");
    assertThat(tree.get("after").asString()).isEqualTo("2025-09-02");
    assertThat(tree.get("current").get("id").asString()).isEqualTo(p.current().get().id());
    assertThat(tree.has("predicted")).isEqualTo(p.predicted().isPresent());
    assertThat(strings(tree.get("order"))).hasSize(p.order().size());
    assertThat(strings(tree.get("reasoning"))).containsExactlyElementsOf(p.reasoning());
  }

  @Test
  void aHolderPredictionNamesTheBodyWhoseChairmanshipItPredicts() {
    HolderPrediction p = golden.predictNextHolder(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT, LocalDate.of(2025, 9, 2));
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(p));
    assertThat(tree.get("body").asString()).isEqualTo("council_of_heads_of_government");
  }

  @Test
  void aValidationReportAndItsViolationsAreWrittenCompletely() {
    Violation v = Violation.builder().ruleId("presidency.continuity").severity(Severity.ERROR)
        .subject("presidency-2019-ru").pointer("/presidencies/18").message("a gap of 3 days").build();
    assertThat(mapper.writeValueAsString(v)).isEqualTo("{\"ruleId\":\"presidency.continuity\",\"severity\":\"error\","
        + "\"subject\":\"presidency-2019-ru\",\"pointer\":\"/presidencies/18\",\"message\":\"a gap of 3 days\"}");

    ValidationReport clean = Validator.standard().validate(golden);
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(clean));
    assertThat(names(tree)).containsExactly("valid", "clean", "errors", "warnings", "rulesRun", "violations");
    assertThat(strings(tree.get("rulesRun"))).containsExactlyElementsOf(clean.rulesRun());
    assertThat(tree.get("violations").size()).isEqualTo(clean.violations().size());
    assertThat(tree.get("errors").asInt()).isEqualTo(clean.errors().size());
  }

  @Test
  void aModelTypeWithoutAJsonFormIsRefusedNotWrittenEmpty() {
    Throwable t = catchThrowable(() -> mapper.writeValueAsString(Validator.standard()));
    assertThat(t).isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("io.github.scosdk.model.rules.Validator has no JSON form");
    Throwable plain = catchThrowable(() -> JsonMapper.builder().build().writeValueAsString(Validator.standard()));
    assertThat(plain).as("without the module Jackson 3 would write {}").isNull();
  }

  @Test
  void resultsAreNotReadBack() {
    Throwable t = catchThrowable(() -> mapper.readValue("{\"date\":\"2025-09-01\"}", ScoSnapshot.class));
    assertThat(t).isInstanceOf(MismatchedInputException.class).hasMessageContaining("ScoSnapshot is a query result");
  }

  @Test
  void aFaultInsideAUsersTypeIsAJacksonExceptionWithPathLocationAndReason() {
    String meeting = ScoJson.standard().compact().toJson(golden.meetings().get(0))
        .replaceFirst("\"startDate\":\"[^\"]*\"", "\"startDate\":\"2025-13\"");
    String json = "{\"requestId\":\"r1\",\n\"meeting\":" + meeting + "}";
    Throwable t = catchThrowable(() -> mapper.readValue(json, Envelope.class));
    assertThat(t).isInstanceOf(MismatchedInputException.class).hasCauseInstanceOf(ScoJsonException.class);
    MismatchedInputException e = (MismatchedInputException) t;
    assertThat(e.getPathReference()).contains("meeting");
    assertThat(e.getLocation().getLineNr()).isEqualTo(2);
    assertThat(e.getOriginalMessage()).contains("startDate").contains("2025-13").contains("/meeting/startDate");
  }

  @Test
  void theMappersIndentationIsHonoured() {
    JsonMapper pretty = mapper.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    Meeting m = golden.meetings().get(0);
    String text = pretty.writeValueAsString(m);
    assertThat(text).contains("\n  \"id\"");
    assertThat(mapper.readValue(text, Meeting.class)).isEqualTo(m);
  }

  @Test
  void theVersionIsTheBuilds() {
    Version v = new ScoModule().version();
    assertThat(v.isUnknownVersion()).isFalse();
    assertThat(v.getGroupId()).isEqualTo("io.github.sco-sdk");
    assertThat(v.getArtifactId()).isEqualTo("sco-io");
    assertThat(v.toString()).isEqualTo(System.getProperty("sco.version", BuildVersion.TEXT));
  }

  private static List<String> names(JsonNode tree) {
    return new ArrayList<>(tree.propertyNames());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asString());
    }
    return out;
  }
}
