package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Overlay;
import io.github.scosdk.model.RecordKind;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link ScoDataset#overlay(ScoDataset)} over generated datasets, for every {@link RecordKind}:
 * overlaying a dataset with itself is the identity, disjoint datasets keep every value, the replaced keys are
 * exactly the shared ones, and the horizon is the later one.
 */
class OverlayPropertyTest {

  private static final int TRIES = 100;

  /** Two datasets generated independently (they share state codes and many ids), with random horizons. */
  private static final Gen<ScoDataset[]> PAIRS = random -> new ScoDataset[] {
    withRandomHorizon(DatasetGenerator.ofSize(8).generate(random), random),
    withRandomHorizon(DatasetGenerator.ofSize(8).generate(random), random)
  };

  @Test
  void overlayOfADatasetWithItselfIsTheIdentity() {
    Properties.forAll(DatasetGenerator.ofSize(10)).tries(TRIES).check(d -> {
      Overlay o = d.overlay(d);
      assertThat(o.dataset()).isEqualTo(d);
      assertThat(o.replacedCount()).isEqualTo((int) Stream.of(RecordKind.values()).mapToLong(k -> k.list(d).size()).sum());
    });
  }

  @Test
  void overlayOfDisjointDatasetsHasEveryValueOfBoth() {
    Gen<ScoDataset[]> halves = random -> split(DatasetGenerator.ofSize(10).generate(random), random);
    Properties.forAll(halves).tries(TRIES).check(pair -> {
      Overlay o = pair[0].overlay(pair[1]);
      assertThat(o.replaced()).isEmpty();
      for (RecordKind kind : RecordKind.values()) {
        List<Object> both = new ArrayList<>(kind.list(pair[0]));
        both.addAll(kind.list(pair[1]));
        assertThat(new ArrayList<Object>(kind.list(o.dataset()))).as(kind.collectionName()).isEqualTo(both);
      }
    });
  }

  @Test
  void theReplacedKeysAreExactlyTheSharedOnesAndTheNewerValuesWin() {
    Properties.forAll(PAIRS).tries(TRIES).check(pair -> {
      ScoDataset older = pair[0];
      ScoDataset newer = pair[1];
      Map<String, Object> olderByKey = byKey(older);
      Map<String, Object> newerByKey = byKey(newer);
      Set<String> shared = new HashSet<>(olderByKey.keySet());
      shared.retainAll(newerByKey.keySet());

      Overlay o = older.overlay(newer);

      Set<String> replaced = new HashSet<>();
      o.replaced().forEach((kind, keys) -> keys.forEach(k -> {
        assertThat(RecordKind.kindOf(olderByKey.get(k))).contains(kind);
        replaced.add(k);
      }));
      assertThat(replaced).isEqualTo(shared);
      Map<String, Object> expected = new LinkedHashMap<>(olderByKey);
      expected.putAll(newerByKey);
      assertThat(byKey(o.dataset())).isEqualTo(expected);
    });
  }

  @Test
  void theHorizonIsTheLaterOne() {
    Properties.forAll(PAIRS).tries(TRIES).check(pair -> {
      Optional<LocalDate> horizon = pair[0].overlay(pair[1]).dataset().asOfDate();
      Optional<LocalDate> later = Stream.of(pair[0].asOfDate(), pair[1].asOfDate())
          .flatMap(Optional::stream).max(LocalDate::compareTo);
      assertThat(horizon).isEqualTo(later);
    });
  }

  private static ScoDataset withRandomHorizon(ScoDataset d, RandomGenerator random) {
    int pick = random.nextInt(4);
    return pick == 0 ? d.withAsOfDate(Optional.empty())
        : d.withAsOfDate(LocalDate.of(2001, 6, 15).plusDays(random.nextInt(9000)));
  }

  /** Every value of the dataset by its key as {@link Overlay#replaced()} writes it. */
  private static Map<String, Object> byKey(ScoDataset d) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      for (Object v : kind.list(d)) {
        Object key = kind.key(v);
        m.put(key instanceof StateCode ? ((StateCode) key).code() : (String) key, v);
      }
    }
    return m;
  }

  /** The dataset's values dealt at random into two datasets (so no key is in both), each with the horizon. */
  private static ScoDataset[] split(ScoDataset d, RandomGenerator random) {
    ScoDataset.Builder a = ScoDataset.builder();
    ScoDataset.Builder b = ScoDataset.builder();
    d.asOfDate().ifPresent(a::asOfDate);
    d.asOfDate().ifPresent(b::asOfDate);
    for (RecordKind kind : RecordKind.values()) {
      List<Object> left = new ArrayList<>();
      List<Object> right = new ArrayList<>();
      for (Object v : kind.list(d)) {
        (random.nextBoolean() ? left : right).add(v);
      }
      addAll(a, kind, left);
      addAll(b, kind, right);
    }
    return new ScoDataset[] {a.build(), b.build()};
  }

  /** The builder's generated {@code addAll<Collection>} method, so that every kind is covered without a list here. */
  private static void addAll(ScoDataset.Builder b, RecordKind kind, List<Object> values) {
    String name = kind.collectionName();
    try {
      Method m = ScoDataset.Builder.class.getMethod(
          "addAll" + Character.toUpperCase(name.charAt(0)) + name.substring(1), Iterable.class);
      m.setAccessible(true); // declared by the generated, package-private builder
      m.invoke(b, values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no addAll method for " + name, e);
    }
  }
}
