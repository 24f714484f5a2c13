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
 *
 * <p>For a post or body held by one holder at a time, a term whose end is unknown is taken to end, at the latest,
 * when the next holder's term starts (the first later start): the unknown end cannot be excluded before that day,
 * but the next holder's start excludes it after. Elsewhere an unknown end is treated as {@link DateRange#contains}
 * treats it.
 */
final class TermIndex<T> {

  private final List<T> sorted;
  private final long[] starts;
  /** For each position, the greatest exclusive end day (Long.MAX_VALUE if open) of the terms up to it. */
  private final long[] reach;
  /** The term of each position as the look-ups read it (an unknown end bounded for one holder at a time). */
  private final DateRange[] terms;

  /**
   * Indexes the values by the start of their terms.
   *
   * @param values the records
   * @param term a record's term
   * @param oneHolderAtATime whether an unknown end is bounded by the next holder's start
   */
  TermIndex(List<T> values, Function<T, DateRange> term, boolean oneHolderAtATime) {
    List<T> copy = new ArrayList<>(values);
    copy.sort(Comparator.comparing(v -> term.apply(v).start()));
    this.sorted = List.copyOf(copy);
    int n = copy.size();
    this.terms = new DateRange[n];
    this.starts = new long[n];
    this.reach = new long[n];
    for (int i = 0; i < n; i++) {
      terms[i] = term.apply(copy.get(i));
      starts[i] = terms[i].start().earliest().toEpochDay();
    }
    if (oneHolderAtATime) {
      boundUnknownEnds();
    }
    long max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long end = terms[i].end().map(e -> e.earliest().toEpochDay()).orElse(Long.MAX_VALUE);
      max = Math.max(max, end);
      reach[i] = max;
    }
  }

  /** Ends each term of unknown end at the first later start, if there is one. */
  private void boundUnknownEnds() {
    int next = 0;
    for (int i = 0; i < terms.length; i++) {
      if (terms[i].endKind() != RangeEnd.UNKNOWN) {
        continue;
      }
      next = Math.max(next, i + 1);
      while (next < terms.length && starts[next] <= starts[i]) {
        next++;
      }
      if (next < terms.length) {
        terms[i] = DateRange.of(terms[i].start(), terms[next].start());
      }
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
      if (terms[j].contains(day)) {
        return Optional.of(sorted.get(j));
      }
    }
    return Optional.empty();
  }

  /** Every record whose term contains the day, by start (of equal starts, in the given order). */
  List<T> allOn(LocalDate day) {
    long d = day.toEpochDay();
    List<T> result = new ArrayList<>(2);
    for (int j = lastStartedBy(d); j >= 0 && reach[j] > d; j--) {
      if (terms[j].contains(day)) {
        result.add(sorted.get(j));
      }
    }
    java.util.Collections.reverse(result);
    return List.copyOf(result);
  }
}
