package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.code;
import static io.github.scosdk.model.ModelFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.internal.StableHash;
import io.github.scosdk.model.rules.Severity;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Violation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The hash code of every public value type is the same from run to run: {@code Enum.hashCode} is an identity hash,
 * different in each JVM, and no value's hash code mixes it in. Checked against the documented formula (an enum
 * constant hashes as its name) and against hash codes recorded once for sample values of each type, which an
 * identity hash would miss in every run but by chance.
 */
class StableHashCodeTest {

  @Test
  void aLinkHashesByTheDocumentedFormula() {
    DocumentLink link = DocumentLink.of(LinkType.TRANSFERS_PRESIDENCY, "p1");
    assertThat(link.hashCode()).isEqualTo(31 * (31 + "TRANSFERS_PRESIDENCY".hashCode()) + "p1".hashCode());
  }

  @Test
  void aPartialDateHashesByItsDayAndThePrecisionName() {
    PartialDate d = date("2025-09");
    assertThat(d.hashCode()).isEqualTo(d.earliest().hashCode() * 31 + "MONTH".hashCode());
  }

  @Test
  void anAddedAttributeChangesTheHashOnlyWhenPresent() {
    int before = StableHash.of("m-a", date("2025-09"));
    assertThat(StableHash.added(before, Optional.empty(), null))
        .isEqualTo(before);
    assertThat(StableHash.added(before, Optional.of("Tianjin")))
        .isEqualTo(StableHash.of("m-a", date("2025-09"), "Tianjin"));
  }

  @Test
  void sampleValuesOfEveryTypeHashAsRecorded() {
    Map<String, Object> samples = samples();
    Map<String, Integer> actual = new LinkedHashMap<>();
    samples.forEach((name, value) -> actual.put(name, value.hashCode()));
    assertThat(actual).isEqualTo(RECORDED);
  }

  static Map<String, Object> samples() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("StateCode", code("KG"));
    m.put("PartialDate", date("2025"));
    m.put("DateRange", DateRange.ongoing(date("2025-09-01")));
    m.put("State", ModelFixtures.state("KG"));
    m.put("Source", ModelFixtures.source("src-a"));
    m.put("StatusChange", ModelFixtures.statusChange("sc-a"));
    m.put("Venue", Venue.of("Tianjin", code("CN")));
    m.put("Participant", Participant.builder().state(code("CN")).level(DelegationLevel.HEAD_OF_STATE).build());
    m.put("Meeting", ModelFixtures.meeting("m-a"));
    m.put("Presidency", ModelFixtures.presidency("p-a"));
    m.put("Document", ModelFixtures.document("d-a"));
    m.put("DocumentLink", DocumentLink.of(LinkType.AMENDS, "d-a"));
    m.put("Initiative", ModelFixtures.initiative("i-a"));
    m.put("Official", ModelFixtures.official("o-a"));
    m.put("RotationException", ModelFixtures.rotationException("r-a"));
    m.put("Application", ModelFixtures.application("a-a"));
    m.put("AccessionStep", AccessionStep.builder().id("as-a").state(code("KG")).stage(AccessionStage.STARTED)
        .date(date("2025")).addSource("src-a").build());
    Violation v = Violation.builder().ruleId("a").severity(Severity.ERROR).subject("s").message("m").build();
    m.put("Violation", v);
    m.put("ValidationReport", ValidationReport.builder().addViolations(v).build());
    ScoDataset dataset = ScoDataset.builder()
        .addStates(ModelFixtures.state("KG"))
        .addStatusChanges(ModelFixtures.statusChange("sc-a"))
        .addMeetings(ModelFixtures.meeting("m-a"))
        .addDocuments(ModelFixtures.document("d-a"))
        .build();
    m.put("ScoDataset", dataset);
    m.put("ScoSnapshot", dataset.asOf(java.time.LocalDate.of(2025, 9, 1)));
    m.put("HolderPrediction", dataset.predictNextHolder(java.time.LocalDate.of(2025, 9, 1)));
    m.put("Overlay", dataset.overlay(ScoDataset.builder().addStates(ModelFixtures.state("KG")).build()));
    return m;
  }

  private static final Map<String, Integer> RECORDED = recorded();

  /** Recorded once, by the formula of {@code StableHash}; an identity hash would differ in every run. */
  private static Map<String, Integer> recorded() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("StateCode", 2396);
    m.put("PartialDate", 131285020);
    m.put("DateRange", 1933977343);
    m.put("State", -389943021);
    m.put("Source", 76865504);
    m.put("StatusChange", 316828067);
    m.put("Venue", 1947666303);
    m.put("Participant", -944121378);
    m.put("Meeting", 1708648998);
    m.put("Presidency", 1716503884);
    m.put("Document", -16428407);
    m.put("DocumentLink", -171145131);
    m.put("Initiative", 1012603386);
    m.put("Official", 2004498416);
    m.put("RotationException", 376338933);
    m.put("Application", 2078243098);
    m.put("AccessionStep", 1387134724);
    m.put("Violation", -1807464120);
    m.put("ValidationReport", -196810950);
    m.put("ScoDataset", 1754332189);
    m.put("ScoSnapshot", -1921441601);
    m.put("HolderPrediction", -1636322446);
    m.put("Overlay", -1371058063);
    return m;
  }
}
