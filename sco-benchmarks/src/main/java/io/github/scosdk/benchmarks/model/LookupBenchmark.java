package io.github.scosdk.benchmarks.model;

import io.github.scosdk.benchmarks.data.SyntheticDataset;
import io.github.scosdk.model.Body;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StateCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link ScoDataset#statusOn} and {@link ScoDataset#presidencyOn} on histories of {@code changes} status changes
 * (six founders, the rest spread over forty partner states) and {@code changes} presidency terms, at 1,024 seeded random (state, day) pairs across the
 * partners' history and days across the presidency timeline, cycled. O(log n) shows as a time that grows by a constant step for each tenfold size.
 * {@link #presidencyOnChg} asks {@link ScoDataset#presidencyOn(Body, LocalDate)} for the Council of Heads of
 * Government on a copy of the dataset that also holds {@code changes} CHG chairmanship terms (one per presidency
 * term, same days), so that each body's index holds {@code changes} terms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LookupBenchmark {

  private static final int QUERIES = 1024;

  /** The number of status changes, and of presidency terms. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int changes;

  private ScoDataset dataset;
  private ScoDataset withChg;
  private final StateCode[] states = new StateCode[QUERIES];
  private final LocalDate[] statusDays = new LocalDate[QUERIES];
  private final LocalDate[] presidencyDays = new LocalDate[QUERIES];
  private int next;

  /** Generates the histories, builds the indexes and draws the queries. */
  @Setup(Level.Trial)
  public void generate() {
    dataset = SyntheticDataset.ofHistories(changes);
    List<StateCode> all = new ArrayList<>(SyntheticDataset.partners());
    all.addAll(SyntheticDataset.founders());
    LocalDate first = SyntheticDataset.partnersFrom();
    LocalDate last = first;
    for (var c : dataset.statusChanges()) {
      LocalDate d = c.date().earliest();
      last = d.isAfter(last) ? d : last;
    }
    long statusSpan = last.toEpochDay() - first.toEpochDay() + 2;
    List<Presidency> timeline = dataset.presidencyTimeline();
    long presidencySpan =
        timeline.get(timeline.size() - 1).term().start().earliest().toEpochDay()
            - SyntheticDataset.firstDay().toEpochDay()
            + 1;
    SplittableRandom random = new SplittableRandom(20010615L);
    for (int i = 0; i < QUERIES; i++) {
      states[i] = all.get(random.nextInt(all.size()));
      statusDays[i] = first.plusDays(random.nextLong(statusSpan));
      presidencyDays[i] = SyntheticDataset.firstDay().plusDays(random.nextLong(presidencySpan));
    }
    ScoDataset.Builder both = ScoDataset.builder().from(dataset);
    for (Presidency p : timeline) {
      both.addPresidency(
          Presidency.builder().from(p).id("chg-" + p.id()).body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
              .build());
    }
    withChg = both.build();
    if (withChg.presidencyOn(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT, presidencyDays[0]).isEmpty()) {
      throw new IllegalStateException("no CHG term on " + presidencyDays[0]);
    }
    // build the lazy indexes outside the measurement
    dataset.statusOn(states[0], statusDays[0]);
    if (dataset.presidencyOn(presidencyDays[0]).isEmpty()) {
      throw new IllegalStateException("no presidency on " + presidencyDays[0]);
    }
  }

  /** The status of a state on a day. */
  @Benchmark
  public MembershipStatus statusOn() {
    int i = next++ & (QUERIES - 1);
    return dataset.statusOn(states[i], statusDays[i]);
  }

  /** The presidency term running on a day. */
  @Benchmark
  public Optional<Presidency> presidencyOn() {
    int i = next++ & (QUERIES - 1);
    return dataset.presidencyOn(presidencyDays[i]);
  }

  /** The CHG chairmanship term running on a day, in a dataset whose CHS and CHG timelines hold n terms each. */
  @Benchmark
  public Optional<Presidency> presidencyOnChg() {
    int i = next++ & (QUERIES - 1);
    return withChg.presidencyOn(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT, presidencyDays[i]);
  }
}
