package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link RecordKind}: the one list of record kinds, and what a dataset derives from it. */
class RecordKindTest {

  /** A dataset with two values of every kind, the second of each kind built from the id {@code b-<kind>}. */
  private static final ScoDataset DATASET =
      ScoDataset.builder()
          .addStates(ModelFixtures.state("CN"), ModelFixtures.state("KG"))
          .addSources(ModelFixtures.source("a-src"), ModelFixtures.source("b-src"))
          .addStatusChanges(ModelFixtures.statusChange("a-sc"), ModelFixtures.statusChange("b-sc"))
          .addAccessionSteps(ModelFixtures.accessionStep("a-as"), ModelFixtures.accessionStep("b-as"))
          .addMeetings(ModelFixtures.meeting("a-m"), ModelFixtures.meeting("b-m"))
          .addPresidencies(ModelFixtures.presidency("a-p"), ModelFixtures.presidency("b-p"))
          .addDocuments(ModelFixtures.document("a-d"), ModelFixtures.document("b-d"))
          .addInitiatives(ModelFixtures.initiative("a-i"), ModelFixtures.initiative("b-i"))
          .addOfficials(ModelFixtures.official("a-o"), ModelFixtures.official("b-o"))
          .addRotationExceptions(ModelFixtures.rotationException("a-r"), ModelFixtures.rotationException("b-r"))
          .addApplications(ModelFixtures.application("a-a"), ModelFixtures.application("b-a"))
          .build();

  @Test
  void everyListOfTheDatasetIsTheListOfExactlyOneKindInDocumentOrder() {
    assertThat(Stream.of(RecordKind.values()).<Object>map(k -> k.list(DATASET)))
        .containsExactly(
            DATASET.states(), DATASET.sources(), DATASET.statusChanges(), DATASET.accessionSteps(),
            DATASET.meetings(),
            DATASET.presidencies(), DATASET.documents(), DATASET.initiatives(), DATASET.officials(),
            DATASET.rotationExceptions(), DATASET.applications());
    assertThat(Stream.of(RecordKind.values()).map(RecordKind::collectionName))
        .containsExactly(
            "states", "sources", "statusChanges", "accessionSteps", "meetings", "presidencies", "documents",
            "initiatives", "officials", "rotationExceptions", "applications");
  }

  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void eachValueIsOfItsKindAndKeyedByItsCodeOrId(RecordKind kind) {
    assertThat(kind.accessor().apply(DATASET)).isSameAs(kind.list(DATASET));
    for (Object value : kind.list(DATASET)) {
      assertThat(kind.type()).isInstanceOf(Class.class);
      assertThat(kind.type().isInstance(value)).isTrue();
      assertThat(RecordKind.kindOf(value)).contains(kind);
      assertThat(RecordKind.ofType(value.getClass())).contains(kind);
      Object key = kind.key(value);
      if (kind == RecordKind.STATE) {
        assertThat(key).isEqualTo(((State) value).code());
      } else {
        assertThat(key).isInstanceOf(String.class);
        assertThat(kind.isRecord()).isEqualTo(value instanceof ScoRecord);
        assertThat(kind == RecordKind.SOURCE ? ((Source) value).id() : ((ScoRecord) value).id()).isEqualTo(key);
      }
    }
  }

  @Test
  void theRecordKindsAreEveryKindButStatesAndSourcesAndRecordsFollowThem() {
    assertThat(EnumSet.copyOf(RecordKind.records()))
        .isEqualTo(EnumSet.complementOf(EnumSet.of(RecordKind.STATE, RecordKind.SOURCE)));
    assertThat(DATASET.records().map(ScoRecord::id))
        .containsExactly("a-sc", "b-sc", "a-as", "b-as", "a-m", "b-m", "a-p", "b-p", "a-d", "b-d", "a-i", "b-i",
            "a-o", "b-o", "a-r", "b-r", "a-a", "b-a");
  }

  @Test
  void namesAreDistinctLowerCaseWords() {
    Set<String> names = Stream.of(RecordKind.values()).map(RecordKind::displayName).collect(Collectors.toSet());
    assertThat(names).hasSize(RecordKind.values().length).allMatch(n -> n.matches("[a-z]+( [a-z]+)*"));
    assertThat(RecordKind.STATUS_CHANGE.displayName()).isEqualTo("status change");
    assertThat(RecordKind.ROTATION_EXCEPTION.displayName()).isEqualTo("rotation exception");
  }

  @Test
  void whatIsNoValueOfADatasetHasNoKind() {
    assertThat(RecordKind.kindOf("a string")).isEmpty();
    assertThat(RecordKind.ofType(Object.class)).isEmpty();
    assertThat(RecordKind.ofType(ScoRecord.class)).isEmpty();
  }

  @Test
  void everyKindHasADatasetLookUpThatFindsItsValuesById() {
    for (RecordKind kind : RecordKind.records()) {
      for (Object value : kind.list(DATASET)) {
        assertThat(DATASET.record(((ScoRecord) value).id())).containsSame((ScoRecord) value);
      }
    }
    assertThat(DATASET.record("a-src")).isEmpty();
    assertThat(List.of(DATASET.source("a-src").orElseThrow())).containsExactly(DATASET.sources().get(0));
  }

  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void theBuildersAddAllOfAKindFillsExactlyThatKindsList(RecordKind kind) {
    ScoDataset copy = ScoDataset.builder().addAll(kind, kind.list(DATASET)).build();
    for (RecordKind k : RecordKind.values()) {
      assertThat(k.list(copy)).isEqualTo(k == kind ? k.list(DATASET) : List.of());
    }
  }

  @Test
  void theBuildersAddAllRefusesAValueOfAnotherKindNamingTheCollection() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ScoDataset.builder().addAll(RecordKind.MEETING, DATASET.sources()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("meetings: not a meeting: ");
  }
}
