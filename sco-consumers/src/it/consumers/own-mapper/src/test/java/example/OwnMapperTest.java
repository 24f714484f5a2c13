package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.json.ScoJsonException;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoSnapshot;
import io.github.scosdk.model.rules.Validator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.PackageVersion;
import tools.jackson.databind.json.JsonMapper;

/** A user's own mapper, with the module found by the service loader: the model and the results, completely. */
class OwnMapperTest {

  private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
  private final ScoDataset sco = ScoReference.dataset();

  /** The user's own response type. */
  record Answer(String question, ScoSnapshot snapshot, Meeting summit) {}

  @Test
  void runsOnTheJacksonReleaseUnderTest() {
    Version v = PackageVersion.VERSION;
    assertEquals(System.getProperty("jackson3.version"), v.toString());
  }

  @Test
  void theReferenceDatasetRoundTrips() {
    String json = mapper.writeValueAsString(sco);
    assertEquals(sco, mapper.readValue(json, ScoDataset.class));
  }

  @Test
  void aSnapshotInsideTheUsersTypeIsWrittenCompletely() {
    ScoSnapshot s = sco.asOf(LocalDate.of(2024, 7, 4));
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(new Answer("who?", s, sco.meetings().get(0))));
    assertEquals(s.members().size(), tree.at("/snapshot/members").size());
    assertEquals("CN", tree.at("/snapshot/presidency/holder").asString());
    assertEquals(sco.meetings().get(0), mapper.treeToValue(tree.get("summit"), Meeting.class));
    JsonNode report = mapper.readTree(mapper.writeValueAsString(Validator.standard().validate(sco)));
    assertTrue(report.get("valid").asBoolean());
  }

  @Test
  void aBadValueIsADatabindExceptionWithTheReason() {
    Throwable t = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"question\":\"q\",\"summit\":{\"id\":\"m\",\"body\":\"parliament\"}}", Answer.class));
    assertTrue(t.getMessage().contains("parliament"), t.getMessage());
    assertInstanceOf(ScoJsonException.class, t.getCause());
  }
}
