package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.RuleIds;
import io.github.scosdk.model.rules.Validator;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Applications in generated datasets: present and varied, each dated no later than the meeting that decided it, its
 * state a state of the dataset; and an injected {@code application.decided-after} defect shrinks to the application
 * and the meeting that decided it.
 */
class ApplicationsPropertyTest {

  @Test
  void generatedApplicationsAreDatedBeforeTheirDecisionAndVaried() {
    DatasetGenerator gen = DatasetGenerator.ofSize(26);
    int decided = 0;
    int undecided = 0;
    int unnamed = 0;
    for (long seed = 0; seed < 200; seed++) {
      ScoDataset d = gen.generate(new SplittableRandom(seed));
      for (Application a : d.applications()) {
        assertThat(d.state(a.state())).as("seed %s: %s", seed, a).isPresent();
        assertThat(d.sourcesOf(a)).as("seed %s: %s", seed, a).isNotEmpty();
        if (a.decidedAt().isPresent()) {
          decided++;
          Meeting m = d.meeting(a.decidedAt().get()).orElseThrow();
          assertThat(a.date().earliest()).as("seed %s: %s", seed, a).isBeforeOrEqualTo(m.endDate().latest());
        } else {
          undecided++;
        }
        unnamed += a.sought().isEmpty() ? 1 : 0;
      }
      assertThat(Validator.standard().validate(d).violations()).as("seed %s", seed).isEmpty();
    }
    assertThat(decided).isGreaterThan(50);
    assertThat(undecided).isGreaterThan(20);
    assertThat(unnamed).isGreaterThan(0);
  }

  @Test
  void anApplicationDecidedBeforeItWasMadeShrinksToItAndItsMeeting() {
    Defect defect =
        Defects.of(DatasetGenerator.withTerms(15), RuleIds.APPLICATION_DECIDED_AFTER)
            .generate(new SplittableRandom(11));
    Validator rule = Validator.only(RuleIds.APPLICATION_DECIDED_AFTER);
    Predicate<ScoDataset> reported =
        d -> rule.validate(d).violatedRuleIds().contains(RuleIds.APPLICATION_DECIDED_AFTER);
    assertThat(reported.test(defect.dataset())).isTrue();

    ScoDataset small = Shrinking.minimize(defect.dataset(), DatasetShrinker.instance(), reported);

    assertThat(reported.test(small)).isTrue();
    assertThat(small.applications()).hasSize(1);
    assertThat(small.meetings()).hasSize(1);
    assertThat(small.applications().get(0).decidedAt()).contains(small.meetings().get(0).id());
    assertThat(small.applications().get(0).sources()).isEmpty();
    assertThat(small.statusChanges()).isEmpty();
    assertThat(small.presidencies()).isEmpty();
    assertThat(small.states()).isEmpty();
  }
}
