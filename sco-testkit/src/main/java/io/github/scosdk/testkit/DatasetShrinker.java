package io.github.scosdk.testkit;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.Initiative;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StatusChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Shrinks an {@link ScoDataset}: drops records (halves first, then quarters, … then one at a time, in every
 * list: states, sources, status changes, meetings, presidency terms, documents, initiatives, officials,
 * rotation exceptions, applications), shortens the lists inside records (participants, signatories, outcomes, links) and
 * simplifies values (drops optional fields, notes, titles, sources).
 *
 * <p>Every candidate is strictly smaller by {@link #weight(ScoDataset)}, so greedy shrinking terminates. Candidates
 * are not required to be valid datasets: whether a candidate is kept is up to the property. Stateless and
 * thread-safe.
 */
public final class DatasetShrinker implements Shrinker<ScoDataset> {

  private static final DatasetShrinker INSTANCE = new DatasetShrinker();

  private DatasetShrinker() {}

  /**
   * The shrinker.
   *
   * @return the shared instance (stateless)
   */
  public static DatasetShrinker instance() {
    return INSTANCE;
  }

  /**
   * The size that shrinking decreases: records, list entries inside records, sources cited and optional fields
   * present.
   *
   * @param d the dataset, not null
   * @return its weight, at least 0
   */
  public static int weight(ScoDataset d) {
    int w = d.title().isPresent() ? 1 : 0;
    w += d.asOfDate().isPresent() ? 1 : 0;
    for (State s : d.states()) {
      w += 1 + s.sources().size();
    }
    w += d.sources().size();
    for (StatusChange c : d.statusChanges()) {
      w += 1 + c.sources().size() + c.documents().size() + count(c.decidedAt(), c.note());
    }
    for (AccessionStep a : d.accessionSteps()) {
      w += 1 + a.sources().size() + a.documents().size() + count(a.decidedAt(), a.note());
    }
    for (Meeting m : d.meetings()) {
      w += 1 + m.sources().size() + m.outcomes().size() + count(m.title(), m.note(), m.venue());
      w += m.ordinal().isPresent() ? 1 : 0;
      for (Participant p : m.participants()) {
        w += 1 + count(p.headOfDelegation(), p.level());
      }
    }
    for (Presidency p : d.presidencies()) {
      w += 1 + p.sources().size() + count(p.openedAt(), p.closedAt(), p.slogan(), p.note());
    }
    for (Document doc : d.documents()) {
      w += 1 + doc.sources().size() + doc.signatories().size() + doc.links().size() + doc.titles().size();
      w += count(doc.note(), doc.inForce());
    }
    for (Initiative i : d.initiatives()) {
      w += 1 + i.sources().size() + i.areas().size() + i.endorsedBy().size();
      w += count(i.proposedBy(), i.description(), i.note());
    }
    for (Official o : d.officials()) {
      w += 1 + o.sources().size() + count(o.appointedAt(), o.note());
    }
    for (RotationException e : d.rotationExceptions()) {
      w += 1 + e.sources().size() + e.presidencies().size() + e.states().size();
    }
    for (Application a : d.applications()) {
      w += 1 + a.sources().size() + count(a.sought(), a.decidedAt(), a.note());
    }
    return w;
  }

  private static int count(Optional<?>... optionals) {
    int n = 0;
    for (Optional<?> o : optionals) {
      n += o.isPresent() ? 1 : 0;
    }
    return n;
  }

  @Override
  public Stream<ScoDataset> candidates(ScoDataset d) {
    int w = weight(d);
    Stream<Supplier<ScoDataset>> drops =
        Stream.of(
                list(d, ScoDataset::presidencies, ScoDataset.Builder::presidencies),
                list(d, ScoDataset::meetings, ScoDataset.Builder::meetings),
                list(d, ScoDataset::documents, ScoDataset.Builder::documents),
                list(d, ScoDataset::statusChanges, ScoDataset.Builder::statusChanges),
                list(d, ScoDataset::accessionSteps, ScoDataset.Builder::accessionSteps),
                list(d, ScoDataset::initiatives, ScoDataset.Builder::initiatives),
                list(d, ScoDataset::officials, ScoDataset.Builder::officials),
                list(d, ScoDataset::rotationExceptions, ScoDataset.Builder::rotationExceptions),
                list(d, ScoDataset::applications, ScoDataset.Builder::applications),
                list(d, ScoDataset::states, ScoDataset.Builder::states),
                list(d, ScoDataset::sources, ScoDataset.Builder::sources))
            .flatMap(Function.identity());
    Stream<Supplier<ScoDataset>> inner =
        Stream.of(
                inside(d, ScoDataset::meetings, ScoDataset.Builder::meetings, DatasetShrinker::meetingCandidates),
                inside(d, ScoDataset::documents, ScoDataset.Builder::documents, DatasetShrinker::documentCandidates))
            .flatMap(Function.identity());
    Stream<Supplier<ScoDataset>> simpler = simplifications(d);
    return Stream.of(drops, inner, simpler)
        .flatMap(Function.identity())
        .map(DatasetShrinker::build)
        .filter(o -> o.isPresent() && weight(o.get()) < w)
        .map(Optional::get);
  }

  private static Optional<ScoDataset> build(Supplier<ScoDataset> s) {
    try {
      return Optional.of(s.get());
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** Removing chunks of a list: the whole list, halves, quarters, … single elements. */
  static <T> Stream<List<T>> chunksRemoved(List<T> list) {
    int n = list.size();
    if (n == 0) {
      return Stream.empty();
    }
    List<Integer> sizes = new ArrayList<>();
    for (int c = n; c >= 1; c = c == 1 ? 0 : (c + 1) / 2) {
      sizes.add(c);
    }
    return sizes.stream()
        .distinct()
        .flatMap(
            c ->
                IntStream.iterate(0, i -> i < n, i -> i + c)
                    .mapToObj(
                        start -> {
                          List<T> out = new ArrayList<>(list.subList(0, start));
                          out.addAll(list.subList(Math.min(n, start + c), n));
                          return out;
                        }));
  }

  private static <T> Stream<Supplier<ScoDataset>> list(
      ScoDataset d,
      Function<ScoDataset, List<T>> get,
      BiFunction<ScoDataset.Builder, Iterable<T>, ScoDataset.Builder> set) {
    return chunksRemoved(get.apply(d)).map(l -> () -> set.apply(ScoDataset.builder().from(d), l).build());
  }

  private static <T> Stream<Supplier<ScoDataset>> inside(
      ScoDataset d,
      Function<ScoDataset, List<T>> get,
      BiFunction<ScoDataset.Builder, Iterable<T>, ScoDataset.Builder> set,
      Function<T, Stream<T>> smaller) {
    List<T> items = get.apply(d);
    return IntStream.range(0, items.size())
        .boxed()
        .flatMap(
            i ->
                smaller
                    .apply(items.get(i))
                    .map(
                        t ->
                            () -> {
                              List<T> copy = new ArrayList<>(items);
                              copy.set(i, t);
                              return set.apply(ScoDataset.builder().from(d), copy).build();
                            }));
  }

  private static Stream<Meeting> meetingCandidates(Meeting m) {
    Stream<Meeting> fewer =
        chunksRemoved(m.participants()).map(ps -> Meeting.builder().from(m).participants(ps).build());
    Stream<Meeting> plain =
        Stream.<Supplier<Meeting>>of(
            () ->
                Meeting.builder()
                    .from(m)
                    .title(Optional.empty())
                    .note(Optional.empty())
                    .venue(Optional.empty())
                    .ordinal(OptionalInt.empty())
                    .build(),
            () -> Meeting.builder().from(m).outcomes(List.of()).build(),
            () -> {
              List<Participant> ps = new ArrayList<>();
              for (Participant p : m.participants()) {
                ps.add(
                    Participant.builder()
                        .from(p)
                        .headOfDelegation(Optional.empty())
                        .level(Optional.empty())
                        .build());
              }
              return Meeting.builder().from(m).participants(ps).build();
            })
            .map(Supplier::get);
    return Stream.concat(fewer, plain.filter(x -> !x.equals(m)));
  }

  private static Stream<Document> documentCandidates(Document doc) {
    Stream<Document> fewer =
        chunksRemoved(doc.signatories()).map(s -> Document.builder().from(doc).signatories(s).build());
    Supplier<Document> plain =
        () -> {
          Map.Entry<Language, String> first = doc.titles().entrySet().iterator().next();
          return Document.builder()
              .from(doc)
              .titles(Map.of(first.getKey(), first.getValue()))
              .links(List.of())
              .note(Optional.empty())
              .inForce(Optional.empty())
              .build();
        };
    return Stream.concat(fewer, Stream.of(plain).map(Supplier::get).filter(x -> !x.equals(doc)));
  }

  private static Stream<Supplier<ScoDataset>> simplifications(ScoDataset d) {
    List<Supplier<ScoDataset>> out = new ArrayList<>();
    out.add(() -> ScoDataset.builder().from(d).title(Optional.empty()).asOfDate(Optional.empty()).build());
    out.add(
        () ->
            ScoDataset.builder()
                .from(d)
                .states(mapAll(d.states(), s -> State.builder().from(s).sources(List.of()).build()))
                .statusChanges(
                    mapAll(
                        d.statusChanges(),
                        c -> StatusChange.builder().from(c).sources(List.of()).documents(List.of()).build()))
                .accessionSteps(
                    mapAll(
                        d.accessionSteps(),
                        a -> AccessionStep.builder().from(a).sources(List.of()).documents(List.of()).build()))
                .meetings(mapAll(d.meetings(), m -> Meeting.builder().from(m).sources(List.of()).build()))
                .presidencies(
                    mapAll(
                        d.presidencies(),
                        p ->
                            Presidency.builder()
                                .from(p)
                                .sources(List.of())
                                .slogan(Optional.empty())
                                .note(Optional.empty())
                                .build()))
                .documents(mapAll(d.documents(), x -> Document.builder().from(x).sources(List.of()).build()))
                .initiatives(
                    mapAll(
                        d.initiatives(),
                        i ->
                            Initiative.builder()
                                .from(i)
                                .sources(List.of())
                                .areas(List.of())
                                .proposedBy(Optional.empty())
                                .description(Optional.empty())
                                .build()))
                .officials(mapAll(d.officials(), o -> Official.builder().from(o).sources(List.of()).build()))
                .applications(
                    mapAll(
                        d.applications(),
                        a -> Application.builder().from(a).sources(List.of()).note(Optional.empty()).build()))
                .build());
    out.add(
        () ->
            ScoDataset.builder()
                .from(d)
                .statusChanges(
                    mapAll(
                        d.statusChanges(),
                        c -> StatusChange.builder().from(c).decidedAt(Optional.empty()).note(Optional.empty()).build()))
                .accessionSteps(
                    mapAll(
                        d.accessionSteps(),
                        a -> AccessionStep.builder().from(a).decidedAt(Optional.empty()).note(Optional.empty()).build()))
                .build());
    out.add(() -> ScoDataset.builder().from(d).sources(List.<Source>of()).build());
    return out.stream();
  }

  private static <T> List<T> mapAll(List<T> list, UnaryOperator<T> f) {
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      out.add(f.apply(t));
    }
    return out;
  }

  @Override
  public String toString() {
    return "DatasetShrinker";
  }
}
