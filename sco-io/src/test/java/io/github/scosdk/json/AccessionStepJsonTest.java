package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code accessionSteps} array (Model 2, docs/json-format.md "Accession steps"): optional when read, written
 * only when not empty, so that a document without steps reads and writes as before; a document with the deprecated
 * statuses {@code accession_started} and {@code acceding} is read with the two tracks split.
 */
class AccessionStepJsonTest {

  private static final ScoJson JSON = ScoJson.standard();
  private static final StateCode IN = StateCode.of("IN");

  private static final String LEGACY =
      "{\"format\":\"sco-dataset/1\",\"statusChanges\":["
          + "{\"id\":\"s1\",\"state\":\"IN\",\"status\":\"observer\",\"date\":\"2005-07-05\"},"
          + "{\"id\":\"s2\",\"state\":\"IN\",\"status\":\"accession_started\",\"date\":\"2015-07-10\"},"
          + "{\"id\":\"s3\",\"state\":\"IN\",\"status\":\"acceding\",\"date\":\"2016-06-24\"},"
          + "{\"id\":\"s4\",\"state\":\"IN\",\"status\":\"member\",\"date\":\"2017-06-09\"}]}";

  @Test
  void aDocumentWithoutStepsWritesNoArrayAndTheBaseOfTheCorpusReadsAsBefore() {
    ScoDataset base = JSON.readDataset(Path.of("src/test/resources/bad/base.json"));
    assertThat(base.accessionSteps()).isEmpty();
    assertThat(JSON.toJson(base)).doesNotContain("accessionSteps").contains("\"statusChanges\"");
  }

  @Test
  void theGoldenStepRoundTripsAndIsWrittenAfterTheStatusChanges() {
    ScoDataset golden = GoldenExample.dataset();
    String json = JSON.toJson(golden);
    assertThat(json.indexOf("\"accessionSteps\"")).isGreaterThan(json.indexOf("\"statusChanges\""))
        .isLessThan(json.indexOf("\"meetings\""));
    assertThat(JSON.readDataset(json).accessionSteps()).isEqualTo(golden.accessionSteps());
  }

  @Test
  void aDocumentWithTheDeprecatedStatusesReadsAsAnObserverOnTheAccessionTrack() {
    ScoDataset legacy = JSON.readDataset(LEGACY);
    assertThat(legacy.statusOn(IN, LocalDate.of(2016, 4, 16))).isEqualTo(MembershipStatus.OBSERVER);
    assertThat(legacy.accessionStageOn(IN, LocalDate.of(2016, 4, 16))).isEqualTo(AccessionStage.STARTED);
    assertThat(legacy.accessionStageOn(IN, LocalDate.of(2016, 6, 24))).isEqualTo(AccessionStage.MEMORANDUM_SIGNED);
    assertThat(legacy.statusOn(IN, LocalDate.of(2017, 6, 9))).isEqualTo(MembershipStatus.MEMBER);
    assertThat(legacy.accessionStageOn(IN, LocalDate.of(2017, 6, 9))).isEqualTo(AccessionStage.NONE);
    // and it is written back as it was read: the deprecated statuses are not rewritten
    assertThat(JSON.toJson(legacy)).contains("\"accession_started\"").doesNotContain("accessionSteps");
  }

  @Test
  void theSnapshotWritesTheStagesOfTheAccedingStatesOnly() {
    ScoDataset legacy = JSON.readDataset(LEGACY);
    JsonMapper mapper = JsonMapper.builder().addModule(new ScoModule()).build();
    String acceding = mapper.writeValueAsString(legacy.asOf(LocalDate.of(2016, 4, 16)));
    assertThat(acceding.replaceAll("\\s", "")).contains("\"statuses\":{\"IN\":\"observer\"},\"accessionStages\":{\"IN\":\"started\"}");
    assertThat(mapper.writeValueAsString(legacy.asOf(LocalDate.of(2010, 1, 1)))).doesNotContain("accessionStages");
  }
}
