package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static io.github.scosdk.model.ModelFixtures.code;
import static io.github.scosdk.model.ModelFixtures.document;
import static io.github.scosdk.model.ModelFixtures.initiative;
import static io.github.scosdk.model.ModelFixtures.meeting;
import static io.github.scosdk.model.ModelFixtures.official;
import static io.github.scosdk.model.ModelFixtures.presidency;
import static io.github.scosdk.model.ModelFixtures.rotationException;
import static io.github.scosdk.model.ModelFixtures.source;
import static io.github.scosdk.model.ModelFixtures.state;
import static io.github.scosdk.model.ModelFixtures.statusChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoDatasetTest {

  /** One record of each kind, with distinct ids. */
  private static ScoDataset full() {
    return ScoDataset.builder()
        .title("Test dataset")
        .asOfDate(LocalDate.of(2025, 9, 1))
        .addStates(state("CN"), state("KG"))
        .addSources(source("src-a"), source("src-b"))
        .addStatusChange(statusChange("sc-1"))
        .addMeetings(meeting("m-1"), meeting("m-2"))
        .addPresidency(presidency("p-1"))
        .addDocument(document("d-1"))
        .addInitiative(initiative("i-1"))
        .addOfficial(official("o-1"))
        .addRotationException(rotationException("r-1"))
        .build();
  }

  @Test
  void anEmptyDatasetIsValid() {
    ScoDataset empty = ScoDataset.builder().build();
    assertThat(empty.title()).isEmpty();
    assertThat(empty.asOfDate()).isEmpty();
    assertThat(empty.states()).isEmpty();
    assertThat(empty.records()).isEmpty();
    assertThat(empty.record("anything")).isEmpty();
    assertThat(empty.state(code("CN"))).isEmpty();
  }

  @Test
  void keepsTitleAsOfDateAndCollectionsInTheOrderGiven() {
    ScoDataset d =
        ScoDataset.builder()
            .title("t")
            .asOfDate(LocalDate.of(2025, 9, 1))
            .addStates(state("KG"), state("CN"), state("RU"))
            .addMeetings(meeting("m-2"), meeting("m-1"))
            .build();
    assertThat(d.title()).contains("t");
    assertThat(d.asOfDate()).contains(LocalDate.of(2025, 9, 1));
    assertThat(d.states()).extracting(State::code).containsExactly(code("KG"), code("CN"), code("RU"));
    assertThat(d.meetings()).extracting(Meeting::id).containsExactly("m-2", "m-1");
  }

  @Test
  void recordsAreOrderedByKindThenAsGivenAndExcludeSources() {
    assertThat(full().records().map(ScoRecord::id))
        .containsExactly("sc-1", "m-1", "m-2", "p-1", "d-1", "i-1", "o-1", "r-1");
  }

  @Test
  void looksUpStatesAndSources() {
    ScoDataset d = full();
    assertThat(d.state(code("KG"))).contains(state("KG"));
    assertThat(d.state(code("RU"))).isEmpty();
    assertThat(d.source("src-b")).contains(source("src-b"));
    assertThat(d.source("src-z")).isEmpty();
    assertThat(d.source("m-1")).isEmpty();
  }

  @Test
  void looksUpRecordsOfAnyKindById() {
    ScoDataset d = full();
    assertThat(d.record("sc-1")).contains(statusChange("sc-1"));
    assertThat(d.record("m-2")).contains(meeting("m-2"));
    assertThat(d.record("p-1")).contains(presidency("p-1"));
    assertThat(d.record("d-1")).contains(document("d-1"));
    assertThat(d.record("i-1")).contains(initiative("i-1"));
    assertThat(d.record("o-1")).contains(official("o-1"));
    assertThat(d.record("r-1")).contains(rotationException("r-1"));
    assertThat(d.record("src-a")).isEmpty();
    assertThat(d.record("missing")).isEmpty();
  }

  @Test
  void typedLookUpsFindOnlyTheirKind() {
    ScoDataset d = full();
    assertThat(d.statusChange("sc-1")).contains(statusChange("sc-1"));
    assertThat(d.meeting("m-1")).contains(meeting("m-1"));
    assertThat(d.presidency("p-1")).contains(presidency("p-1"));
    assertThat(d.document("d-1")).contains(document("d-1"));
    assertThat(d.initiative("i-1")).contains(initiative("i-1"));
    assertThat(d.official("o-1")).contains(official("o-1"));
    assertThat(d.rotationException("r-1")).contains(rotationException("r-1"));

    assertThat(d.meeting("d-1")).isEmpty();
    assertThat(d.document("m-1")).isEmpty();
    assertThat(d.presidency("sc-1")).isEmpty();
    assertThat(d.statusChange("p-1")).isEmpty();
    assertThat(d.initiative("o-1")).isEmpty();
    assertThat(d.official("i-1")).isEmpty();
    assertThat(d.rotationException("p-1")).isEmpty();
    assertThat(d.meeting("missing")).isEmpty();
  }

  @Test
  void lookUpsAgreeWithTheListsForEveryRecord() {
    ScoDataset d = full();
    d.records().forEach(r -> assertThat(d.record(r.id())).as(r.id()).containsSame(r));
    d.meetings().forEach(m -> assertThat(d.meeting(m.id())).containsSame(m));
    d.sources().forEach(s -> assertThat(d.source(s.id())).containsSame(s));
    d.states().forEach(s -> assertThat(d.state(s.code())).containsSame(s));
  }

  @Test
  void rejectsTwoStatesWithTheSameCode() {
    assertRejected(
        () -> ScoDataset.builder().addStates(state("CN"), state("KG"), state("CN")).build(), "states", "'CN'");
  }

  @Test
  void rejectsTwoSourcesWithTheSameId() {
    assertRejected(
        () -> ScoDataset.builder().addSources(source("src-a"), source("src-a")).build(), "sources", "'src-a'");
  }

  @Test
  void rejectsASourceIdReusedByARecord() {
    assertThatThrownBy(() -> ScoDataset.builder().addSource(source("shared")).addMeeting(meeting("shared")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'shared'")
        .hasMessage("id: duplicate id 'shared' on a meeting (already used by a source)");
  }

  @Test
  void rejectsAnIdSharedByAMeetingAndADocument() {
    assertThatThrownBy(() -> ScoDataset.builder().addMeeting(meeting("shared")).addDocument(document("shared")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id: duplicate id 'shared' on a document (already used by a meeting)");
  }

  /** Builds a dataset holding a record of kind {@code a} and one of kind {@code b}, both with the given id. */
  record Adder(String kind, BiFunction<ScoDataset.Builder, String, ScoDataset.Builder> add) {
    @Override
    public String toString() {
      return kind;
    }
  }

  static List<Adder> adders() {
    return List.of(
        new Adder("status change", (b, id) -> b.addStatusChange(statusChange(id))),
        new Adder("meeting", (b, id) -> b.addMeeting(meeting(id))),
        new Adder("presidency", (b, id) -> b.addPresidency(presidency(id))),
        new Adder("document", (b, id) -> b.addDocument(document(id))),
        new Adder("initiative", (b, id) -> b.addInitiative(initiative(id))),
        new Adder("official", (b, id) -> b.addOfficial(official(id))),
        new Adder("rotation exception", (b, id) -> b.addRotationException(rotationException(id))),
        new Adder("application", (b, id) -> b.addApplication(ModelFixtures.application(id))),
        new Adder("source", (b, id) -> b.addSource(source(id))));
  }

  static Stream<Arguments> everyPairOfKinds() {
    return adders().stream().flatMap(a -> adders().stream().map(b -> Arguments.of(a, b)));
  }

  @ParameterizedTest(name = "{0} and {1}")
  @MethodSource("everyPairOfKinds")
  void rejectsAnIdUsedTwiceAcrossAnyTwoKinds(Adder first, Adder second) {
    ScoDataset.Builder b = ScoDataset.builder();
    first.add().apply(b, "dup-id");
    second.add().apply(b, "dup-id");
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dup-id'")
        .hasMessageContaining(first.kind().equals("Source") ? "source" : first.kind());
  }

  @Test
  void distinctIdsAcrossEveryKindAreAccepted() {
    ScoDataset.Builder b = ScoDataset.builder();
    List<Adder> adders = adders();
    for (int i = 0; i < adders.size(); i++) {
      adders.get(i).add().apply(b, "id-" + i);
    }
    ScoDataset d = b.build();
    assertThat(d.records().map(ScoRecord::id).collect(Collectors.toList())).hasSize(adders.size() - 1);
    assertThat(d.sources()).hasSize(1);
  }

  @Test
  void aStateCodeDoesNotClashWithARecordIdSpeltTheSame() {
    ScoDataset d = ScoDataset.builder().addState(state("CN")).addMeeting(meeting("CN")).build();
    assertThat(d.state(code("CN"))).isPresent();
    assertThat(d.meeting("CN")).isPresent();
  }

  @Test
  void copiesAreCheckedForDuplicatesToo() {
    ScoDataset d = full();
    assertThatThrownBy(() -> ScoDataset.builder().from(d).addDocument(document("m-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'m-1'");
  }

  @Test
  void equalDatasetsHaveEqualContent() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    ScoDataset lookedUp = full();
    lookedUp.record("m-1");
    lookedUp.state(code("CN"));
    lookedUp.source("src-a");
    assertThat(lookedUp).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(full()).isNotEqualTo(ScoDataset.builder().from(full()).title("other").build());
  }
}
