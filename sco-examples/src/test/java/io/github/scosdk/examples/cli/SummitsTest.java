package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.examples.TestData;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The summit index agrees, term by term, with the plain definition over {@link ScoDataset#meetingsOf}. */
class SummitsTest {

  static Stream<ScoDataset> datasets() {
    return Stream.of(TestData.dataset(), ScoReference.dataset());
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void agreesWithThePlainDefinitionForEveryTerm(ScoDataset data) {
    Summits index = Summits.of(data);
    for (Presidency term : data.presidencies()) {
      assertThat(index.of(term)).as(term.id()).isEqualTo(plain(data, term));
    }
  }

  /** The summits of a term as the command computed them before the index: quadratic, obviously right. */
  private static List<Meeting> plain(ScoDataset data, Presidency term) {
    Set<String> closingOthers = data.presidencies().stream()
        .filter(p -> !p.id().equals(term.id()) && p.body() == term.body())
        .flatMap(p -> p.closedAt().stream())
        .collect(Collectors.toSet());
    term.openedAt().ifPresent(closingOthers::add);
    Map<String, Meeting> found = new LinkedHashMap<>();
    for (Meeting m : data.meetingsOf(term)) {
      if (Summits.isSession(m, term.body()) && !closingOthers.contains(m.id())) {
        found.put(m.id(), m);
      }
    }
    term.closedAt().flatMap(data::meeting).ifPresent(m -> found.putIfAbsent(m.id(), m));
    List<Meeting> list = new ArrayList<>(found.values());
    list.sort(Comparator.comparing((Meeting m) -> m.startDate().earliest()).thenComparing(Meeting::id));
    return list;
  }
}
