package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class ScoModuleTest {

  private final JsonMapper mapper = JsonMapper.builder().addModule(new ScoModule()).build();

  @Test
  void theModuleIsFoundThroughTheServiceLoader() {
    assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(ScoModule.class);
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    Meeting m = RandomDatasets.withSeed(4).meeting();
    assertThat(found.writeValueAsString(m)).isEqualTo(ScoJson.standard().compact().toJson(m));
  }

  @Test
  void databindWritesAndReadsTheSameJsonAsScoJson() {
    for (long seed = 0; seed < 50; seed++) {
      ScoDataset d = RandomDatasets.dataset(seed);
      String json = mapper.writeValueAsString(d);
      assertThat(json).isEqualTo(ScoJson.standard().compact().toJson(d));
      assertThat(mapper.readValue(json, ScoDataset.class)).isEqualTo(d);
    }
  }

  @Test
  void scalarsAndEnumsUseTheFormatSpelling() {
    assertThat(mapper.writeValueAsString(Body.COUNCIL_OF_HEADS_OF_STATE)).isEqualTo("\"council_of_heads_of_state\"");
    assertThat(mapper.readValue("\"dialogue_partner\"", MembershipStatus.class))
        .isEqualTo(MembershipStatus.DIALOGUE_PARTNER);
    assertThat(mapper.writeValueAsString(PartialDate.ofYearMonth(2010, 4))).isEqualTo("\"2010-04\"");
    assertThat(mapper.readValue("\"2026\"", PartialDate.class)).isEqualTo(PartialDate.ofYear(2026));
    assertThat(mapper.readValue("\"KG\"", StateCode.class)).isEqualTo(StateCode.of("KG"));
  }

  @Test
  void strictnessHoldsThroughDatabindAsAJacksonException() {
    Throwable t = catchThrowable(() -> mapper.readValue("\"DIALOGUE_PARTNER\"", MembershipStatus.class));
    assertThat(t).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("'DIALOGUE_PARTNER' is not one of")
        .hasCauseInstanceOf(ScoJsonException.class);
  }

  @Test
  void itIsAJacksonModuleWithAName() {
    JacksonModule module = new ScoModule();
    assertThat(module.getModuleName()).isEqualTo("sco-dataset-1");
  }
}
