package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RangeEnd;
import io.github.scosdk.model.ScoDataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The term look-ups of {@link ScoDataset} ({@code officialsOn}, {@code officialOn}, {@code presidencyOn} per body)
 * against a plain scan of every term, on generated officials and presidency terms that overlap freely (many
 * concurrent holders of one post, terms of very different lengths), on the days where answers change.
 */
class TermLookupsPropertyTest {

  /** Up to 40 officials and 20 presidency terms with generated terms, and the days to ask about. */
  record Case(ScoDataset dataset, List<LocalDate> days) {}

  private static final Gen<Case> CASES =
      r -> {
        ScoDataset.Builder b = ScoDataset.builder();
        List<LocalDate> days = new ArrayList<>();
        int officials = r.nextInt(41);
        for (int i = 0; i < officials; i++) {
          Official o = ModelGenerators.officials().generate(r).withId("o" + i);
          b.addOfficial(o);
          edges(o.term(), days);
        }
        int terms = r.nextInt(21);
        for (int i = 0; i < terms; i++) {
          Presidency p = ModelGenerators.presidencies().generate(r).withId("p" + i);
          b.addPresidency(p);
          edges(p.term(), days);
        }
        for (int i = 0; i < 10; i++) {
          days.add(ModelGenerators.days().generate(r));
        }
        return new Case(b.build(), days);
      };

  private static void edges(DateRange term, List<LocalDate> days) {
    LocalDate start = term.start().earliest();
    days.add(start.minusDays(1));
    days.add(start);
    term.end().ifPresent(e -> {
      days.add(e.earliest().minusDays(1));
      days.add(e.earliest());
    });
  }

  /** Every value whose term contains the day, by start, of equal starts in the given order. */
  private static <T> List<T> plainScan(List<T> values, Function<T, DateRange> term, LocalDate day) {
    List<T> running = new ArrayList<>();
    for (T v : values) {
      if (term.apply(v).contains(day)) {
        running.add(v);
      }
    }
    running.sort(Comparator.comparing(v -> term.apply(v).start()));
    return running;
  }

  /**
   * For a post with one holder at a time: a term of unknown end ends at the earliest start, among the post's other
   * terms, that is later than its own start (if any). Written as a plain scan over all terms.
   */
  private static DateRange boundedByNextStart(DateRange term, List<Official> ofPost) {
    if (term.endKind() != RangeEnd.UNKNOWN) {
      return term;
    }
    PartialDate next = null;
    for (Official o : ofPost) {
      PartialDate s = o.term().start();
      if (s.earliest().isAfter(term.start().earliest())
          && (next == null || s.earliest().isBefore(next.earliest()))) {
        next = s;
      }
    }
    return next == null ? term : DateRange.of(term.start(), next);
  }

  private static <T> Optional<T> last(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }

  @Test
  void everyHolderOfAPostIsFoundAndTheSingleAnswerIsTheLatestStarted() {
    Properties.forAll(CASES)
        .tries(Properties.tries(150))
        .check(
            c -> {
              ScoDataset d = c.dataset();
              for (LocalDate day : c.days()) {
                for (Post post : Post.values()) {
                  List<Official> ofPost = new ArrayList<>(d.officials());
                  ofPost.removeIf(o -> o.post() != post);
                  Function<Official, DateRange> term =
                      post.oneHolderAtATime() ? o -> boundedByNextStart(o.term(), ofPost) : Official::term;
                  List<Official> expected = plainScan(ofPost, term, day);
                  assertThat(d.officialsOn(post, day)).as("%s on %s", post, day).isEqualTo(expected);
                  assertThat(d.officialOn(post, day)).as("%s on %s", post, day).isEqualTo(last(expected));
                }
                for (Body body : List.of(Body.COUNCIL_OF_HEADS_OF_STATE, Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)) {
                  // each body's chairmanship is its own timeline: the oracle scans that body's terms only
                  List<Presidency> ofBody = new ArrayList<>(d.presidencies());
                  ofBody.removeIf(p -> p.body() != body);
                  assertThat(d.presidencyOn(body, day))
                      .as("%s chairmanship on %s", body, day)
                      .isEqualTo(last(plainScan(ofBody, Presidency::term, day)));
                }
                assertThat(d.presidencyOn(day))
                    .as("presidency on %s", day)
                    .isEqualTo(d.presidencyOn(Body.COUNCIL_OF_HEADS_OF_STATE, day));
              }
            });
  }

  @Test
  void theCasesHaveManyConcurrentHolders() {
    int most = 0;
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 50; i++) {
      Case c = CASES.generate(r);
      for (LocalDate day : c.days()) {
        most = Math.max(most, c.dataset().officialsOn(Post.DEPUTY_SECRETARY_GENERAL, day).size());
      }
    }
    assertThat(most).as("the property must see more concurrent holders than the old look-back of 4").isGreaterThan(5);
  }

  @Test
  void theCasesHaveTermsOfBothChairmanshipsRunningOnTheSameDay() {
    SplittableRandom r = new SplittableRandom(7);
    int both = 0;
    for (int i = 0; i < 50; i++) {
      Case c = CASES.generate(r);
      for (LocalDate day : c.days()) {
        if (c.dataset().presidencyOn(Body.COUNCIL_OF_HEADS_OF_STATE, day).isPresent()
            && c.dataset().presidencyOn(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT, day).isPresent()) {
          both++;
        }
      }
    }
    assertThat(both).as("days on which a CHS and a CHG term both run, where a mixed-up look-up would show").isGreaterThan(20);
  }
}
