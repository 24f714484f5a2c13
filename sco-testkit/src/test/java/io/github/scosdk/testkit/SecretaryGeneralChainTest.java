package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Official;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.RotationOrder;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Secretaries-General of {@link DatasetGenerator}, checked against the Charter Art. 11 rule directly (not through
 * the validator): back-to-back terms of exactly three years up to the as-of date, each holder the member after the
 * previous one in {@link RotationOrder} among the members on the term's first day (the first, the first member), and
 * chains long enough to wrap around the order.
 */
class SecretaryGeneralChainTest {

  private static List<State> members(ScoDataset d, LocalDate day) {
    List<State> out = new ArrayList<>();
    for (StateCode c : d.membersOn(day)) {
      out.add(d.state(c).orElseThrow());
    }
    return out;
  }

  @Test
  void everyChainHasThreeYearTermsInRotationUpToTheAsOfDate() {
    int wrapped = 0;
    int longest = 0;
    for (long seed = 0; seed < Math.max(200, Properties.tries(200)); seed++) {
      ScoDataset d = DatasetGenerator.ofSize(1 + (int) (seed % 30)).generate(new SplittableRandom(seed));
      List<Official> terms = d.officialTimeline(Post.SECRETARY_GENERAL);
      assertThat(terms).as("seed %s", seed).isNotEmpty();
      longest = Math.max(longest, terms.size());
      LocalDate asOf = d.asOfDate().orElseThrow();
      State previous = null;
      for (int i = 0; i < terms.size(); i++) {
        Official t = terms.get(i);
        LocalDate start = t.term().start().toLocalDate();
        assertThat(start).as("seed %s, %s", seed, t.id()).isBeforeOrEqualTo(asOf);
        if (i + 1 < terms.size()) {
          assertThat(t.term().end().map(PartialDate::toLocalDate)).as("seed %s, %s", seed, t.id())
              .contains(start.plusYears(3))
              .contains(terms.get(i + 1).term().start().toLocalDate());
        } else {
          assertThat(start.plusYears(3)).as("the last term runs past the as-of date").isAfter(asOf);
          t.term().end().ifPresent(e -> assertThat(e.toLocalDate()).isEqualTo(start.plusYears(3)));
        }
        List<State> members = members(d, start);
        State expected =
            previous == null
                ? members.stream().min(RotationOrder.comparator()).orElseThrow()
                : RotationOrder.successor(previous, members).orElseThrow();
        assertThat(t.state()).as("seed %s, %s", seed, t.id()).isEqualTo(expected.code());
        State holder = d.state(t.state()).orElseThrow();
        if (previous != null && RotationOrder.comparator().compare(holder, previous) < 0) {
          wrapped++;
        }
        previous = holder;
      }
    }
    assertThat(longest).as("some chain covers decades").isGreaterThanOrEqualTo(8);
    assertThat(wrapped).as("chains that wrap around the order").isGreaterThan(20);
  }
}
