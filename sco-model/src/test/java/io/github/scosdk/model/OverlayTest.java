package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.code;
import static io.github.scosdk.model.ModelFixtures.document;
import static io.github.scosdk.model.ModelFixtures.meeting;
import static io.github.scosdk.model.ModelFixtures.source;
import static io.github.scosdk.model.ModelFixtures.state;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverlayTest {

  private static final LocalDate MARCH = LocalDate.of(2026, 3, 10);
  private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

  private static ScoDataset older() {
    return ScoDataset.builder()
        .title("Reference")
        .asOfDate(MARCH)
        .addStates(state("CN"), state("KG"))
        .addSources(source("src-a"))
        .addMeetings(meeting("m-1"), meeting("m-2"), meeting("m-3"))
        .addDocument(document("d-1"))
        .build();
  }

  @Test
  void newerRecordsReplaceInPlaceAndTheRestAreAdded() {
    Meeting moved = Meeting.builder().from(meeting("m-2")).chair(code("KG")).build();
    ScoDataset newer = ScoDataset.builder().asOfDate(JULY)
        .addMeetings(meeting("m-4"), moved)
        .addStates(state("IN"))
        .build();

    Overlay o = older().overlay(newer);

    assertThat(o.dataset().meetings()).extracting(Meeting::id).containsExactly("m-1", "m-2", "m-3", "m-4");
    assertThat(o.dataset().meeting("m-2")).contains(moved);
    assertThat(o.dataset().states()).extracting(State::code).containsExactly(code("CN"), code("KG"), code("IN"));
    assertThat(o.replaced()).isEqualTo(Map.of(RecordKind.MEETING, Set.of("m-2")));
    assertThat(o.replacedCount()).isEqualTo(1);
    assertThat(o.dataset().asOfDate()).contains(JULY);
    assertThat(o.dataset().title()).contains("Reference");
  }

  @Test
  void aStateIsReplacedByItsCode() {
    State renamed = State.builder().from(state("KG")).nameEn("Kyrgyz Republic").build();
    Overlay o = older().overlay(ScoDataset.builder().addState(renamed).build());
    assertThat(o.replaced(RecordKind.STATE)).containsExactly("KG");
    assertThat(o.dataset().state(code("KG"))).contains(renamed);
    assertThat(o.dataset().states()).hasSize(2);
  }

  @Test
  void aRecordOfAnotherKindWithTheSameIdWinsAndIsListedUnderTheKindItReplaced() {
    // ids are unique across kinds: the newer fact under an id is the one kept, whatever its kind
    ScoDataset newer = ScoDataset.builder().addDocument(document("m-1")).addMeeting(meeting("src-a")).build();

    Overlay o = older().overlay(newer);

    assertThat(o.dataset().meeting("m-1")).isEmpty();
    assertThat(o.dataset().document("m-1")).isPresent();
    assertThat(o.dataset().source("src-a")).isEmpty();
    assertThat(o.dataset().meeting("src-a")).isPresent();
    assertThat(o.dataset().documents()).extracting(Document::id).containsExactly("d-1", "m-1");
    assertThat(o.replaced()).isEqualTo(Map.of(RecordKind.MEETING, Set.of("m-1"), RecordKind.SOURCE, Set.of("src-a")));
  }

  @Test
  void theHorizonIsTheLaterOneOrTheOneDeclared() {
    ScoDataset noHorizon = ScoDataset.builder().build();
    assertThat(older().overlay(noHorizon).dataset().asOfDate()).contains(MARCH);
    assertThat(noHorizon.overlay(older()).dataset().asOfDate()).contains(MARCH);
    assertThat(noHorizon.overlay(noHorizon).dataset().asOfDate()).isEmpty();
    ScoDataset earlier = ScoDataset.builder().asOfDate(MARCH.minusDays(1)).build();
    assertThat(older().overlay(earlier).dataset().asOfDate()).contains(MARCH);
    assertThat(noHorizon.overlay(older()).dataset().title()).contains("Reference");
  }

  @Test
  void overlayingWithItselfGivesTheSameDatasetWithEveryKeyReplaced() {
    Overlay o = older().overlay(older());
    assertThat(o.dataset()).isEqualTo(older());
    assertThat(o.replacedCount()).isEqualTo(2 + 1 + 3 + 1);
  }

  @Test
  void theSnapshotSaysWhenItIsBeyondTheHorizon() {
    ScoDataset d = older();
    assertThat(d.asOf(MARCH).beyondHorizon()).isFalse();
    assertThat(d.asOf(MARCH).horizon()).contains(MARCH);
    assertThat(d.asOf(MARCH.plusDays(1)).beyondHorizon()).isTrue();
    assertThat(d.beyondHorizon(MARCH.plusDays(1))).isTrue();
    assertThat(d.beyondHorizon(MARCH)).isFalse();
    ScoDataset undeclared = ScoDataset.builder().build();
    assertThat(undeclared.asOf(LocalDate.MAX).beyondHorizon()).isFalse();
    assertThat(undeclared.asOf(LocalDate.MAX).horizon()).isEmpty();
    assertThat(undeclared.beyondHorizon(LocalDate.MAX)).isFalse();
  }
}
