package io.github.scosdk.model.rules;

import static io.github.scosdk.model.rules.RealHistory.c;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Venue;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSourcedRuleTest {

  private static Meeting.Builder cmfa(String id) {
    return Meeting.builder()
        .id(id)
        .body(Body.COUNCIL_OF_FOREIGN_MINISTERS)
        .startDate(PartialDate.parse("2025-07-15"))
        .venue(Venue.of("Tianjin", c("CN")))
        .host(c("CN"))
        .chair(c("CN"));
  }

  private static ScoDataset plus(Meeting m) {
    return ScoDataset.builder().from(RealHistory.dataset()).addMeetings(m).build();
  }

  @Test
  void aSourcedHistoryPasses() {
    assertThat(Validator.only(RuleIds.RECORD_SOURCED).strict().validate(RealHistory.dataset()).violations())
        .isEmpty();
    assertThat(Validator.only(RuleIds.RECORD_SOURCED).validate(plus(cmfa("cmfa-x").addSource(RealHistory.SRC).build()))
            .violations())
        .isEmpty();
  }

  @Test
  void aRecordWithoutSourceIsAWarningAndInStrictModeAnError() {
    ScoDataset data = plus(cmfa("cmfa-x").build());
    List<Violation> standard = Validator.only(RuleIds.RECORD_SOURCED).validate(data).violations();
    assertThat(standard).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(RuleIds.RECORD_SOURCED);
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.subject()).isEqualTo("cmfa-x");
      assertThat(v.pointer()).hasValueSatisfying(p -> assertThat(p).endsWith("/sources"));
      assertThat(v.message()).isEqualTo("cmfa-x cites no source");
    });
    assertThat(Validator.standard().strict().validate(data).violations())
        .filteredOn(v -> v.ruleId().equals(RuleIds.RECORD_SOURCED))
        .singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void aRecordCitingOnlyUnknownSourcesIsReportedByBothRules() {
    ScoDataset data = plus(cmfa("cmfa-x").addSource("nowhere").build());
    ValidationReport report = Validator.standard().strict().validate(data);
    assertThat(report.violatedRuleIds()).containsExactlyInAnyOrder(RuleIds.REFERENCE_RESOLVES, RuleIds.RECORD_SOURCED);
    assertThat(report.violations())
        .filteredOn(v -> v.ruleId().equals(RuleIds.RECORD_SOURCED))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("cites only [nowhere]"));
  }

  @Test
  void oneUnknownSourceBesideAGoodOneIsLeftToReferenceResolves() {
    ScoDataset data = plus(cmfa("cmfa-x").addSource(RealHistory.SRC).addSource("nowhere").build());
    assertThat(Validator.standard().strict().validate(data).violatedRuleIds())
        .containsExactly(RuleIds.REFERENCE_RESOLVES);
  }
}
