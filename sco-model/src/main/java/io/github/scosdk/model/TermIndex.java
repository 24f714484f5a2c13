package io.github.scosdk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Records with a term, sorted by the term's start, searchable in O(log n) for the term running on a day. */
final class TermIndex<T> {

  private final List<T> sorted;
  private final long[] starts;
  private final Function<T, DateRange> term;

  TermIndex(List<T> values, Function<T, DateRange> term) {
    List<T> copy = new ArrayList<>(values);
    copy.sort(Comparator.comparing(v -> term.apply(v).start()));
    this.sorted = List.copyOf(copy);
    this.term = term;
    this.starts = new long[copy.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = term.apply(copy.get(i)).start().earliest().toEpochDay();
    }
  }

  List<T> sorted() {
    return sorted;
  }

  /** The latest-starting record whose term contains the day. */
  Optional<T> on(LocalDate day) {
    long d = day.toEpochDay();
    int i = Arrays.binarySearch(starts, d);
    if (i >= 0) {
      while (i + 1 < starts.length && starts[i + 1] == d) {
        i++;
      }
    } else {
      i = -i - 2;
    }
    // overlapping terms are possible in a dataset that breaks the rules: look back a little for a match
    for (int j = i, steps = 0; j >= 0 && steps < 4; j--, steps++) {
      T v = sorted.get(j);
      if (term.apply(v).contains(day)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
