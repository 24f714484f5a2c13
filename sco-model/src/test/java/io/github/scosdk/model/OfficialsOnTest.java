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
    return Official.builder()
        .id(id)
        .name("Deputy " + id)
        .post(Post.DEPUTY_SECRETARY_GENERAL)
        .state(StateCode.of("KZ"))
        .term(term)
        .build();
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
}
