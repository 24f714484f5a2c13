package io.github.scosdk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Records with a term, sorted by the term's start, searchable for the terms running on a day.
 *
 * <p>Terms may overlap (several national coordinators or deputy Secretaries-General at once, or a dataset that
 * breaks the continuity rule). Beside each start the index keeps the latest exclusive end of all terms that start
 * up to there, so a look-up walks back from the last term started on or before the day only while an earlier
 * term could still be running: O(log n) plus one step per term that overlaps the day (one or two for presidency
 * terms), and never misses a holder.
 */
final class TermIndex<T> {

  private final List<T> sorted;
  private final long[] starts;
  /** For each position, the greatest exclusive end day (Long.MAX_VALUE if open) of the terms up to it. */
  private final long[] reach;
  private final Function<T, DateRange> term;

  TermIndex(List<T> values, Function<T, DateRange> term) {
    List<T> copy = new ArrayList<>(values);
    copy.sort(Comparator.comparing(v -> term.apply(v).start()));
    this.sorted = List.copyOf(copy);
    this.term = term;
    this.starts = new long[copy.size()];
    this.reach = new long[copy.size()];
    long max = Long.MIN_VALUE;
    for (int i = 0; i < starts.length; i++) {
      DateRange r = term.apply(copy.get(i));
      starts[i] = r.start().earliest().toEpochDay();
      long end = r.end().map(e -> e.earliest().toEpochDay()).orElse(Long.MAX_VALUE);
      max = Math.max(max, end);
      reach[i] = max;
    }
  }

  List<T> sorted() {
    return sorted;
  }

  /** The position of the last record whose term starts on or before the day, or -1. */
  private int lastStartedBy(long d) {
    int i = Arrays.binarySearch(starts, d);
    if (i < 0) {
      return -i - 2;
    }
    while (i + 1 < starts.length && starts[i + 1] == d) {
      i++;
    }
    return i;
  }

  /** The latest-starting record whose term contains the day (of equal starts, the last in the given order). */
  Optional<T> on(LocalDate day) {
    long d = day.toEpochDay();
    for (int j = lastStartedBy(d); j >= 0 && reach[j] > d; j--) {
      T v = sorted.get(j);
      if (term.apply(v).contains(day)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** Every record whose term contains the day, by start (of equal starts, in the given order). */
  List<T> allOn(LocalDate day) {
    long d = day.toEpochDay();
    List<T> result = new ArrayList<>(2);
    for (int j = lastStartedBy(d); j >= 0 && reach[j] > d; j--) {
      T v = sorted.get(j);
      if (term.apply(v).contains(day)) {
        result.add(v);
      }
    }
    java.util.Collections.reverse(result);
    return List.copyOf(result);
  }
}
