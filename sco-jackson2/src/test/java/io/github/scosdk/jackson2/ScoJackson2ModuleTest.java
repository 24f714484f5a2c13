package io.github.scosdk.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.scosdk.data.ScoReference;
import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoJsonException;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.ScoDataset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Jackson 2 ObjectMapper with the module reads and writes the model exactly as ScoJson does. */
class ScoJackson2ModuleTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new ScoJackson2Module());
  private final ScoDataset reference = ScoReference.dataset();

  @Test
  void theReferenceDatasetRoundTripsThroughJackson2() throws Exception {
    String json = mapper.writeValueAsString(reference);
    assertThat(json).isEqualTo(ScoJson.standard().compact().toJson(reference));
    assertThat(mapper.readValue(json, ScoDataset.class)).isEqualTo(reference);
  }

  @Test
  void recordsInsideAUsersTypeRoundTrip() throws Exception {
    Map<String, List<Meeting>> page = Map.of("items", reference.meetings().subList(0, 3));
    String json = mapper.writeValueAsString(page);
    var back = mapper.readValue(json, new TypeReference<Map<String, List<Meeting>>>() {});
    assertThat(back).isEqualTo(page);
  }

  @Test
  void theModuleIsFoundByFindAndRegisterModules() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    Meeting m = reference.meetings().get(0);
    assertThat(found.writeValueAsString(m)).isEqualTo(ScoJson.standard().compact().toJson(m));
    assertThat(found.getRegisteredModuleIds()).contains("sco-dataset-1-jackson2");
  }

  @Test
  void aBadRecordIsAJacksonMappingExceptionNamingTheFieldAndItsPlace() {
    String meeting = ScoJson.standard().compact().toJson(reference.meetings().get(0))
        .replaceFirst("\"body\":\"[a-z_]*\"", "\"body\":\"parliament\"");
    Throwable t = catchThrowable(() -> mapper.readValue("{\"items\":[\n" + meeting + "]}",
        new TypeReference<Map<String, List<Meeting>>>() {}));
    assertThat(t).isInstanceOf(JsonMappingException.class).hasCauseInstanceOf(ScoJsonException.class);
    JsonMappingException e = (JsonMappingException) t;
    assertThat(e.getOriginalMessage()).contains("Meeting at /body inside the value").contains("parliament")
        .contains("line 2");
    assertThat(e.getPathReference()).contains("items");
  }

  @Test
  void theVersionIsScoIosBuildVersion() {
    assertThat(new ScoJackson2Module().version().toString())
        .isEqualTo(new io.github.scosdk.json.ScoModule().version().toString());
    assertThat(new ScoJackson2Module().version().getArtifactId()).isEqualTo("sco-jackson2");
    assertThat(new ScoJackson2Module().version().isUnknownVersion()).isFalse();
  }
}
