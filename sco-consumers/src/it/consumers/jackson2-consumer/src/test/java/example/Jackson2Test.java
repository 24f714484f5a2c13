package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.scosdk.data.ScoReference;
import io.github.scosdk.jackson2.ScoJackson2Module;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.ScoDataset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spring Boot 3 style: a Jackson 2 ObjectMapper with sco-jackson2 reads and writes the model. */
class Jackson2Test {

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  record Page(List<Meeting> items) {}

  @Test
  void onJackson2() {
    assertEquals("2.18.2", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    assertEquals(true, mapper.getRegisteredModuleIds().contains(new ScoJackson2Module().getTypeId()));
  }

  @Test
  void theReferenceDatasetRoundTrips() throws Exception {
    ScoDataset sco = ScoReference.dataset();
    assertEquals(sco, mapper.readValue(mapper.writeValueAsString(sco), ScoDataset.class));
    Page page = new Page(sco.meetings().subList(0, 2));
    assertEquals(page, mapper.readValue(mapper.writeValueAsString(page), Page.class));
  }

  @Test
  void aBadRecordIsAJsonMappingException() {
    assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{\"items\":[{\"id\":\"m\",\"body\":\"parliament\"}]}", Page.class));
  }
}
