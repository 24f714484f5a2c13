package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {

  @Test
  void sameSeedGivesEqualDatasets() {
    DatasetGenerator gen = DatasetGenerator.ofSize(12);
    for (long seed = 0; seed < 20; seed++) {
      assertThat(gen.generate(new SplittableRandom(seed))).isEqualTo(gen.generate(new SplittableRandom(seed)));
    }
  }

  @Test
  void differentSeedsGiveDifferentDatasets() {
    DatasetGenerator gen = DatasetGenerator.ofSize(12);
    assertThat(gen.generate(new SplittableRandom(1))).isNotEqualTo(gen.generate(new SplittableRandom(2)));
  }

  @Test
  void termsStayWithinTheSize() {
    for (long seed = 0; seed < 300; seed++) {
      int size = 1 + (int) (seed % 30);
      ScoDataset d = DatasetGenerator.ofSize(size).generate(new SplittableRandom(seed));
      List<Presidency> chs = d.presidencyTimeline(Body.COUNCIL_OF_HEADS_OF_STATE);
      assertThat(chs).hasSizeBetween(Math.min(2, size), size);
      // one regular CHG meeting a presidency term at most; the first opens the CHG chain, each later one closes a term
      List<Meeting> chgMeetings =
          d.meetings().stream().filter(m -> m.body() == Body.COUNCIL_OF_HEADS_OF_GOVERNMENT).toList();
      List<Presidency> chg = d.presidencyTimeline(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT);
      assertThat(chgMeetings).hasSizeLessThanOrEqualTo(chs.size());
      assertThat(chg).hasSize(chgMeetings.size());
      assertThat(d.presidencies()).hasSize(chs.size() + chg.size());
    }
  }

  @Test
  void chgChairmanshipsRunFromOneRegularChgMeetingToTheNext() {
    int chains = 0;
    for (long seed = 0; seed < 100; seed++) {
      ScoDataset d = DatasetGenerator.ofSize(20).generate(new SplittableRandom(seed));
      List<Presidency> chg = d.presidencyTimeline(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT);
      for (int i = 0; i < chg.size(); i++) {
        Presidency p = chg.get(i);
        Meeting opening = d.meeting(p.openedAt().orElseThrow()).orElseThrow();
        assertThat(opening.body()).isEqualTo(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT);
        assertThat(p.term().start()).isEqualTo(opening.endDate());
        if (i + 1 < chg.size()) {
          Meeting closing = d.meeting(p.closedAt().orElseThrow()).orElseThrow();
          assertThat(closing.host()).contains(p.holder());
          assertThat(closing.chair()).contains(p.holder());
          assertThat(p.term().end()).contains(closing.endDate());
          assertThat(chg.get(i + 1).openedAt()).isEqualTo(p.closedAt());
        } else {
          assertThat(p.term().isOngoing()).isTrue();
        }
      }
      chains += chg.size() >= 3 ? 1 : 0;
    }
    assertThat(chains).as("datasets with three or more CHG terms").isGreaterThan(50);
  }
}
