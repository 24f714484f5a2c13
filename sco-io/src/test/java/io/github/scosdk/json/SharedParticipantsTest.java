package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.DelegationLevel;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.StateCode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shared participants the reader hands out ({@link SharedParticipants#participant}) are equal to the ones the
 * model's builder makes of the same fields, whether shared or not, and the builder's faults stay its own.
 */
class SharedParticipantsTest {

  private static final String[] CODES = {"CN", "IN", "RU", "KZ", "US", "ZW", "AD"};
  private static final DelegationLevel[] LEVELS = DelegationLevel.values();

  @Test
  void aSharedParticipantEqualsTheBuiltOne() {
    SplittableRandom random = new SplittableRandom(20261201);
    int shared = 0;
    for (int i = 0; i < 50_000; i++) {
      StateCode state = random.nextInt(8) == 0 ? null : StateCode.of(CODES[random.nextInt(CODES.length)]);
      String organisation = random.nextInt(6) == 0 ? "SCO Secretariat" : null;
      String head = random.nextInt(6) == 0 ? "A. Head" : null;
      DelegationLevel level = random.nextInt(4) == 0 ? null : LEVELS[random.nextInt(LEVELS.length)];
      boolean guest = random.nextBoolean();
      boolean remote = random.nextBoolean();
      Object plain = outcome(() -> SharedParticipants.build(state, organisation, head, level, guest, remote));
      Object quick = outcome(() -> SharedParticipants.participant(state, organisation, head, level, guest, remote));
      assertThat(quick).as("case %s", i).isEqualTo(plain);
      if (quick instanceof Participant
          && quick == outcome(() -> SharedParticipants.participant(state, organisation, head, level, guest, remote))) {
        shared++;
      }
    }
    assertThat(shared).as("participants handed out shared").isGreaterThan(10_000);
  }

  private static Object outcome(java.util.function.Supplier<Participant> make) {
    try {
      return make.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
