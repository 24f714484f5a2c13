package io.github.scosdk.testkit;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.DelegationLevel;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.Initiative;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.LinkType;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingFormat;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationOrder;
import io.github.scosdk.model.ScoRecord;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One run of {@link DatasetGenerator}: builds a valid dataset step by step, in date order. Its {@code timeline} holds
 * each state's position in the {@link ScoCalendar} graph, where the accession stages are positions; {@code formal}
 * holds the formal status alone, which the status changes record (the stages become {@link AccessionStep}s).
 */
@SuppressWarnings("deprecation")
final class DatasetRun {

  /** Nothing happens in the first days of a term. */
  static final int QUIET_DAYS = 30;

  private final RandomGenerator rnd;
  private final int terms;
  private final List<State> states = new ArrayList<>();
  private final List<State> founders = new ArrayList<>();
  private final List<State> candidates = new ArrayList<>();
  private final List<State> outsiders = new ArrayList<>();
  private final StatusTimeline timeline = new StatusTimeline();
  private final StatusTimeline formal = new StatusTimeline();
  private final List<AccessionStep> steps = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private final List<StatusChange> changes = new ArrayList<>();
  private final List<Meeting> meetings = new ArrayList<>();
  private final List<Presidency> presidencies = new ArrayList<>();
  private final List<Document> documents = new ArrayList<>();
  private final List<Initiative> initiatives = new ArrayList<>();
  private final List<Official> officials = new ArrayList<>();
  private final List<Presidency> chgTerms = new ArrayList<>();
  private boolean merged;
  private int ids;
  private int chsOrdinal;
  private int chgOrdinal;
  /** The holder of the running CHG chairmanship term (null before the first regular CHG meeting closes). */
  private State chgHolder;
  /** The regular CHG meeting that opened the running CHG term, and the running term's first day. */
  private String chgOpenedAt;
  private LocalDate chgStart;

  DatasetRun(RandomGenerator rnd, int terms) {
    this.rnd = rnd;
    this.terms = terms;
  }

  ScoDataset build() {
    makeSources();
    makeStates();
    LocalDate start = ScoCalendar.FOUNDING;
    State holder = pick(founders);
    String openedAt = foundingSummit(holder);
    List<LocalDate> termStarts = new ArrayList<>();
    List<State> holders = new ArrayList<>();
    LocalDate asOf = start;
    for (int k = 0; k < terms; k++) {
      termStarts.add(start);
      holders.add(holder);
      boolean last = k == terms - 1;
      LocalDate end = last ? null : start.plusDays(rnd.nextInt(330, 420));
      LocalDate horizon = last ? start.plusDays(rnd.nextInt(QUIET_DAYS + 10, 330)) : end;
      String termId = "pres-" + (k + 1) + "-" + lower(holder.code());
      LocalDate chgDay = chgMeetingDay(start, horizon);
      int events = rnd.nextInt(0, 3);
      if (chgDay == null) {
        midTermEvents(start, horizon, holder, events);
      } else {
        // as many events as without the CHG meeting, some before it and the rest after
        int before = rnd.nextInt(events + 1);
        midTermEvents(start, chgDay, holder, before);
        mergeIfDue(chgDay);
        chgMeeting(chgDay);
        midTermEvents(chgDay, horizon, holder, events - before);
      }
      mergeIfDue(horizon);
      Presidency.Builder term =
          Presidency.builder().id(termId).holder(holder.code()).addSource(source()).openedAt(openedAt);
      if (rnd.nextInt(4) == 0) {
        term.slogan("Slogan of " + holder.nameEn() + " " + (k + 1));
      }
      midTermMeetings(start, last ? horizon : end.minusDays(10), holder);
      if (last) {
        term.term(DateRange.ongoing(PartialDate.of(start)));
        asOf = horizon;
      } else {
        String summitId = nextId("chs-" + end.getYear());
        summitEvents(end, holder, summitId);
        State next = Rotation.next(holder, timeline.withStatus(states, MembershipStatus.MEMBER, end));
        String nextTermId = "pres-" + (k + 2) + "-" + lower(next.code());
        closingSummit(summitId, end, holder, nextTermId);
        term.term(DateRange.of(start, end)).closedAt(summitId);
        openedAt = summitId;
        holder = next;
        start = end;
      }
      presidencies.add(term.build());
    }
    closeChgChain();
    makeOfficials(termStarts, presidencies, asOf);
    List<State> shuffled = new ArrayList<>(states);
    shuffle(shuffled);
    List<Application> applications = makeApplications(asOf);
    return ScoDataset.builder()
        .title("Generated SCO dataset (" + terms + " presidency terms)")
        .asOfDate(asOf)
        .states(shuffled)
        .sources(sources)
        .statusChanges(changes)
        .accessionSteps(steps)
        .meetings(meetings)
        .presidencies(allTerms())
        .documents(documents)
        .initiatives(initiatives)
        .officials(officials)
        .applications(applications)
        .build();
  }

  // ---------------------------------------------------------------- applications

  /**
   * Applications, made after every other record (so that they leave the rest of a seed's dataset as it was): for
   * some statuses granted at a summit, the application for it, dated before that summit (to the day, month or
   * year); and undecided applications of outsiders, dated up to the horizon, for a named status or none.
   */
  private List<Application> makeApplications(LocalDate horizon) {
    List<Application> out = new ArrayList<>();
    for (StatusChange c : changes) {
      if (c.decidedAt().isEmpty() || !Application.SOUGHT.contains(c.status()) || rnd.nextInt(3) != 0) {
        continue;
      }
      Meeting m = meetings.stream().filter(x -> x.id().equals(c.decidedAt().get())).findFirst().orElseThrow();
      LocalDate day = m.startDate().earliest().minusDays(rnd.nextInt(0, 400));
      out.add(application(c.state(), Optional.of(c.status()), day).decidedAt(m.id()).build());
    }
    for (State s : outsiders) {
      if (rnd.nextInt(3) == 0) {
        Optional<MembershipStatus> sought =
            rnd.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(List.copyOf(Application.SOUGHT)));
        out.add(application(s.code(), sought, randomDay(ScoCalendar.FOUNDING, horizon)).build());
      }
    }
    return out;
  }

  /** An application dated on the day, or only to its month or year (which both contain the day). */
  private Application.Builder application(StateCode state, Optional<MembershipStatus> sought, LocalDate day) {
    PartialDate date =
        switch (rnd.nextInt(3)) {
          case 0 -> PartialDate.ofYear(day.getYear());
          case 1 -> PartialDate.ofYearMonth(day.getYear(), day.getMonthValue());
          default -> PartialDate.of(day);
        };
    return Application.builder()
        .id(nextId("app-" + lower(state)))
        .state(state)
        .sought(sought)
        .date(date)
        .addSource(source());
  }

  // ---------------------------------------------------------------- states and sources

  private void makeSources() {
    int n = rnd.nextInt(1, 4);
    for (int i = 1; i <= n; i++) {
      Source.Builder b = Source.builder().id("src-" + i).title("Generated source " + i);
      if (rnd.nextBoolean()) {
        b.publisher("Publisher " + i).url("https://example.org/sco/source-" + i);
      }
      if (rnd.nextBoolean()) {
        b.published(PartialDate.ofYear(rnd.nextInt(2001, 2026)));
      }
      sources.add(b.build());
    }
  }

  private String source() {
    return sources.get(rnd.nextInt(sources.size())).id();
  }

  private void makeStates() {
    List<State> pool = new ArrayList<>(StatePool.FOUNDERS);
    shuffle(pool);
    founders.addAll(pool.subList(0, rnd.nextInt(2, 7)));
    List<State> later = new ArrayList<>(StatePool.LATER_MEMBERS);
    shuffle(later);
    int nCandidates = rnd.nextInt(1, 3 + terms / 3);
    int nReal = rnd.nextInt(0, Math.min(later.size(), nCandidates) + 1);
    candidates.addAll(later.subList(0, nReal));
    List<State> known = new ArrayList<>(founders);
    known.addAll(candidates);
    Set<StateCode> usedCodes = StatePool.codes(StatePool.FOUNDERS);
    usedCodes.addAll(StatePool.codes(StatePool.LATER_MEMBERS));
    Set<String> usedNames = new HashSet<>();
    StatePool.FOUNDERS.forEach(s -> usedNames.add(s.nameRu()));
    StatePool.LATER_MEMBERS.forEach(s -> usedNames.add(s.nameRu()));
    for (int i = nReal; i < nCandidates; i++) {
      candidates.add(StatePool.invent(rnd, usedCodes, usedNames));
    }
    for (int i = 0, n = rnd.nextInt(1, 3); i < n; i++) {
      outsiders.add(StatePool.invent(rnd, usedCodes, usedNames));
    }
    for (List<State> group : List.of(founders, candidates, outsiders)) {
      for (int i = 0; i < group.size(); i++) {
        State s = group.get(i);
        group.set(i, s.sources().isEmpty() ? State.builder().from(s).addSource(source()).build() : s);
      }
      states.addAll(group);
    }
  }

  // ---------------------------------------------------------------- status changes

  /**
   * Moves the state to the position on the day: a status change, or for an accession stage an accession step (the
   * formal status stays); returns the record.
   */
  private ScoRecord change(State s, MembershipStatus status, LocalDate day, String decidedAt, String doc) {
    MembershipStatus from = timeline.statusOn(s.code(), day);
    if (!ScoCalendar.next(from, day).contains(status)) {
      throw new AssertionError("generator bug: " + s.code() + " " + from + " -> " + status + " on " + day);
    }
    if (!canChange(s, day)) {
      throw new AssertionError("generator bug: " + s.code() + " already changed on or after " + day);
    }
    timeline.put(s.code(), day, status);
    if (status == MembershipStatus.ACCESSION_STARTED || status == MembershipStatus.ACCEDING) {
      AccessionStep.Builder a =
          AccessionStep.builder()
              .id(nextId("as-" + lower(s.code())))
              .state(s.code())
              .stage(status == MembershipStatus.ACCEDING ? AccessionStage.MEMORANDUM_SIGNED : AccessionStage.STARTED)
              .date(PartialDate.of(day))
              .addSource(source());
      if (decidedAt != null) {
        a.decidedAt(decidedAt);
      }
      if (doc != null) {
        a.addDocument(doc);
      }
      AccessionStep step = a.build();
      steps.add(step);
      return step;
    }
    return formalChange(s, status, day, decidedAt, doc);
  }

  /** A change of the formal status only (the state's position in the graph is set by the caller). */
  private StatusChange formalChange(State s, MembershipStatus status, LocalDate day, String decidedAt, String doc) {
    StatusChange.Builder b =
        StatusChange.builder()
            .id(nextId("sc-" + lower(s.code())))
            .state(s.code())
            .status(status)
            .date(PartialDate.of(day))
            .addSource(source());
    if (decidedAt != null) {
      b.decidedAt(decidedAt);
    }
    if (doc != null) {
      b.addDocument(doc);
    }
    StatusChange c = b.build();
    changes.add(c);
    formal.put(s.code(), day, status);
    return c;
  }

  /** Whether the state has neither moved nor changed its formal status on or after the day. */
  private boolean canChange(State s, LocalDate day) {
    return timeline.lastChange(s.code()).map(d -> d.isBefore(day)).orElse(true)
        && formal.lastChange(s.code()).map(d -> d.isBefore(day)).orElse(true);
  }

  /** On 2025-09-01 every observer and dialogue partner becomes an SCO partner. */
  private void mergeIfDue(LocalDate day) {
    if (merged || day.isBefore(ScoCalendar.MERGER)) {
      return;
    }
    merged = true;
    for (State s : candidates) {
      MembershipStatus st = timeline.statusOn(s.code(), ScoCalendar.MERGER);
      MembershipStatus formalStatus = formal.statusOn(s.code(), ScoCalendar.MERGER);
      if (st == MembershipStatus.OBSERVER || st == MembershipStatus.DIALOGUE_PARTNER) {
        change(s, MembershipStatus.PARTNER, ScoCalendar.MERGER, null, null);
      } else if (formalStatus == MembershipStatus.OBSERVER || formalStatus == MembershipStatus.DIALOGUE_PARTNER) {
        // an acceding observer or dialogue partner becomes a partner too, and goes on acceding
        formalChange(s, MembershipStatus.PARTNER, ScoCalendar.MERGER, null, null);
      }
    }
  }

  private int memberCount(LocalDate day) {
    return timeline.withStatus(states, MembershipStatus.MEMBER, day).size();
  }

  private void midTermEvents(LocalDate start, LocalDate horizon, State holder, int events) {
    LocalDate from = start.plusDays(QUIET_DAYS + 1);
    LocalDate to = horizon.minusDays(QUIET_DAYS + 1);
    if (to.isBefore(from)) {
      return;
    }
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      days.add(randomDay(from, to));
    }
    days.sort(null);
    for (LocalDate day : days) {
      mergeIfDue(day);
      List<Move> options = new ArrayList<>();
      for (State s : candidatesAndFounders()) {
        if (s.equals(holder) || s.equals(chgHolder) || !canChange(s, day)) {
          continue;
        }
        MembershipStatus st = timeline.statusOn(s.code(), day);
        for (MembershipStatus to2 : ScoCalendar.next(st, day)) {
          boolean ok;
          switch (to2) {
            case ACCEDING:
            case OBSERVER:
            case DIALOGUE_PARTNER:
            case PARTNER:
              ok = true;
              break;
            case SUSPENDED:
              ok = memberCount(day) > 2;
              break;
            case MEMBER:
              ok = st == MembershipStatus.SUSPENDED;
              break;
            case NONE:
              ok = rnd.nextInt(4) == 0;
              break;
            default:
              ok = false;
          }
          if (ok && !(founders.contains(s) && st == MembershipStatus.NONE)) {
            options.add(new Move(s, to2));
          }
        }
      }
      if (options.isEmpty()) {
        continue;
      }
      Move move = options.get(rnd.nextInt(options.size()));
      State s = move.state();
      MembershipStatus to2 = move.to();
      String memo = null;
      if (to2 == MembershipStatus.ACCEDING || to2.isPartnerKind()) {
        memo = nextId("doc-memo");
      }
      ScoRecord c = change(s, to2, day, null, memo);
      if (memo != null) {
        Document.Builder d =
            Document.builder()
                .id(memo)
                .kind(DocumentKind.MEMORANDUM)
                .putTitle(Language.EN, "Memorandum with " + s.nameEn())
                .addSource(source());
        grants(d, c);
        if (rnd.nextInt(3) == 0) {
          d.signed(PartialDate.ofYearMonth(day.getYear(), day.getMonthValue()));
        } else {
          d.signed(PartialDate.of(day));
        }
        documents.add(d.build());
      }
    }
  }

  private List<State> candidatesAndFounders() {
    List<State> out = new ArrayList<>(founders);
    out.addAll(candidates);
    return out;
  }

  private void summitEvents(LocalDate day, State holder, String summitId) {
    mergeIfDue(day);
    for (State s : candidatesAndFounders()) {
      if (s.equals(holder) || s.equals(chgHolder) || !canChange(s, day)) {
        continue;
      }
      MembershipStatus st = timeline.statusOn(s.code(), day);
      Set<MembershipStatus> next = ScoCalendar.next(st, day);
      List<MembershipStatus> pickFrom = new ArrayList<>();
      int p;
      switch (st) {
        case NONE:
          if (founders.contains(s)) {
            continue;
          }
          p = 35;
          next.stream().filter(x -> x != MembershipStatus.MEMBER).forEach(pickFrom::add);
          break;
        case DIALOGUE_PARTNER:
        case OBSERVER:
        case PARTNER:
          p = 35;
          next.stream().filter(x -> x != MembershipStatus.NONE || rnd.nextInt(6) == 0).forEach(pickFrom::add);
          break;
        case ACCESSION_STARTED:
          p = 40;
          pickFrom.addAll(next);
          break;
        case ACCEDING:
          p = 60;
          pickFrom.addAll(next);
          break;
        case MEMBER:
          p = memberCount(day) > 2 ? 6 : 0;
          pickFrom.addAll(next);
          break;
        case SUSPENDED:
          p = 50;
          pickFrom.add(rnd.nextInt(5) == 0 ? MembershipStatus.WITHDRAWN : MembershipStatus.MEMBER);
          break;
        default:
          continue;
      }
      if (pickFrom.isEmpty() || rnd.nextInt(100) >= p) {
        continue;
      }
      MembershipStatus to = pickFrom.get(rnd.nextInt(pickFrom.size()));
      String decision = nextId("doc-decision");
      ScoRecord c = change(s, to, day, summitId, decision);
      Document.Builder d =
          Document.builder()
              .id(decision)
              .kind(DocumentKind.DECISION)
              .putTitle(Language.EN, "Decision on the status of " + s.nameEn())
              .putTitle(Language.RU, "Решение о статусе: " + s.nameRu())
              .adopted(PartialDate.of(day))
              .adoptedAt(summitId)
              .addSource(source());
      grants(d, c);
      documents.add(d.build());
    }
  }

  /** Links the document to the status change it grants; an accession step lists the document instead. */
  private static void grants(Document.Builder d, ScoRecord record) {
    if (record instanceof StatusChange) {
      d.addLink(DocumentLink.of(LinkType.GRANTS_STATUS, record.id()));
    }
  }

  // ---------------------------------------------------------------- meetings and documents

  private String foundingSummit(State holder) {
    LocalDate day = ScoCalendar.FOUNDING;
    String id = nextId("chs-" + day.getYear());
    String decl = nextId("doc-declaration");
    for (State f : founders) {
      change(f, MembershipStatus.MEMBER, day, id, decl);
    }
    chsOrdinal++;
    meetings.add(
        Meeting.builder()
            .id(id)
            .body(Body.COUNCIL_OF_HEADS_OF_STATE)
            .ordinal(chsOrdinal)
            .title("Founding meeting of the Council of Heads of State")
            .startDate(PartialDate.of(day))
            .venue(Venue.of(StatePool.city(rnd), holder.code()))
            .host(holder.code())
            .chair(holder.code())
            .participants(participants(day, Body.COUNCIL_OF_HEADS_OF_STATE, holder, false))
            .addOutcome(decl)
            .addSource(source())
            .build());
    documents.add(
        Document.builder()
            .id(decl)
            .kind(DocumentKind.DECLARATION)
            .putTitle(Language.EN, "Declaration on the establishment")
            .putTitle(Language.RU, "Декларация о создании")
            .adopted(PartialDate.of(day))
            .signed(PartialDate.of(day))
            .adoptedAt(id)
            .signatories(codes(founders))
            .addSource(source())
            .build());
    return id;
  }

  private void closingSummit(String id, LocalDate end, State holder, String nextTermId) {
    LocalDate first = end.minusDays(rnd.nextInt(0, 3));
    chsOrdinal++;
    String decl = nextId("doc-declaration");
    List<String> outcomes = new ArrayList<>();
    outcomes.add(decl);
    for (Document d : documents) {
      if (d.adoptedAt().filter(id::equals).isPresent()) {
        outcomes.add(d.id());
      }
    }
    boolean video = rnd.nextInt(8) == 0;
    Meeting.Builder m =
        Meeting.builder()
            .id(id)
            .body(Body.COUNCIL_OF_HEADS_OF_STATE)
            .ordinal(chsOrdinal)
            .startDate(PartialDate.of(first))
            .endDate(PartialDate.of(end))
            .host(holder.code())
            .chair(holder.code())
            .format(video ? MeetingFormat.VIDEO : MeetingFormat.IN_PERSON)
            .participants(participants(first, Body.COUNCIL_OF_HEADS_OF_STATE, holder, video))
            .outcomes(outcomes)
            .addSource(source());
    if (!video) {
      m.venue(Venue.of(StatePool.city(rnd), holder.code()));
    }
    if (rnd.nextBoolean()) {
      m.title(ordinalWord(chsOrdinal) + " meeting of the Council of Heads of State");
    }
    meetings.add(m.build());
    List<StateCode> signatories = codes(timeline.withStatus(states, MembershipStatus.MEMBER, end));
    Document.Builder d =
        Document.builder()
            .id(decl)
            .kind(DocumentKind.DECLARATION)
            .putTitle(Language.EN, "Declaration of the " + ordinalWord(chsOrdinal) + " summit")
            .putTitle(Language.RU, "Декларация саммита " + chsOrdinal)
            .adopted(PartialDate.of(end))
            .signed(PartialDate.of(end))
            .adoptedAt(id)
            .signatories(signatories)
            .addLink(DocumentLink.of(LinkType.TRANSFERS_PRESIDENCY, nextTermId))
            .addSource(source());
    if (rnd.nextInt(3) == 0) {
      String ini = nextId("ini");
      d.addLink(DocumentLink.of(LinkType.ENDORSES_INITIATIVE, ini));
      Initiative.Builder i =
          Initiative.builder()
              .id(ini)
              .name("Initiative of " + holder.nameEn() + " " + chsOrdinal)
              .proposerState(holder.code())
              .proposedBy(StatePool.person(rnd))
              .proposed(PartialDate.of(first))
              .proposedAt(id)
              .addEndorsedBy(decl)
              .addSource(source());
      for (int a = 0, n = rnd.nextInt(0, 4); a < n; a++) {
        i.addArea("area " + (a + 1));
      }
      initiatives.add(i.build());
    }
    documents.add(d.build());
  }

  private void midTermMeetings(LocalDate start, LocalDate lastDay, State holder) {
    LocalDate from = start.plusDays(QUIET_DAYS + 1);
    LocalDate to = lastDay.minusDays(3);
    if (to.isBefore(from)) {
      return;
    }
    Body[] bodies = {
      Body.COUNCIL_OF_FOREIGN_MINISTERS, Body.COUNCIL_OF_NATIONAL_COORDINATORS, Body.MINISTERIAL_MEETING
    };
    for (int i = 0, n = rnd.nextInt(0, 4); i < n; i++) {
      Body body = bodies[rnd.nextInt(bodies.length)];
      LocalDate first = randomDay(from, to);
      LocalDate last = first.plusDays(rnd.nextInt(0, 3));
      State host = holder;
      if (!body.isChairedByPresidency()) {
        host = pick(timeline.withStatus(states, MembershipStatus.MEMBER, first));
      }
      boolean video = rnd.nextInt(6) == 0;
      String id = nextId(body.abbreviation().toLowerCase(Locale.ROOT) + "-" + first.getYear());
      Meeting.Builder m =
          Meeting.builder()
              .id(id)
              .body(body)
              .startDate(PartialDate.of(first))
              .endDate(PartialDate.of(last))
              .host(host.code())
              .chair(host.code())
              .format(video ? MeetingFormat.VIDEO : MeetingFormat.IN_PERSON)
              .participants(participants(first, body, host, video))
              .addSource(source());
      if (!video) {
        m.venue(Venue.of(StatePool.city(rnd), host.code()));
      }
      if (rnd.nextBoolean()) {
        LocalDate day = randomDay(first, last);
        String doc = nextId("doc-communique");
        m.addOutcome(doc);
        Document.Builder d =
            Document.builder()
                .id(doc)
                .kind(rnd.nextBoolean() ? DocumentKind.COMMUNIQUE : DocumentKind.JOINT_STATEMENT)
                .putTitle(Language.EN, "Communiqué of " + id)
                .adopted(PartialDate.of(day))
                .adoptedAt(id)
                .addSource(source());
        if (rnd.nextBoolean()) {
          List<State> members = timeline.withStatus(states, MembershipStatus.MEMBER, day);
          List<State> signers = new ArrayList<>();
          for (State s : members) {
            if (rnd.nextInt(5) != 0) {
              signers.add(s);
            }
          }
          d.signed(PartialDate.of(day)).signatories(codes(signers));
        }
        documents.add(d.build());
      }
      meetings.add(m.build());
    }
  }

  private List<Participant> participants(LocalDate day, Body body, State chair, boolean video) {
    List<Participant> out = new ArrayList<>();
    DelegationLevel level = level(body);
    for (State s : states) {
      MembershipStatus st = timeline.statusOn(s.code(), day);
      boolean take;
      boolean guest = false;
      if (st == MembershipStatus.MEMBER) {
        take = s.equals(chair) || rnd.nextInt(10) != 0;
      } else if (st.isPartnerKind()) {
        take = rnd.nextInt(3) == 0;
      } else if (st == MembershipStatus.SUSPENDED || st == MembershipStatus.WITHDRAWN) {
        take = false;
      } else {
        take = rnd.nextInt(5) == 0;
        guest = true;
      }
      if (!take) {
        continue;
      }
      Participant.Builder p = Participant.builder().state(s.code()).guest(guest).remote(video);
      if (rnd.nextBoolean()) {
        p.headOfDelegation(StatePool.person(rnd)).level(level);
      }
      out.add(p.build());
    }
    shuffle(out);
    if (rnd.nextBoolean()) {
      out.add(Participant.builder().organisation("SCO Secretariat").level(DelegationLevel.SECRETARY_GENERAL).build());
    }
    if (rnd.nextInt(4) == 0) {
      out.add(Participant.ofOrganisation("RATS Executive Committee"));
    }
    return out;
  }

  private static DelegationLevel level(Body body) {
    switch (body) {
      case COUNCIL_OF_HEADS_OF_STATE:
        return DelegationLevel.HEAD_OF_STATE;
      case COUNCIL_OF_HEADS_OF_GOVERNMENT:
        return DelegationLevel.HEAD_OF_GOVERNMENT;
      case COUNCIL_OF_NATIONAL_COORDINATORS:
        return DelegationLevel.NATIONAL_COORDINATOR;
      default:
        return DelegationLevel.MINISTER;
    }
  }

  // ---------------------------------------------------------------- CHG chairmanship

  /**
   * The closing day of the presidency term's regular CHG meeting: at least 100 days from either end of the term (so
   * that status changes keep 30 quiet days on both sides of it and it stays far from the presidency's hand-overs);
   * none if the term (the ongoing one, up to its horizon) is too short.
   */
  private LocalDate chgMeetingDay(LocalDate start, LocalDate horizon) {
    LocalDate from = start.plusDays(100);
    LocalDate to = horizon.minusDays(100);
    return to.isBefore(from) ? null : randomDay(from, to);
  }

  /**
   * The year's regular CHG meeting, two or three days closing on the day, hosted and chaired by the holder of the
   * running CHG term (by a member at random for the first meeting); it closes that term and opens the next, held by
   * the member after the host in {@link RotationOrder} among the members on the day.
   */
  private void chgMeeting(LocalDate close) {
    List<State> members = timeline.withStatus(states, MembershipStatus.MEMBER, close);
    State host = chgHolder == null ? pick(members) : chgHolder;
    LocalDate first = close.minusDays(rnd.nextInt(1, 3));
    chgOrdinal++;
    String id = nextId("chg-" + close.getYear());
    boolean video = rnd.nextInt(8) == 0;
    Meeting.Builder m =
        Meeting.builder()
            .id(id)
            .body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
            .ordinal(chgOrdinal)
            .startDate(PartialDate.of(first))
            .endDate(PartialDate.of(close))
            .host(host.code())
            .chair(host.code())
            .format(video ? MeetingFormat.VIDEO : MeetingFormat.IN_PERSON)
            .participants(participants(first, Body.COUNCIL_OF_HEADS_OF_GOVERNMENT, host, video))
            .addSource(source());
    if (!video) {
      m.venue(Venue.of(StatePool.city(rnd), host.code()));
    }
    if (rnd.nextBoolean()) {
      m.title(ordinalWord(chgOrdinal) + " meeting of the Council of Heads of Government");
    }
    meetings.add(m.build());
    if (chgHolder != null) {
      chgTerms.add(chgTerm(DateRange.of(chgStart, close)).closedAt(id).build());
    }
    chgHolder = RotationOrder.successor(host, members).orElseThrow();
    chgOpenedAt = id;
    chgStart = close;
  }

  /** The running CHG term, if any, is ongoing. */
  private void closeChgChain() {
    if (chgHolder != null) {
      chgTerms.add(chgTerm(DateRange.ongoing(PartialDate.of(chgStart))).build());
    }
  }

  private Presidency.Builder chgTerm(DateRange range) {
    return Presidency.builder()
        .id("chg-chair-" + (chgTerms.size() + 1) + "-" + lower(chgHolder.code()))
        .body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
        .holder(chgHolder.code())
        .term(range)
        .openedAt(chgOpenedAt)
        .addSource(source());
  }

  /** The presidency terms, then the CHG chairmanship terms. */
  private List<Presidency> allTerms() {
    List<Presidency> out = new ArrayList<>(presidencies);
    out.addAll(chgTerms);
    return out;
  }

  // ---------------------------------------------------------------- officials

  /**
   * The Secretaries-General, by the rule of Charter Art. 11: terms of exactly three years, back to back from the start
   * of a presidency term in the first three, each new one while the dataset runs; the first holder is the first member
   * in rotation order on its first day, each later one the member after the previous holder then. The last term is
   * ongoing or ends on its third anniversary, which is after the as-of date.
   */
  private void makeOfficials(List<LocalDate> termStarts, List<Presidency> terms, LocalDate asOf) {
    int first = rnd.nextInt(Math.min(3, termStarts.size()));
    LocalDate from = termStarts.get(first);
    State who = null;
    while (!from.isAfter(asOf)) {
      LocalDate to = from.plusYears(3);
      List<State> members = timeline.withStatus(states, MembershipStatus.MEMBER, from);
      who = who == null ? Rotation.sorted(members).get(0) : Rotation.next(who, members);
      boolean last = to.isAfter(asOf);
      DateRange range =
          last && rnd.nextBoolean() ? DateRange.ongoing(PartialDate.of(from)) : DateRange.of(from, to);
      Official.Builder o =
          Official.builder()
              .id(nextId("official"))
              .name(StatePool.person(rnd))
              .post(Post.SECRETARY_GENERAL)
              .state(who.code())
              .term(range)
              .addSource(source());
      if (from.equals(termStarts.get(first))) {
        terms.get(first).openedAt().ifPresent(o::appointedAt);
      }
      officials.add(o.build());
      from = to;
    }
  }

  // ---------------------------------------------------------------- helpers

  private record Move(State state, MembershipStatus to) {}

  private String nextId(String prefix) {
    return prefix + "-" + (++ids);
  }

  private LocalDate randomDay(LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    return span <= 0 ? from : from.plusDays(rnd.nextLong(span + 1));
  }

  private <T> T pick(List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  private <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  private static List<StateCode> codes(List<State> states) {
    List<StateCode> out = new ArrayList<>();
    states.forEach(s -> out.add(s.code()));
    return out;
  }

  private static String lower(StateCode code) {
    return code.code().toLowerCase(Locale.ROOT);
  }

  private static String ordinalWord(int n) {
    int mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }
}
