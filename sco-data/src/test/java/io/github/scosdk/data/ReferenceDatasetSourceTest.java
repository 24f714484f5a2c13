package io.github.scosdk.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoRecord;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StatusChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Java source of the reference dataset builds and cites only sources it defines. */
class ReferenceDatasetSourceTest {

  private final ScoDataset dataset = ReferenceDatasetSource.build();

  @Test
  void everyRecordAndStateCitesAtLeastOneSource() {
    assertThat(dataset.records()).allSatisfy(r -> assertThat(r.sources()).as(r.id()).isNotEmpty());
    assertThat(dataset.states()).allSatisfy(s -> assertThat(s.sources()).as(s.code().code()).isNotEmpty());
  }

  @Test
  void everyCitedSourceIsInTheRegistry() {
    Set<String> ids = dataset.sources().stream().map(Source::id).collect(Collectors.toSet());
    List<String> cited = new ArrayList<>();
    dataset.records().forEach(r -> cited.addAll(r.sources()));
    dataset.states().forEach(s -> cited.addAll(s.sources()));
    assertThat(ids).containsAll(cited);
  }

  @Test
  void everyIdReferenceResolves() {
    Set<String> ids = dataset.records().map(ScoRecord::id).collect(Collectors.toSet());
    List<String> refs = new ArrayList<>();
    for (StatusChange c : dataset.statusChanges()) {
      c.decidedAt().ifPresent(refs::add);
      refs.addAll(c.documents());
    }
    for (Meeting m : dataset.meetings()) {
      refs.addAll(m.outcomes());
    }
    for (Presidency p : dataset.presidencies()) {
      p.openedAt().ifPresent(refs::add);
      p.closedAt().ifPresent(refs::add);
    }
    for (Document d : dataset.documents()) {
      d.adoptedAt().ifPresent(refs::add);
      d.links().stream().map(DocumentLink::target).forEach(refs::add);
    }
    dataset.initiatives().forEach(i -> {
      i.proposedAt().ifPresent(refs::add);
      refs.addAll(i.endorsedBy());
    });
    dataset.officials().forEach(o -> o.appointedAt().ifPresent(refs::add));
    dataset.rotationExceptions().forEach(e -> refs.addAll(e.presidencies()));
    assertThat(ids).containsAll(refs);
  }

  @Test
  void everyDocumentAdoptedAtAMeetingIsAmongItsOutcomes() {
    for (Document d : dataset.documents()) {
      d.adoptedAt()
          .ifPresent(m -> assertThat(dataset.meeting(m).orElseThrow().outcomes()).as(d.id()).contains(d.id()));
    }
    for (Meeting m : dataset.meetings()) {
      for (String o : m.outcomes()) {
        assertThat(dataset.document(o).orElseThrow().adoptedAt()).as(o).contains(m.id());
      }
    }
  }

  @Test
  void everySourceANoteCitesIsAmongTheRecordsSources() {
    Pattern cite = Pattern.compile("\\[([A-Z0-9][A-Za-z0-9-]*)\\]");
    List<String> missing = new ArrayList<>();
    dataset.records().forEach(r -> note(r).ifPresent(n -> {
      Matcher m = cite.matcher(n);
      while (m.find()) {
        if (!r.sources().contains(m.group(1))) {
          missing.add(r.id() + " cites [" + m.group(1) + "]");
        }
      }
    }));
    assertThat(missing).isEmpty();
  }

  private static Optional<String> note(ScoRecord r) {
    if (r instanceof StatusChange) {
      return ((StatusChange) r).note();
    } else if (r instanceof Meeting) {
      return ((Meeting) r).note();
    } else if (r instanceof Presidency) {
      return ((Presidency) r).note();
    } else if (r instanceof Document) {
      return ((Document) r).note();
    } else if (r instanceof io.github.scosdk.model.Initiative) {
      return ((io.github.scosdk.model.Initiative) r).note();
    } else if (r instanceof io.github.scosdk.model.Official) {
      return ((io.github.scosdk.model.Official) r).note();
    } else if (r instanceof io.github.scosdk.model.RotationException) {
      return ((io.github.scosdk.model.RotationException) r).note();
    }
    return Optional.empty();
  }

  @Test
  void coversTenMembersAndSeventeenPartnerStates() {
    assertThat(dataset.states()).hasSize(27);
    assertThat(dataset.states().stream().map(State::code).map(Object::toString))
        .contains("CN", "BY", "LA", "MN", "AF", "TR");
  }
}
