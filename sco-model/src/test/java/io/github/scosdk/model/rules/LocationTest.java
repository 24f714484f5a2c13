package io.github.scosdk.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.RecordKind;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import java.util.List;
import java.util.function.BiConsumer;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Typed violation locations: {@link AttributePath} in accessor names, {@link Location} with the one derivation of
 * a JSON Pointer, a state and a record with the same key kept apart, and a {@link ViolationSink} bound to its rule.
 */
class LocationTest {

  private static final StateCode CN = StateCode.of("CN");
  private static final StateCode KZ = StateCode.of("KZ");

  /** A state CN and, second of the meetings, a meeting whose id is also "CN". */
  private static final ScoDataset DATASET =
      ScoDataset.builder()
          .addStates(state(KZ), state(CN))
          .addSources(Source.builder().id("src").title("A source").build())
          .addMeetings(meeting("m0"), meeting("CN"))
          .build();

  @BeforeAll
  static void openThisPackageToEqualsVerifier() {
    Module self = LocationTest.class.getModule();
    if (self.isNamed()) {
      self.addOpens(Location.class.getPackageName(), EqualsVerifier.class.getModule());
    }
  }

  private static State state(StateCode code) {
    return State.builder().code(code).nameEn("Name " + code).nameRu("Имя " + code).nameZh("名" + code).build();
  }

  private static Meeting meeting(String id) {
    return Meeting.builder()
        .id(id)
        .body(Body.COUNCIL_OF_HEADS_OF_STATE)
        .startDate(PartialDate.parse("2025-08-31"))
        .addParticipants(Participant.ofState(KZ), Participant.ofState(CN))
        .build();
  }

  @Test
  void aPathReadsInAccessorNamesAndAsAPointerTail() {
    AttributePath p = AttributePath.of("participants", 2).attribute("state");
    assertThat(p).hasToString("participants[2].state");
    assertThat(p.pointer()).isEqualTo("/participants/2/state");
    assertThat(AttributePath.of("venue").attribute("state")).hasToString("venue.state");
    assertThat(AttributePath.of("links", 0).attribute("target").pointer()).isEqualTo("/links/0/target");
    assertThat(AttributePath.root().isRoot()).isTrue();
    assertThat(AttributePath.root()).hasToString("");
    assertThat(AttributePath.root().pointer()).isEmpty();
    assertThat(p.isRoot()).isFalse();
    assertThat(AttributePath.ofPointer("participants/2/state")).isEqualTo(p);
    assertThat(AttributePath.ofPointer("chair")).isEqualTo(AttributePath.of("chair"));
  }

  @Test
  void aPathRefusesWhatNoAccessorIsCalled() {
    assertThatThrownBy(() -> AttributePath.of("Participants"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name: 'Participants' is not an accessor name");
    assertThatThrownBy(() -> AttributePath.of("a/b")).hasMessage("name: 'a/b' is not an accessor name");
    assertThatThrownBy(() -> AttributePath.of("outcomes", -1)).hasMessage("index: -1 is negative");
    assertThatThrownBy(() -> AttributePath.root().index(0)).hasMessage("index: 0 has no list attribute before it");
  }

  @Test
  void pathsAndLocationsAreEqualByValue() {
    EqualsVerifier.forClass(AttributePath.class).verify();
    EqualsVerifier.forClass(Location.class)
        .withPrefabValues(AttributePath.class, AttributePath.root(), AttributePath.of("chair"))
        .withNonnullFields("kind", "key", "path")
        .verify();
  }

  @Test
  void thePointerIsDerivedFromTheKindThePositionAndThePath() {
    Location at = Location.of(RecordKind.MEETING, "m7").at("participants", 2).at("state");
    assertThat(at.pointer()).isEmpty();
    assertThat(at.index()).isEmpty();
    assertThat(at.withIndex(3).pointer()).contains("/meetings/3/participants/2/state");
    assertThat(at.withIndex(3).index()).hasValue(3);
    assertThat(at).hasToString("meeting m7 participants[2].state");
    assertThat(Location.ofState(CN)).hasToString("state CN");
    assertThat(Location.ofState(CN).withIndex(0).pointer()).contains("/states/0");
    assertThat(Location.of(DATASET.sources().get(0)).kind()).isEqualTo(RecordKind.SOURCE);
    assertThat(Location.of(DATASET.meetings().get(0)).at(AttributePath.of("chair")).path())
        .isEqualTo(AttributePath.of("chair"));
    assertThatThrownBy(() -> at.withIndex(-1)).hasMessage("index: -1 is negative");
    assertThatThrownBy(() -> Location.of(RecordKind.STATE, " ")).hasMessage("key: must not be blank");
  }

  /** Runs a rule that reports with the given call and returns what it reported. */
  private static List<Violation> report(BiConsumer<RuleContext, ViolationSink> body) {
    Rule rule =
        new Rule() {
          @Override
          public String id() {
            return "test.locations";
          }

          @Override
          public String description() {
            return "reports what the test says";
          }

          @Override
          public void check(RuleContext context, ViolationSink sink) {
            assertThat(sink.ruleId()).isEqualTo(id());
            body.accept(context, sink);
          }
        };
    return Validator.builder().addRule(rule).build().validate(DATASET).violations();
  }

  @Test
  void aStateAndARecordWithTheSameKeyAreDifferentSubjects() {
    List<Violation> v =
        report(
            (context, sink) -> {
              sink.warning(Location.ofState(CN), "the state");
              sink.warning(Location.of(DATASET.meetings().get(1)).at("participants", 1).at("state"), "the meeting");
              sink.error(DATASET.meetings().get(1), "the meeting itself");
              sink.warning(Location.ofState(StateCode.of("FR")), "a state without a record");
            });
    assertThat(v).extracting(Violation::subject).containsExactly("CN", "CN", "CN", "FR");
    assertThat(v).extracting(x -> x.pointer().orElse("-"))
        .containsExactly("/states/1", "/meetings/1/participants/1/state", "/meetings/1", "-");
    assertThat(v).extracting(x -> x.location().orElseThrow().kind())
        .containsExactly(RecordKind.STATE, RecordKind.MEETING, RecordKind.MEETING, RecordKind.STATE);
    assertThat(v.get(1).location().orElseThrow().path()).hasToString("participants[1].state");
    assertThat(v).extracting(Violation::ruleId).containsOnly("test.locations");
    assertThat(v.get(2).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aStringSubjectStillFindsARecordBeforeAState() {
    List<Violation> v =
        report(
            (context, sink) -> {
              assertThat(context.pointerOf("CN")).contains("/meetings/1");
              assertThat(context.pointerOf("KZ")).contains("/states/0");
              assertThat(context.indexOf(RecordKind.STATE, "CN")).hasValue(1);
              assertThat(context.indexOf(RecordKind.SOURCE, "CN")).isEmpty();
              @SuppressWarnings("deprecation")
              Runnable old = () -> sink.report(sink.ruleId(), Severity.ERROR, "CN", "participants/1/state", "old");
              old.run();
            });
    assertThat(v.get(0).pointer()).contains("/meetings/1/participants/1/state");
    assertThat(v.get(0).location().orElseThrow().path()).hasToString("participants[1].state");
  }

  @Test
  void aSinkTakesNoViolationOfAnotherRule() {
    Violation other = Violation.builder().ruleId("other.rule").severity(Severity.ERROR).subject("x").message("m").build();
    List<Violation> v =
        report(
            (context, sink) -> {
              assertThatThrownBy(() -> sink.add(other))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage("ruleId: 'other.rule' is not the id of the rule this sink reports for, 'test.locations'");
              @SuppressWarnings("deprecation")
              Runnable wrongId = () -> sink.error("other.rule", "x", "m");
              assertThatThrownBy(wrongId::run).isInstanceOf(IllegalArgumentException.class);
              sink.add(Violation.builder().from(other).ruleId(sink.ruleId()).build());
            });
    assertThat(v).extracting(Violation::ruleId).containsExactly("test.locations");
  }

  @Test
  void aViolationAgreesWithItsLocation() {
    Location at = Location.of(RecordKind.MEETING, "m0").at("chair").withIndex(0);
    Violation v = Violation.builder().ruleId("r").severity(Severity.ERROR).at(at).message("m").build();
    assertThat(v.subject()).isEqualTo("m0");
    assertThat(v.pointer()).contains("/meetings/0/chair");
    assertThat(v.location()).contains(at);
    assertThat(v).hasToString("ERROR r [m0 /meetings/0/chair] m");
    assertThatThrownBy(() -> Violation.builder().from(v).subject("m1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subject: 'm1' is not the key of the location meeting m0 chair");
    assertThatThrownBy(() -> Violation.builder().from(v).pointer("/meetings/1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pointer: Optional[/meetings/1] is not the pointer of the location");
  }
}
