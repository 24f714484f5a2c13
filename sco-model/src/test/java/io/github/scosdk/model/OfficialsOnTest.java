package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ScoDataset#officialsOn} and {@link ScoDataset#officialOn} for posts with several concurrent holders. */
class OfficialsOnTest {

  private static Official deputy(String id, String start, String end) {
    DateRange term =
        end == null
            ? DateRange.ongoing(PartialDate.parse(start))
            : DateRange.of(PartialDate.parse(start), PartialDate.parse(end));
    return official(id, Post.DEPUTY_SECRETARY_GENERAL, term);
  }

  private static Official official(String id, Post post, DateRange term) {
    return Official.builder().id(id).name(post + " " + id).post(post).state(StateCode.of("KZ")).term(term).build();
  }

  /** A long-serving deputy, then five short terms that all ended before 2020: more than any small look-back. */
  private static final Official LONG = deputy("long", "2010-01-01", null);

  private static ScoDataset dataset(List<Official> more) {
    List<Official> all = new ArrayList<>();
    all.add(LONG);
    for (int i = 0; i < 5; i++) {
      all.add(deputy("short" + i, (2014 + i) + "-01-01", (2014 + i) + "-12-31"));
    }
    all.addAll(more);
    return ScoDataset.builder().officials(all).build();
  }

  @Test
  void aHolderWhoseTermStartedLongBeforeTheLatestTermsIsStillFound() {
    ScoDataset d = dataset(List.of());
    LocalDate day = LocalDate.of(2020, 1, 1);
    assertThat(d.officialOn(Post.DEPUTY_SECRETARY_GENERAL, day)).contains(LONG);
    assertThat(d.officialsOn(Post.DEPUTY_SECRETARY_GENERAL, day)).containsExactly(LONG);
    assertThat(d.officialsOn(Post.DEPUTY_SECRETARY_GENERAL, LocalDate.of(2016, 6, 1)))
        .extracting(Official::id)
        .containsExactly("long", "short2");
  }

  @Test
  void everyConcurrentHolderIsReturnedByStartAndTheSingleAnswerIsTheLatestStarted() {
    Official a = deputy("a", "2022-03-01", "2025-03-01");
    Official b = deputy("b", "2022-03-01", null);
    Official c = deputy("c", "2023-01-01", "2024-01-01");
    ScoDataset d = dataset(List.of(c, a, b));
    LocalDate day = LocalDate.of(2023, 6, 1);
    assertThat(d.officialsOn(Post.DEPUTY_SECRETARY_GENERAL, day)).containsExactly(LONG, a, b, c);
    assertThat(d.officialOn(Post.DEPUTY_SECRETARY_GENERAL, day)).contains(c);
    // of equal starts, the last in dataset order
    assertThat(d.officialOn(Post.DEPUTY_SECRETARY_GENERAL, LocalDate.of(2024, 1, 1))).contains(b);
    // the end is exclusive
    assertThat(d.officialsOn(Post.DEPUTY_SECRETARY_GENERAL, LocalDate.of(2025, 3, 1))).containsExactly(LONG, b);
    assertThat(d.officialsOn(Post.DEPUTY_SECRETARY_GENERAL, LocalDate.of(2009, 12, 31))).isEmpty();
    assertThat(d.officialsOn(Post.SECRETARY_GENERAL, day)).isEmpty();
    assertThat(d.officialOn(Post.SECRETARY_GENERAL, day)).isEmpty();
  }

  private static Official director(String id, DateRange term) {
    return official(id, Post.RATS_DIRECTOR, term);
  }

  @Test
  void anUnknownEndOfAOneHolderPostStopsAtTheNextHoldersStart() {
    // the RATS's first Director: in post from June 2006, end unknown; then holders with known terms and a gap
    Official first = director("first", DateRange.endUnknown(PartialDate.ofYearMonth(2006, 6)));
    Official second = director("second", DateRange.of(PartialDate.ofYear(2007), PartialDate.ofYear(2010)));
    Official third = director("third", DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 1, 1)));
    ScoDataset d = ScoDataset.builder().officials(List.of(third, first, second)).build();

    assertThat(Post.RATS_DIRECTOR.oneHolderAtATime()).isTrue();
    assertThat(d.officialsOn(Post.RATS_DIRECTOR, LocalDate.of(2006, 9, 15))).containsExactly(first);
    assertThat(d.officialsOn(Post.RATS_DIRECTOR, LocalDate.of(2006, 12, 31))).containsExactly(first);
    assertThat(d.officialsOn(Post.RATS_DIRECTOR, LocalDate.of(2007, 1, 1))).containsExactly(second);
    assertThat(d.officialsOn(Post.RATS_DIRECTOR, LocalDate.of(2020, 6, 1))).containsExactly(third);
    // between the second's end and the third's start nobody is known to hold the post: not the first Director
    assertThat(d.officialOn(Post.RATS_DIRECTOR, LocalDate.of(2015, 6, 1))).isEmpty();
    assertThat(d.officialsOn(Post.RATS_DIRECTOR, LocalDate.of(2015, 6, 1))).isEmpty();
    // the record keeps its unknown end: only the look-up bounds it
    assertThat(first.term().endKind()).isEqualTo(RangeEnd.UNKNOWN);
  }

  @Test
  void anUnknownEndOfAPostWithSeveralHoldersCannotBeExcluded() {
    Official open = deputy("early", "2012-01-01", null).withTerm(DateRange.endUnknown(PartialDate.parse("2012-01-01")));
    Official later = deputy("later", "2016-01-01", "2019-01-01");
    ScoDataset d = ScoDataset.builder().officials(List.of(open, later)).build();

    assertThat(Post.DEPUTY_SECRETARY_GENERAL.oneHolderAtATime()).isFalse();
    assertThat(d.officialsOn(Post.DEPUTY_SECRETARY_GENERAL, LocalDate.of(2017, 6, 1))).containsExactly(open, later);
    assertThat(d.officialsOn(Post.DEPUTY_SECRETARY_GENERAL, LocalDate.of(2020, 6, 1))).containsExactly(open);
  }
}
