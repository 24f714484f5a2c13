package io.github.scosdk.testkit;

import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns {@link HistoryOperation}s into the records of an {@link ScoDataset}: status changes, accession steps (an
 * accession that starts, a memorandum signed: the formal status stays), summits (regular
 * Council of Heads of State meetings hosted and chaired by the holder, attended by the members) and presidency
 * terms (the current one ongoing). It does no checking of its own: it is the adapter between a stateful test's
 * operations and the system under test (sco-model's queries and validator). Mutable and not thread-safe.
 */
public final class ScoHistory {
  /** The one source every record of the history cites, so that {@code record.sourced} holds. */
  private static final Source SOURCE = Source.builder().id("src-history").title("Stateful history").build();

  private final List<State> states;
  private final List<StatusChange> changes = new ArrayList<>();
  private final List<AccessionStep> steps = new ArrayList<>();
  private final List<Meeting> meetings = new ArrayList<>();
  private final List<Presidency> terms = new ArrayList<>();
  private StateCode holder;
  private LocalDate termStart = ScoCalendar.FOUNDING;
  private String openedAt;
  private LocalDate today = ScoCalendar.FOUNDING;
  private int ids;

  /**
   * A history founded on 2001-06-15 by the model's founders, with its first holder.
   *
   * @param model the reference model at its start, not null
   */
  public ScoHistory(HistoryModel model) {
    this.states = model.states();
    for (State f : model.founders()) {
      changes.add(change(f.code(), MembershipStatus.MEMBER, ScoCalendar.FOUNDING));
    }
    this.holder = model.holder();
  }

  /**
   * Records the operation.
   *
   * @param op the operation, not null
   */
  public void apply(HistoryOperation op) {
    if (op instanceof HistoryOperation.HoldSummit s) {
      String id = "chs-" + (++ids);
      List<Participant> ps = new ArrayList<>();
      ScoDataset now = dataset();
      for (StateCode m : now.membersOn(s.firstDay())) {
        ps.add(Participant.ofState(m));
      }
      meetings.add(
          Meeting.builder()
              .id(id)
              .body(Body.COUNCIL_OF_HEADS_OF_STATE)
              .startDate(PartialDate.of(s.firstDay()))
              .endDate(PartialDate.of(s.day()))
              .host(holder)
              .chair(holder)
              .venue(Venue.of("Capital of " + holder, holder))
              .participants(ps)
              .addSource(SOURCE.id())
              .build());
      terms.add(presidency(holder, DateRange.of(termStart, s.day()), id));
      holder = s.next();
      termStart = s.day();
      openedAt = id;
    } else if (op instanceof HistoryOperation.MergePartnerStatuses) {
      ScoDataset now = dataset();
      for (State s : states) {
        MembershipStatus st = now.statusOn(s.code(), op.day());
        if (st == MembershipStatus.OBSERVER || st == MembershipStatus.DIALOGUE_PARTNER) {
          changes.add(change(s.code(), MembershipStatus.PARTNER, op.day()));
        }
      }
    } else if (op instanceof HistoryOperation.StartAccession a) {
      steps.add(step(a.state(), AccessionStage.STARTED, a.day()));
    } else if (op instanceof HistoryOperation.SignMemorandum m) {
      steps.add(step(m.state(), AccessionStage.MEMORANDUM_SIGNED, m.day()));
    } else {
      StateCode state = stateOf(op);
      changes.add(change(state, HistoryModel.targetOf(op), op.day()));
    }
    if (op.day().isAfter(today)) {
      today = op.day();
    }
  }

  private static StateCode stateOf(HistoryOperation op) {
    if (op instanceof HistoryOperation.GrantStatus g) {
      return g.state();
    }
    return ((HistoryOperation.AdmitMember) op).state();
  }

  private AccessionStep step(StateCode state, AccessionStage stage, LocalDate day) {
    return AccessionStep.builder()
        .id("as-" + (++ids))
        .state(state)
        .stage(stage)
        .date(PartialDate.of(day))
        .addSource(SOURCE.id())
        .build();
  }

  /**
   * The history so far as a dataset, its as-of date the day of the last operation.
   *
   * @return the dataset so far
   */
  public ScoDataset dataset() {
    List<Presidency> all = new ArrayList<>(terms);
    all.add(presidency(holder, DateRange.ongoing(PartialDate.of(termStart)), null));
    return ScoDataset.builder()
        .title("Stateful history")
        .asOfDate(today)
        .states(states)
        .statusChanges(changes)
        .accessionSteps(steps)
        .meetings(meetings)
        .presidencies(all)
        .sources(List.of(SOURCE))
        .build();
  }

  private Presidency presidency(StateCode h, DateRange range, String closedAt) {
    var b = Presidency.builder().id("pres-" + range.start() + "-" + h.code().toLowerCase(Locale.ROOT)).holder(h)
        .term(range).addSource(SOURCE.id());
    if (openedAt != null) {
      b.openedAt(openedAt);
    }
    if (closedAt != null) {
      b.closedAt(closedAt);
    }
    return b.build();
  }

  private StatusChange change(StateCode state, MembershipStatus status, LocalDate day) {
    return StatusChange.builder()
        .id("sc-" + (++ids))
        .state(state)
        .status(status)
        .date(PartialDate.of(day))
        .addSource(SOURCE.id())
        .build();
  }
}
