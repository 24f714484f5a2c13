package io.github.scosdk.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.RotationOrder;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The rotation-order rule's {@link MembersSweep} (one pass over membership events, for days asked in increasing
 * order) answers exactly as the plain {@link RotationOrder#successor} over the members of the day found by
 * {@link ScoDataset#statusOn}, on random status histories (partial dates, changes on one day, states without a
 * state record, leaving and rejoining) and on days asked in order and out of order.
 */
class MembersSweepTest {

  private static final String LETTERS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯабвгдеиклмнорстуыя";
  private static final MembershipStatus[] STATUSES = MembershipStatus.values();
  private static final String[] CODES = {"CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK", "IR", "BY", "MN", "TR"};

  private static ScoDataset randomDataset(SplittableRandom r) {
    ScoDataset.Builder b = ScoDataset.builder();
    int states = r.nextInt(1, 12);
    int id = 0;
    for (int i = 0; i < states; i++) {
      StateCode code = StateCode.of(CODES[i]);
      boolean hasRecord = r.nextInt(6) != 0;
      if (hasRecord) {
        StringBuilder name = new StringBuilder();
        for (int k = r.nextInt(1, 4); k > 0; k--) {
          name.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        b.addState(State.builder().code(code).nameEn("S" + i).nameRu(name.toString()).nameZh("国" + i).build());
      }
      int changes = r.nextInt(0, 6);
      for (int k = 0; k < changes; k++) {
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(r.nextInt(0, 800));
        int shape = r.nextInt(5);
        PartialDate date =
            shape == 0 ? PartialDate.ofYear(day.getYear())
                : shape == 1 ? PartialDate.ofYearMonth(day.getYear(), day.getMonthValue()) : PartialDate.of(day);
        MembershipStatus status = r.nextBoolean() ? MembershipStatus.MEMBER : STATUSES[r.nextInt(STATUSES.length)];
        b.addStatusChange(StatusChange.builder().id("c" + id++).state(code).status(status).date(date).build());
      }
    }
    return b.build();
  }

  private static Optional<State> plain(ScoDataset d, StateCode holder, LocalDate day) {
    Optional<State> h = d.state(holder);
    if (h.isEmpty()) {
      return Optional.empty();
    }
    List<State> members = new ArrayList<>();
    for (State s : d.states()) {
      if (d.statusOn(s.code(), day) == MembershipStatus.MEMBER) {
        members.add(s);
      }
    }
    return RotationOrder.successor(h.get(), members);
  }

  @Test
  void theSweepAgreesWithThePlainSuccessorOnEveryDayAsked() {
    SplittableRandom r = new SplittableRandom(20261201);
    int found = 0;
    for (int i = 0; i < 1_500; i++) {
      ScoDataset d = randomDataset(r);
      MembersSweep sweep = new MembersSweep(d);
      List<StateCode> codes = new ArrayList<>();
      d.statusChanges().forEach(c -> codes.add(c.state()));
      d.states().forEach(s -> codes.add(s.code()));
      LocalDate day = LocalDate.of(2000, 12, 1);
      for (int q = 0; q < 30 && !codes.isEmpty(); q++) {
        // mostly forward, sometimes the same day, sometimes back (answered by look-ups)
        int step = r.nextInt(10);
        day = step == 0 ? day.minusDays(r.nextInt(1, 300)) : step == 1 ? day : day.plusDays(r.nextInt(1, 90));
        StateCode holder = codes.get(r.nextInt(codes.size()));
        Optional<State> expected = plain(d, holder, day);
        LocalDate asked = day;
        Optional<State> first = d.states().stream()
            .filter(s -> d.statusOn(s.code(), asked) == MembershipStatus.MEMBER)
            .min(RotationOrder.comparator());
        assertThat(Optional.ofNullable(sweep.first(day))).as("first, case %s on %s", i, day).isEqualTo(first);
        assertThat(Optional.ofNullable(sweep.successor(holder, day)))
            .as("case %s, %s on %s in %s", i, holder, day, d.statusChanges())
            .isEqualTo(expected);
        if (expected.isPresent()) {
          found++;
        }
      }
    }
    assertThat(found).as("cases with a successor (each compared)").isGreaterThan(5_000);
  }
}
