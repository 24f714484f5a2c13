package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.ScoDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class PropertiesTest {

  private static final List<Long> SEEN = new ArrayList<>();

  @AfterEach
  void clearSystemProperties() {
    System.clearProperty(Properties.TRIES_PROPERTY);
    System.clearProperty(Properties.SEED_PROPERTY);
  }

  @Test
  void aHoldingPropertyRunsTheDefaultNumberOfTries() {
    AtomicInteger n = new AtomicInteger();
    Properties.forAll(Gen.ints(0, 10), i -> n.incrementAndGet());
    assertThat(n.get()).isEqualTo(Properties.DEFAULT_TRIES);
  }

  @Test
  void theSystemPropertyRaisesTheTries() {
    System.setProperty(Properties.TRIES_PROPERTY, "321");
    AtomicInteger n = new AtomicInteger();
    Properties.forAll(Gen.ints(0, 10)).tries(5).check(i -> n.incrementAndGet());
    assertThat(n.get()).isEqualTo(321);
  }

  @Test
  void aCostlyPropertyRunsItsSmokeTriesUnlessTheRunIsDeepAndTheTriesPropertyWinsOverBoth() {
    String deep = System.getProperty(Properties.DEEP_PROPERTY);
    try {
      System.clearProperty(Properties.DEEP_PROPERTY);
      assertThat(Properties.deep()).isFalse();
      assertThat(Properties.tries(7, 70)).isEqualTo(7);
      System.setProperty(Properties.DEEP_PROPERTY, "true");
      assertThat(Properties.deep()).isTrue();
      assertThat(Properties.tries(7, 70)).isEqualTo(70);
      System.setProperty(Properties.TRIES_PROPERTY, "3");
      assertThat(Properties.tries(7, 70)).isEqualTo(3);
    } finally {
      if (deep == null) {
        System.clearProperty(Properties.DEEP_PROPERTY);
      } else {
        System.setProperty(Properties.DEEP_PROPERTY, deep);
      }
    }
  }

  @Test
  void aBadTriesPropertyIsRejected() {
    System.setProperty(Properties.TRIES_PROPERTY, "many");
    assertThatThrownBy(() -> Properties.forAll(Gen.ints(0, 1), i -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("many");
  }

  @Test
  void aFailureReportsTheSeedThatRegeneratesTheCounterexample() {
    Gen<ScoDataset> gen = DatasetGenerator.ofSize(10);
    PropertyFailure f =
        org.junit.jupiter.api.Assertions.assertThrows(
            PropertyFailure.class,
            () ->
                Properties.forAll(gen)
                    .seed(99)
                    .check(d -> assertThat(d.presidencies()).hasSizeLessThan(5)));

    assertThat(gen.generate(new SplittableRandom(f.seed()))).isEqualTo(f.original());
    assertThat(f.getMessage()).contains("seed " + f.seed()).contains("-Dsco.testkit.seed=" + f.seed());
    ScoDataset shrunk = (ScoDataset) f.shrunk();
    assertThat(shrunk.presidencies()).hasSize(5);
    assertThat(shrunk.meetings()).isEmpty();
    assertThat(shrunk.states()).isEmpty();
    assertThat(f.getCause()).isInstanceOf(AssertionError.class);

    System.setProperty(Properties.SEED_PROPERTY, Long.toString(f.seed()));
    PropertyFailure again =
        org.junit.jupiter.api.Assertions.assertThrows(
            PropertyFailure.class,
            () -> Properties.forAll(gen).check(d -> assertThat(d.presidencies()).hasSizeLessThan(5)));
    assertThat(again.tryNumber()).isEqualTo(1);
    assertThat(again.original()).isEqualTo(f.original());
  }

  @Test
  void shrinkingKeepsTheKindOfFailure() {
    PropertyFailure f =
        org.junit.jupiter.api.Assertions.assertThrows(
            PropertyFailure.class,
            () ->
                Properties.forAll(Gen.ints(0, 1000))
                    .seed(1)
                    .shrinkWith(i -> i > 0 ? java.util.stream.Stream.of(0, i / 2, i - 1) : java.util.stream.Stream.empty())
                    .check(
                        i -> {
                          if (i == 0) {
                            throw new IllegalStateException("zero");
                          }
                          if (i >= 100) {
                            throw new AssertionError("big " + i);
                          }
                        }));
    assertThat(f.shrunk()).isEqualTo(100);
    assertThat(f.getCause()).isInstanceOf(AssertionError.class).hasMessage("big 100");
  }

  @Test
  void seedsAreAChainFromTheBase() {
    List<Long> seeds = Properties.seeds(5, 3).toList();
    assertThat(seeds).hasSize(3).startsWith(5L).doesNotHaveDuplicates();
    assertThat(Properties.seeds(seeds.get(1), 2).toList()).containsExactly(seeds.get(1), seeds.get(2));
  }

  @ParameterizedTest(name = "seed {0}")
  @RandomSeeds(tries = 7, base = 11)
  void theSeedSourceSuppliesTheSeedChain(long seed) {
    SEEN.add(seed);
    List<Long> expected = Properties.seeds(11, 7).toList();
    assertThat(expected).contains(seed);
    assertThat(expected.subList(0, SEEN.size())).isEqualTo(SEEN);
  }
}
