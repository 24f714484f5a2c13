package io.github.scosdk.testkit;

import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The small reference model of a stateful test: which status each state has, who holds the presidency and who
 * should come next, kept with plain maps and the testkit's own rotation rule (independent of sco-model's queries
 * and validator, against which it is compared).
 *
 * <p>It starts on 2001-06-15 with the founders as members and the first holder, and proposes only enabled
 * operations ({@link #nextOperation}), always later than the last one: so every history it drives is valid.
 * Mutable and not thread-safe.
 */
public final class HistoryModel {

  private final List<State> states;
  /** Each state's position in the {@link ScoCalendar} graph (the accession stages are positions). */
  private final Map<StateCode, MembershipStatus> position = new LinkedHashMap<>();
  /** Each state's formal status: its position, except that it keeps its partner status while it accedes. */
  private final Map<StateCode, MembershipStatus> formal = new LinkedHashMap<>();
  private final Map<StateCode, LocalDate> lastChange = new LinkedHashMap<>();
  private StateCode holder;
  private LocalDate termStart = ScoCalendar.FOUNDING;
  private LocalDate today = ScoCalendar.FOUNDING;

  /**
   * A model of a history with the given states.
   *
   * @param founders the founding members, at least two
   * @param others the states without a status at the founding
   * @param firstHolder the first presidency holder, one of the founders
   * @throws IllegalArgumentException if there are fewer than two founders or the holder is not one
   */
  public HistoryModel(List<State> founders, List<State> others, StateCode firstHolder) {
    if (founders.size() < 2 || founders.stream().noneMatch(s -> s.code().equals(firstHolder))) {
      throw new IllegalArgumentException("founders: need two or more, including the first holder " + firstHolder);
    }
    states = new ArrayList<>(founders);
    states.addAll(others);
    for (State s : states) {
      position.put(s.code(), MembershipStatus.NONE);
      formal.put(s.code(), MembershipStatus.NONE);
    }
    for (State s : founders) {
      position.put(s.code(), MembershipStatus.MEMBER);
      formal.put(s.code(), MembershipStatus.MEMBER);
      lastChange.put(s.code(), ScoCalendar.FOUNDING);
    }
    holder = firstHolder;
  }

  /**
   * A model with two to six real founders, candidates from the later members and invented states.
   *
   * @param random the source of randomness, not null
   * @return a new model at the founding day
   */
  public static HistoryModel random(RandomGenerator random) {
    List<State> founders = new ArrayList<>(StatePool.FOUNDERS);
    Collections.shuffle(founders, new java.util.Random(random.nextLong()));
    founders = new ArrayList<>(founders.subList(0, random.nextInt(2, 7)));
    List<State> others = new ArrayList<>(StatePool.LATER_MEMBERS);
    java.util.Set<StateCode> codes = StatePool.codes(StatePool.FOUNDERS);
    codes.addAll(StatePool.codes(StatePool.LATER_MEMBERS));
    java.util.Set<String> names = new java.util.HashSet<>();
    StatePool.FOUNDERS.forEach(s -> names.add(s.nameRu()));
    StatePool.LATER_MEMBERS.forEach(s -> names.add(s.nameRu()));
    for (int i = 0, n = random.nextInt(3, 8); i < n; i++) {
      others.add(StatePool.invent(random, codes, names));
    }
    return new HistoryModel(founders, others, founders.get(random.nextInt(founders.size())).code());
  }

  /**
   * Every state of the history.
   *
   * @return the states, founders first
   */
  public List<State> states() {
    return List.copyOf(states);
  }

  /**
   * The founders.
   *
   * @return the founders
   */
  public List<State> founders() {
    List<State> out = new ArrayList<>();
    for (State s : states) {
      if (ScoCalendar.FOUNDING.equals(lastChange.get(s.code()))
          && formal.get(s.code()) == MembershipStatus.MEMBER) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The day of the last operation.
   *
   * @return the day of the last operation
   */
  public LocalDate today() {
    return today;
  }

  /**
   * The state's formal status today: an acceding state keeps the partner status it accedes from.
   *
   * @param state a state of the history, not null
   * @return its status today ({@code NONE} if it has none)
   */
  public MembershipStatus status(StateCode state) {
    return formal.getOrDefault(state, MembershipStatus.NONE);
  }

  /**
   * The state's stage on the accession track today.
   *
   * @param state a state of the history, not null
   * @return its stage today ({@code NONE} if it is not acceding)
   */
  @SuppressWarnings("deprecation")
  public AccessionStage accessionStage(StateCode state) {
    MembershipStatus p = position.getOrDefault(state, MembershipStatus.NONE);
    if (p == MembershipStatus.ACCESSION_STARTED) {
      return AccessionStage.STARTED;
    }
    return p == MembershipStatus.ACCEDING ? AccessionStage.MEMORANDUM_SIGNED : AccessionStage.NONE;
  }

  /**
   * Today's members, in rotation order.
   *
   * @return the members in rotation order
   */
  public List<StateCode> members() {
    List<StateCode> out = new ArrayList<>();
    for (State s : Rotation.sorted(memberStates())) {
      out.add(s.code());
    }
    return out;
  }

  private List<State> memberStates() {
    List<State> out = new ArrayList<>();
    for (State s : states) {
      if (formal.get(s.code()) == MembershipStatus.MEMBER) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Today's presidency holder.
   *
   * @return the holder of the current term
   */
  public StateCode holder() {
    return holder;
  }

  /**
   * The first day of the current term.
   *
   * @return the first day of the current term
   */
  public LocalDate termStart() {
    return termStart;
  }

  /**
   * Who should hold the presidency next under strict rotation among today's members.
   *
   * @return the expected next holder
   */
  public StateCode expectedNextHolder() {
    List<State> others = new ArrayList<>(memberStates());
    others.removeIf(s -> s.code().equals(holder));
    return Rotation.next(Rotation.find(states, holder), others).code();
  }

  /**
   * Applies the operation.
   *
   * @param op the operation, not null
   * @throws IllegalArgumentException if it is not enabled (wrong status, a day not after the state's last change, a summit that hands over to anyone but the expected holder)
   */
  public void apply(HistoryOperation op) {
    if (!enabled(op)) {
      throw new IllegalArgumentException("operation not enabled now: " + op);
    }
    if (op instanceof HistoryOperation.HoldSummit s) {
      holder = s.next();
      termStart = s.day();
    } else if (op instanceof HistoryOperation.MergePartnerStatuses) {
      for (StateCode state : partnersToMerge()) {
        if (position.get(state).isPartnerKind()) {
          position.put(state, MembershipStatus.PARTNER);
        }
        formal.put(state, MembershipStatus.PARTNER);
        lastChange.put(state, op.day());
      }
    } else {
      StateCode state = stateOf(op).orElseThrow();
      MembershipStatus target = targetOf(op);
      position.put(state, target);
      if (accessionStage(state) == AccessionStage.NONE) {
        formal.put(state, target);
      }
      lastChange.put(state, op.day());
    }
    if (op.day().isAfter(today)) {
      today = op.day();
    }
  }

  /**
   * Whether the operation may be applied now.
   *
   * @param op the operation, not null
   * @return true if {@link #apply} would accept it
   */
  public boolean enabled(HistoryOperation op) {
    if (op.day().isBefore(today)) {
      return false;
    }
    if (op instanceof HistoryOperation.HoldSummit s) {
      return s.firstDay().isAfter(today)
          && !s.day().isBefore(s.firstDay())
          && s.next().equals(expectedNextHolder())
          && !pendingMerger(s.day());
    }
    if (op instanceof HistoryOperation.MergePartnerStatuses) {
      return !partnersToMerge().isEmpty();
    }
    StateCode state = stateOf(op).orElseThrow();
    if (!position.containsKey(state) || lastChange.getOrDefault(state, LocalDate.MIN).compareTo(op.day()) >= 0) {
      return false;
    }
    if (pendingMerger(op.day())) {
      return false;
    }
    return ScoCalendar.next(position.get(state), op.day()).contains(targetOf(op));
  }

  /** Whether an observer or dialogue partner still waits to become a partner although the day is past 2025-09-01. */
  private boolean pendingMerger(LocalDate day) {
    if (day.isBefore(ScoCalendar.MERGER)) {
      return false;
    }
    return formal.values().stream()
        .anyMatch(s -> s == MembershipStatus.OBSERVER || s == MembershipStatus.DIALOGUE_PARTNER);
  }

  /** The observers and dialogue partners that the merger would make partners (none once it is past). */
  private List<StateCode> partnersToMerge() {
    List<StateCode> out = new ArrayList<>();
    if (today.isAfter(ScoCalendar.MERGER)) {
      return out;
    }
    formal.forEach(
        (state, st) -> {
          if ((st == MembershipStatus.OBSERVER || st == MembershipStatus.DIALOGUE_PARTNER)
              && lastChange.get(state).isBefore(ScoCalendar.MERGER)) {
            out.add(state);
          }
        });
    return out;
  }

  private static Optional<StateCode> stateOf(HistoryOperation op) {
    if (op instanceof HistoryOperation.GrantStatus g) {
      return Optional.of(g.state());
    } else if (op instanceof HistoryOperation.StartAccession a) {
      return Optional.of(a.state());
    } else if (op instanceof HistoryOperation.SignMemorandum m) {
      return Optional.of(m.state());
    } else if (op instanceof HistoryOperation.AdmitMember a) {
      return Optional.of(a.state());
    }
    return Optional.empty();
  }

  /** The position the operation gives its state (not for summits). */
  @SuppressWarnings("deprecation")
  static MembershipStatus targetOf(HistoryOperation op) {
    if (op instanceof HistoryOperation.GrantStatus g) {
      return g.status();
    } else if (op instanceof HistoryOperation.StartAccession) {
      return MembershipStatus.ACCESSION_STARTED;
    } else if (op instanceof HistoryOperation.SignMemorandum) {
      return MembershipStatus.ACCEDING;
    } else if (op instanceof HistoryOperation.AdmitMember) {
      return MembershipStatus.MEMBER;
    }
    throw new IllegalArgumentException("no status change: " + op);
  }

  /**
   * A random enabled operation later than today (or the merger of 2025-09-01, when it is due).
   *
   * @param random the source of randomness, not null
   * @return an operation that {@link #enabled} accepts
   */
  @SuppressWarnings("deprecation")
  public HistoryOperation nextOperation(RandomGenerator random) {
    LocalDate day = today.plusDays(random.nextInt(1, 400));
    if (pendingMerger(day)) {
      HistoryOperation merge = new HistoryOperation.MergePartnerStatuses();
      if (enabled(merge)) {
        return merge;
      }
    }
    List<HistoryOperation> options = new ArrayList<>();
    for (State s : states) {
      MembershipStatus st = position.get(s.code());
      for (MembershipStatus to : ScoCalendar.next(st, day)) {
        HistoryOperation op;
        if (to.isPartnerKind()) {
          op = new HistoryOperation.GrantStatus(s.code(), to, day);
        } else if (to == MembershipStatus.ACCESSION_STARTED) {
          op = new HistoryOperation.StartAccession(s.code(), day);
        } else if (to == MembershipStatus.ACCEDING) {
          op = new HistoryOperation.SignMemorandum(s.code(), day);
        } else if (to == MembershipStatus.MEMBER && st == MembershipStatus.ACCEDING) {
          op = new HistoryOperation.AdmitMember(s.code(), day);
        } else {
          continue;
        }
        if (enabled(op)) {
          options.add(op);
        }
      }
    }
    LocalDate last = day.plusDays(random.nextInt(0, 3));
    if (pendingMerger(last)) {
      last = day;
    }
    HistoryOperation summit = new HistoryOperation.HoldSummit(day, last, expectedNextHolder());
    if (options.isEmpty() || random.nextInt(5) < 3) {
      if (enabled(summit)) {
        return summit;
      }
    }
    if (options.isEmpty()) {
      return summit;
    }
    return options.get(random.nextInt(options.size()));
  }
}
