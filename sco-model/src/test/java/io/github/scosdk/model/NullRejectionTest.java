package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.code;
import static io.github.scosdk.model.ModelFixtures.date;

import com.google.common.testing.NullPointerTester;
import com.google.common.testing.NullPointerTester.Visibility;
import io.github.scosdk.model.rules.Severity;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Violation;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public static factory, builder setter, {@code with*} copy and query of the value types throws
 * {@link NullPointerException} for a null argument (the packages are {@code @NullMarked}: nothing is nullable
 * unless annotated).
 */
class NullRejectionTest {

  private static NullPointerTester tester() throws NoSuchMethodException {
    NullPointerTester t = new NullPointerTester();
    t.setDefault(StateCode.class, code("CN"));
    t.setDefault(PartialDate.class, date("2025-09-01"));
    t.setDefault(LocalDate.class, LocalDate.of(2025, 9, 1));
    t.setDefault(DateRange.class, DateRange.ongoing(date("2025-09-01")));
    t.setDefault(Venue.class, Venue.of("Tianjin", code("CN")));
    t.setDefault(Participant.class, Participant.ofState(code("KG")));
    t.setDefault(DocumentLink.class, DocumentLink.of(LinkType.AMENDS, "d-x"));
    t.setDefault(State.class, ModelFixtures.state("KZ"));
    t.setDefault(Source.class, ModelFixtures.source("src-x"));
    t.setDefault(StatusChange.class, ModelFixtures.statusChange("sc-x"));
    t.setDefault(Meeting.class, ModelFixtures.meeting("m-x"));
    t.setDefault(Presidency.class, ModelFixtures.presidency("p-x"));
    t.setDefault(Document.class, ModelFixtures.document("d-x"));
    t.setDefault(Initiative.class, ModelFixtures.initiative("i-x"));
    t.setDefault(Official.class, ModelFixtures.official("o-x"));
    t.setDefault(RotationException.class, ModelFixtures.rotationException("r-x"));
    t.setDefault(Application.class, ModelFixtures.application("a-x"));
    t.setDefault(ScoRecord.class, ModelFixtures.meeting("m-y"));
    t.setDefault(ScoDataset.class, ScoDataset.builder().build());
    t.setDefault(Map.Entry.class, Map.entry(Language.EN, "A title"));
    t.setDefault(String.class, "valid-text");
    Violation violation = Violation.builder().ruleId("r").severity(Severity.ERROR).subject("s").message("m").build();
    t.setDefault(Violation.class, violation);
    t.setDefault(ValidationReport.class, ValidationReport.builder().build());
    // StateCode.isAssigned answers false for null instead of throwing (see the report); every other static
    // method of StateCode is checked.
    t.ignore(StateCode.class.getMethod("isAssigned", String.class));
    ignoreLenientLookUps(t);
    return t;
  }

  /**
   * Look-ups backed by a map answer "absent" (or, for {@code Document.title}, the English title) for a null key
   * instead of throwing. The contract for null is unspecified there, so they are left out rather than pinned.
   */
  private static void ignoreLenientLookUps(NullPointerTester t) throws NoSuchMethodException {
    t.ignore(Document.class.getMethod("title", Language.class));
    t.ignore(ScoDataset.class.getMethod("state", StateCode.class));
    for (String lookUp :
        new String[] {
          "source", "record", "meeting", "document", "presidency", "statusChange", "initiative", "official",
          "rotationException", "application"
        }) {
      t.ignore(ScoDataset.class.getMethod(lookUp, String.class));
    }
  }

  static Stream<Class<?>> typesWithStaticFactories() {
    return Stream.of(
        StateCode.class,
        PartialDate.class,
        DateRange.class,
        Venue.class,
        DocumentLink.class,
        Participant.class,
        State.class,
        Source.class,
        StatusChange.class,
        Meeting.class,
        Presidency.class,
        Document.class,
        Initiative.class,
        Official.class,
        RotationException.class,
        Application.class,
        ScoDataset.class,
        Violation.class,
        ValidationReport.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typesWithStaticFactories")
  void staticFactoriesRejectNull(Class<?> type) throws Exception {
    tester().testStaticMethods(type, Visibility.PUBLIC);
  }

  static Stream<Object> builders() {
    return Stream.of(
        State.builder(),
        Source.builder(),
        StatusChange.builder(),
        Participant.builder(),
        Meeting.builder(),
        Presidency.builder(),
        Document.builder(),
        Initiative.builder(),
        Official.builder(),
        RotationException.builder(),
        Application.builder(),
        ScoDataset.builder(),
        Violation.builder(),
        ValidationReport.builder());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builders")
  void builderSettersRejectNull(Object builder) throws Exception {
    tester().testAllPublicInstanceMethods(builder);
  }

  static Stream<Object> values() {
    return Stream.of(
        code("CN"),
        date("2010-04"),
        DateRange.of(date("2024-07-04"), date("2025-09-01")),
        Venue.of("Tianjin", code("CN")),
        DocumentLink.of(LinkType.AMENDS, "d-x"),
        Participant.ofState(code("KG")),
        ModelFixtures.state("KZ"),
        ModelFixtures.source("src-x"),
        ModelFixtures.statusChange("sc-x"),
        ModelFixtures.meeting("m-x"),
        ModelFixtures.presidency("p-x"),
        ModelFixtures.document("d-x"),
        ModelFixtures.initiative("i-x"),
        ModelFixtures.official("o-x"),
        ModelFixtures.rotationException("r-x"),
        ModelFixtures.application("a-x"),
        ScoDataset.builder().addMeeting(ModelFixtures.meeting("m-x")).build(),
        Violation.builder().ruleId("r").severity(Severity.ERROR).subject("s").message("m").build(),
        ValidationReport.builder().build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void copiesAndQueriesRejectNull(Object value) throws Exception {
    tester().testAllPublicInstanceMethods(value);
  }
}
