package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.code;
import static io.github.scosdk.model.ModelFixtures.date;

import io.github.scosdk.model.rules.Severity;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Violation;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.api.SingleTypeEqualsVerifierApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Value equality of every public value type: the generated {@code Immutable*} classes and the hand-written
 * {@link StateCode}, {@link PartialDate} and {@link DateRange}.
 *
 * <p>No warning is suppressed. The generated classes hold transient bookkeeping fields (the {@code initShim} of
 * types with defaults, the lazy indexes and their bitmap in {@link ImmutableScoDataset}); EqualsVerifier already
 * requires transient fields to stay out of {@code equals}, which they do. Prefab values are given for the
 * abstract value types only so that EqualsVerifier can fill list and optional fields with distinct real values
 * instead of generating subclasses.
 */
class EqualsContractTest {

  /**
   * Surefire runs these tests inside the named module and opens to the test libraries only the packages that
   * hold tests; {@code model.rules} has none yet, so open it here, from inside the module, for EqualsVerifier's
   * reflection. Does nothing on the class path.
   */
  @BeforeAll
  static void openRulesPackageToEqualsVerifier() {
    Module self = EqualsContractTest.class.getModule();
    if (self.isNamed()) {
      self.addOpens(Violation.class.getPackageName(), EqualsVerifier.class.getModule());
    }
  }

  static Stream<Class<?>> valueTypes() {
    return Stream.of(
        StateCode.class,
        PartialDate.class,
        DateRange.class,
        ImmutableState.class,
        ImmutableSource.class,
        ImmutableStatusChange.class,
        ImmutableVenue.class,
        ImmutableParticipant.class,
        ImmutableMeeting.class,
        ImmutablePresidency.class,
        ImmutableDocument.class,
        ImmutableDocumentLink.class,
        ImmutableInitiative.class,
        ImmutableOfficial.class,
        ImmutableRotationException.class,
        ImmutableApplication.class,
        ImmutableAccessionStep.class,
        ImmutableScoDataset.class,
        // the rules' implementations are package-private to their package: reached through a value
        Violation.builder().ruleId("a").severity(Severity.ERROR).subject("s").message("m").build().getClass(),
        ValidationReport.builder().build().getClass());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  <T> void equalsAndHashCodeAreByValue(Class<T> type) {
    withPrefabValues(EqualsVerifier.forClass(type)).verify();
  }

  private static <T> SingleTypeEqualsVerifierApi<T> withPrefabValues(SingleTypeEqualsVerifierApi<T> api) {
    return api.withPrefabValues(StateCode.class, code("CN"), code("KG"))
        .withPrefabValues(PartialDate.class, date("2024-07-04"), date("2025"))
        .withPrefabValues(
            DateRange.class, DateRange.ongoing(date("2025-09-01")), DateRange.endUnknown(date("2025-09-01")))
        .withPrefabValues(State.class, ModelFixtures.state("CN"), ModelFixtures.state("KG"))
        .withPrefabValues(Source.class, ModelFixtures.source("src-a"), ModelFixtures.source("src-b"))
        .withPrefabValues(
            StatusChange.class, ModelFixtures.statusChange("sc-a"), ModelFixtures.statusChange("sc-b"))
        .withPrefabValues(Venue.class, Venue.of("Tianjin", code("CN")), Venue.of("Bishkek", code("KG")))
        .withPrefabValues(
            Participant.class, Participant.ofState(code("CN")), Participant.ofOrganisation("SCO Secretariat"))
        .withPrefabValues(Meeting.class, ModelFixtures.meeting("m-a"), ModelFixtures.meeting("m-b"))
        .withPrefabValues(Presidency.class, ModelFixtures.presidency("p-a"), ModelFixtures.presidency("p-b"))
        .withPrefabValues(Document.class, ModelFixtures.document("d-a"), ModelFixtures.document("d-b"))
        .withPrefabValues(
            DocumentLink.class,
            DocumentLink.of(LinkType.AMENDS, "d-a"),
            DocumentLink.of(LinkType.SUPERSEDES, "d-b"))
        .withPrefabValues(Initiative.class, ModelFixtures.initiative("i-a"), ModelFixtures.initiative("i-b"))
        .withPrefabValues(Official.class, ModelFixtures.official("o-a"), ModelFixtures.official("o-b"))
        .withPrefabValues(
            RotationException.class, ModelFixtures.rotationException("r-a"), ModelFixtures.rotationException("r-b"))
        .withPrefabValues(Application.class, ModelFixtures.application("a-a"), ModelFixtures.application("a-b"))
        .withPrefabValues(AccessionStep.class, step("as-a"), step("as-b"))
        .withPrefabValues(
            Violation.class,
            Violation.builder().ruleId("a").severity(Severity.ERROR).subject("s").message("m").build(),
            Violation.builder().ruleId("b").severity(Severity.WARNING).subject("s").message("m").build());
  }

  private static AccessionStep step(String id) {
    return AccessionStep.builder().id(id).state(code("KG")).stage(AccessionStage.STARTED).date(date("2025")).build();
  }
}
