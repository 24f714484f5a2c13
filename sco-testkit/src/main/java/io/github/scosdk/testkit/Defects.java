package io.github.scosdk.testkit;

import static java.util.Objects.requireNonNull;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.LinkType;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import io.github.scosdk.model.rules.RuleIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Injects exactly one rule violation into a valid dataset: for each rule id of
 * {@code io.github.scosdk.model.rules.RuleIds.STANDARD}, a small, targeted change that breaks that rule and no
 * other.
 *
 * <p>The input must be valid (no violation of any standard rule), such as a dataset of {@link DatasetGenerator}
 * with at least two presidency terms; for it the result is guaranteed to be reported by
 * {@code Validator.standard()} with violations of the chosen rule only. The kind of change is chosen at random
 * among several per rule (a gap or an overlap between terms; a missing source, meeting or document; …). Other
 * valid datasets work when they have what the change needs; otherwise {@link #inject} throws
 * {@link IllegalArgumentException}.
 *
 * <p>{@link #of(Gen, String, Body)} and {@link #inject(ScoDataset, String, Body, RandomGenerator)} break a rule of
 * {@link #chairmanshipRuleIds()} in the chairmanship of a chosen body: the CHS presidency, or the CHG chairmanship
 * chain (its terms, the regular CHG meetings that close them and that its holders chair), with the same kinds of
 * change. A holder suspended for {@code presidency.holder-is-member} holds no term of another body in those days, and
 * no term of any body starts in them, so that no other chairmanship is touched.
 *
 * <p>Stateless and thread-safe.
 */
@SuppressWarnings("deprecation") // injects the legacy accession statuses too: old documents still carry them
public final class Defects {

  private static final Set<MembershipStatus> ELIGIBLE =
      EnumSet.of(
          MembershipStatus.MEMBER,
          MembershipStatus.DIALOGUE_PARTNER,
          MembershipStatus.OBSERVER,
          MembershipStatus.PARTNER,
          MembershipStatus.ACCESSION_STARTED,
          MembershipStatus.ACCEDING);

  private static final List<String> CHAIRMANSHIP_RULES =
      RuleIds.STANDARD.stream()
          .filter(
              id ->
                  id.equals(RuleIds.PRESIDENCY_CONTINUITY)
                      || id.equals(RuleIds.PRESIDENCY_HOLDER_IS_MEMBER)
                      || id.equals(RuleIds.PRESIDENCY_ROTATION_ORDER)
                      || id.equals(RuleIds.PRESIDENCY_SUMMIT_HOST)
                      || id.equals(RuleIds.MEETING_CHAIR))
          .toList();

  private Defects() {}

  /**
   * The rule ids a defect can be injected for: every id of the standard validator.
   *
   * @return the rule ids, in the validator's order
   */
  public static List<String> ruleIds() {
    return RuleIds.STANDARD;
  }

  /**
   * A generator of defects of one rule: a valid dataset of the generator with that rule broken once.
   *
   * @param datasets the generator of valid datasets; should make at least two terms, not null
   * @param ruleId one of {@link #ruleIds()}, not null
   * @return the generator of defects
   * @throws IllegalArgumentException if the rule id is unknown
   */
  public static Gen<Defect> of(Gen<ScoDataset> datasets, String ruleId) {
    requireNonNull(datasets, "datasets");
    checkRuleId(ruleId);
    return random -> inject(datasets.generate(random), ruleId, random);
  }

  /**
   * The rule ids whose defect can be injected into the chairmanship of a chosen body (see
   * {@link #of(Gen, String, Body)}): the four presidency rules and {@code meeting.chair}.
   *
   * @return the rule ids, in the validator's order
   */
  public static List<String> chairmanshipRuleIds() {
    return CHAIRMANSHIP_RULES;
  }

  /**
   * A generator of defects of one rule in the chairmanship of one body: for the Council of Heads of State the
   * presidency (as {@link #of(Gen, String)}), for the Council of Heads of Government its own chairmanship chain
   * (its terms, the regular CHG meetings that close them, the CHG meetings its holders chair).
   *
   * @param datasets the generator of valid datasets; should make at least two terms of the body, not null
   * @param ruleId one of {@link #chairmanshipRuleIds()}, not null
   * @param body {@link Body#COUNCIL_OF_HEADS_OF_STATE} or {@link Body#COUNCIL_OF_HEADS_OF_GOVERNMENT}, not null
   * @return the generator of defects
   * @throws IllegalArgumentException if the rule id is not one of {@link #chairmanshipRuleIds()}, or the body has no
   *     chairmanship of its own
   */
  public static Gen<Defect> of(Gen<ScoDataset> datasets, String ruleId, Body body) {
    requireNonNull(datasets, "datasets");
    checkChairmanship(ruleId, body);
    return random -> inject(datasets.generate(random), ruleId, body, random);
  }

  /**
   * A generator of defects of a rule chosen uniformly from {@link #ruleIds()}.
   *
   * @param datasets the generator of valid datasets; should make at least two terms, not null
   * @return the generator of defects
   */
  public static Gen<Defect> ofAnyRule(Gen<ScoDataset> datasets) {
    requireNonNull(datasets, "datasets");
    return random -> {
      String rule = RuleIds.STANDARD.get(random.nextInt(RuleIds.STANDARD.size()));
      return inject(datasets.generate(random), rule, random);
    };
  }

  /**
   * Breaks the rule once in a copy of the valid dataset.
   *
   * @param valid a dataset without violations, not null
   * @param ruleId one of {@link #ruleIds()}, not null
   * @param random the source of randomness, not null
   * @return the defective dataset, with the rule id and what was changed
   * @throws IllegalArgumentException if the rule id is unknown, or the dataset lacks what the defect needs (such
   *     as two presidency terms)
   */
  public static Defect inject(ScoDataset valid, String ruleId, RandomGenerator random) {
    requireNonNull(valid, "valid");
    requireNonNull(random, "random");
    checkRuleId(ruleId);
    Injection in = new Injection(valid, random);
    switch (ruleId) {
      case RuleIds.MEMBERSHIP_TRANSITION:
        return in.transition();
      case RuleIds.MEMBERSHIP_CHRONOLOGY:
        return in.chronology();
      case RuleIds.MEMBERSHIP_STATUS_ERA:
        return in.statusEra();
      case RuleIds.MEMBERSHIP_ACCESSION_NEEDS_STATUS:
        return in.accessionNeedsStatus();
      case RuleIds.PRESIDENCY_CONTINUITY:
        return in.continuity(Body.COUNCIL_OF_HEADS_OF_STATE);
      case RuleIds.PRESIDENCY_HOLDER_IS_MEMBER:
        return in.holderIsMember(Body.COUNCIL_OF_HEADS_OF_STATE);
      case RuleIds.PRESIDENCY_ROTATION_ORDER:
        return in.rotationOrder(Body.COUNCIL_OF_HEADS_OF_STATE);
      case RuleIds.PRESIDENCY_SUMMIT_HOST:
        return in.summitHost(Body.COUNCIL_OF_HEADS_OF_STATE);
      case RuleIds.OFFICIAL_ROTATION_ORDER:
        return in.officialRotationOrder();
      case RuleIds.OFFICIAL_TERM_LENGTH:
        return in.officialTermLength();
      case RuleIds.MEETING_CHAIR:
        return in.meetingChair(Body.COUNCIL_OF_HEADS_OF_STATE);
      case RuleIds.MEETING_PARTICIPANTS_ELIGIBLE:
        return in.participants();
      case RuleIds.DOCUMENT_ADOPTION:
        return in.adoption();
      case RuleIds.DOCUMENT_SIGNATORIES:
        return in.signatories();
      case RuleIds.APPLICATION_DECIDED_AFTER:
        return in.applicationDecidedAfter();
      case RuleIds.RECORD_SOURCED:
        return in.unsourced();
      default:
        return in.reference();
    }
  }

  /**
   * Breaks the rule once in the chairmanship of the body, in a copy of the valid dataset.
   *
   * @param valid a dataset without violations, not null
   * @param ruleId one of {@link #chairmanshipRuleIds()}, not null
   * @param body {@link Body#COUNCIL_OF_HEADS_OF_STATE} or {@link Body#COUNCIL_OF_HEADS_OF_GOVERNMENT}, not null
   * @param random the source of randomness, not null
   * @return the defective dataset, with the rule id and what was changed
   * @throws IllegalArgumentException if the rule id is not one of {@link #chairmanshipRuleIds()}, the body has no
   *     chairmanship of its own, or the dataset lacks what the defect needs (such as two terms of the body)
   */
  public static Defect inject(ScoDataset valid, String ruleId, Body body, RandomGenerator random) {
    requireNonNull(valid, "valid");
    requireNonNull(random, "random");
    checkChairmanship(ruleId, body);
    Injection in = new Injection(valid, random);
    switch (ruleId) {
      case RuleIds.PRESIDENCY_CONTINUITY:
        return in.continuity(body);
      case RuleIds.PRESIDENCY_HOLDER_IS_MEMBER:
        return in.holderIsMember(body);
      case RuleIds.PRESIDENCY_ROTATION_ORDER:
        return in.rotationOrder(body);
      case RuleIds.PRESIDENCY_SUMMIT_HOST:
        return in.summitHost(body);
      default:
        return in.meetingChair(body);
    }
  }

  private static void checkChairmanship(String ruleId, Body body) {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(body, "body");
    if (!CHAIRMANSHIP_RULES.contains(ruleId)) {
      throw new IllegalArgumentException("ruleId: '" + ruleId + "' is not one of " + CHAIRMANSHIP_RULES);
    }
    if (body.chairedBy().filter(body::equals).isEmpty()) {
      throw new IllegalArgumentException("body: " + body + " has no chairmanship of its own");
    }
  }

  private static void checkRuleId(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    if (!RuleIds.STANDARD.contains(ruleId)) {
      throw new IllegalArgumentException("ruleId: '" + ruleId + "' is not one of " + RuleIds.STANDARD);
    }
  }

  /** One injection into one dataset. */
  private static final class Injection {
    private final ScoDataset d;
    private final RandomGenerator rnd;
    private final StatusTimeline timeline;
    private final List<State> states;
    private final Map<String, Presidency> closedBy = new HashMap<>();
    private final LocalDate horizon;
    private int fresh;

    Injection(ScoDataset d, RandomGenerator rnd) {
      this.d = d;
      this.rnd = rnd;
      this.timeline = StatusTimeline.of(d);
      this.states = new ArrayList<>(d.states());
      for (Presidency p : d.presidencies()) {
        p.closedAt().ifPresent(m -> closedBy.putIfAbsent(m, p));
      }
      LocalDate h = d.asOfDate().orElse(ScoCalendar.FOUNDING.plusYears(1));
      for (Presidency p : d.presidencies()) {
        LocalDate e = p.term().end().map(PartialDate::latest).orElse(p.term().start().latest());
        h = e.isAfter(h) ? e : h;
      }
      this.horizon = h;
    }

    // ------------------------------------------------------------ membership

    Defect transition() {
      State s = outsider();
      LocalDate day = randomDay(ScoCalendar.FOUNDING, horizon);
      MembershipStatus to =
          pick(List.of(MembershipStatus.ACCEDING, MembershipStatus.SUSPENDED, MembershipStatus.WITHDRAWN));
      StatusChange c = change(s.code(), to, day);
      return defect(
          base().statusChanges(appended(d.statusChanges(), c)),
          RuleIds.MEMBERSHIP_TRANSITION,
          String.format("%s (no status) jumps straight to %s on %s in %s", s.code(), to, day, c.id()));
    }

    Defect chronology() {
      List<StatusChange> changes = new ArrayList<>(d.statusChanges());
      List<int[]> pairs = new ArrayList<>();
      Map<StateCode, Integer> lastIndex = new HashMap<>();
      for (int i = 0; i < changes.size(); i++) {
        Integer prev = lastIndex.put(changes.get(i).state(), i);
        if (prev != null) {
          pairs.add(new int[] {prev, i});
        }
      }
      if (!pairs.isEmpty() && rnd.nextInt(4) != 0) {
        int[] p = pick(pairs);
        StatusChange a = changes.get(p[0]);
        StatusChange b = changes.get(p[1]);
        changes.set(p[0], b);
        changes.set(p[1], a);
        return defect(
            base().statusChanges(changes),
            RuleIds.MEMBERSHIP_CHRONOLOGY,
            String.format(
                "%s's changes %s (%s) and %s (%s) are listed in reverse date order",
                a.state(), a.id(), a.date(), b.id(), b.date()));
      }
      State s = outsider();
      LocalDate d1 = randomDay(ScoCalendar.FOUNDING, horizon.minusDays(2));
      LocalDate d2 = randomDay(d1.plusDays(1), horizon);
      StatusChange first = change(s.code(), MembershipStatus.ACCESSION_STARTED, d1);
      StatusChange second = change(s.code(), MembershipStatus.ACCEDING, d2);
      changes.add(second);
      changes.add(first);
      return defect(
          base().statusChanges(changes),
          RuleIds.MEMBERSHIP_CHRONOLOGY,
          String.format("%s's new changes on %s and %s are listed in reverse date order", s.code(), d1, d2));
    }

    Defect statusEra() {
      State s = outsider();
      boolean observer = rnd.nextBoolean();
      MembershipStatus status = observer ? MembershipStatus.OBSERVER : MembershipStatus.DIALOGUE_PARTNER;
      LocalDate eraStart = observer ? ScoCalendar.OBSERVER_FROM : ScoCalendar.DIALOGUE_PARTNER_FROM;
      LocalDate d1 = randomDay(ScoCalendar.FOUNDING, eraStart.minusDays(2));
      LocalDate d2 = randomDay(d1.plusDays(1), eraStart.minusDays(1));
      List<StatusChange> changes = new ArrayList<>(d.statusChanges());
      changes.add(change(s.code(), status, d1));
      changes.add(change(s.code(), MembershipStatus.NONE, d2));
      return defect(
          base().statusChanges(changes),
          RuleIds.MEMBERSHIP_STATUS_ERA,
          String.format("%s is %s from %s to %s, before that status existed (%s)", s.code(), status, d1, d2, eraStart));
    }

    /**
     * An accession step of a state without a partner status on its day: a state that never had a status, or one
     * that is a member (or suspended, withdrawn) then.
     */
    Defect accessionNeedsStatus() {
      State s;
      LocalDate day;
      List<StatusChange> members = new ArrayList<>();
      for (StatusChange c : d.statusChanges()) {
        if (c.status() == MembershipStatus.MEMBER) {
          members.add(c);
        }
      }
      if (!members.isEmpty() && rnd.nextBoolean()) {
        StatusChange admitted = pick(members);
        s = states.stream().filter(x -> x.code().equals(admitted.state())).findFirst().orElseThrow();
        day = randomDay(admitted.date().earliest(), horizon);
      } else {
        s = outsider();
        day = randomDay(ScoCalendar.FOUNDING, horizon);
      }
      MembershipStatus formal = timeline.statusOn(s.code(), day);
      if (formal.isPartnerKind()) {
        // the member left and became a partner again before that day: accede from no status instead
        s = outsider();
        formal = MembershipStatus.NONE;
      }
      AccessionStage stage = rnd.nextBoolean() ? AccessionStage.STARTED : AccessionStage.MEMORANDUM_SIGNED;
      AccessionStep.Builder b =
          AccessionStep.builder()
              .id(freshId("as-" + s.code().code().toLowerCase(java.util.Locale.ROOT)))
              .state(s.code())
              .stage(stage)
              .date(PartialDate.of(day));
      if (!d.sources().isEmpty()) {
        b.addSource(d.sources().get(0).id());
      }
      AccessionStep step = b.build();
      return defect(
          base().accessionSteps(appended(d.accessionSteps(), step)),
          RuleIds.MEMBERSHIP_ACCESSION_NEEDS_STATUS,
          String.format("%s (%s) reaches the accession stage %s on %s in %s", s.code(), formal, stage, day, step.id()));
    }

    // ------------------------------------------------------------ presidency

    Defect continuity(Body body) {
      List<Presidency> terms = d.presidencies();
      requireTerms(body, 2);
      List<Integer> order = shuffledIndexes(terms.size());
      for (int k : order) {
        Presidency next = terms.get(k);
        if (next.body() != body) {
          continue;
        }
        Optional<Presidency> prev = predecessor(next);
        if (prev.isEmpty()) {
          continue;
        }
        LocalDate start = next.term().start().earliest();
        LocalDate limit = next.term().end().map(e -> e.earliest().minusDays(1)).orElse(start.plusDays(60));
        int room = 0;
        while (room < 20 && start.plusDays(room + 1).isBefore(limit) && quiet(body, start, start.plusDays(room + 1))) {
          room++;
        }
        if (room == 0) {
          continue;
        }
        int g = 1 + rnd.nextInt(room);
        List<Presidency> changed = new ArrayList<>(terms);
        String what;
        if (rnd.nextBoolean()) {
          DateRange r = withStart(next.term(), PartialDate.of(start.plusDays(g)));
          changed.set(k, Presidency.builder().from(next).term(r).build());
          what = String.format("term %s now starts %d day(s) after %s ends: a gap", next.id(), g, prev.get().id());
        } else {
          int pk = terms.indexOf(prev.get());
          DateRange r = prev.get().term().withEnd(PartialDate.of(start.plusDays(g)));
          changed.set(pk, Presidency.builder().from(prev.get()).term(r).build());
          what =
              String.format(
                  "term %s now ends %d day(s) after %s starts: an overlap", prev.get().id(), g, next.id());
        }
        return defect(base().presidencies(changed), RuleIds.PRESIDENCY_CONTINUITY, what);
      }
      throw new IllegalArgumentException("presidency.continuity: no hand-over has quiet days around it");
    }

    /**
     * Nothing happens around a hand-over of the body's chairmanship on {@code from}: no meeting that chairmanship
     * chairs, but a closing one, starts in {@code [from, to]}, and no status changes in {@code (from, to]}.
     */
    private boolean quiet(Body body, LocalDate from, LocalDate to) {
      for (Meeting m : d.meetings()) {
        LocalDate s = m.startDate().earliest();
        if (chairs(body, m) && !closedBy.containsKey(m.id()) && !s.isBefore(from) && !s.isAfter(to)) {
          return false;
        }
      }
      for (StatusChange c : d.statusChanges()) {
        LocalDate s = c.date().earliest();
        if (s.isAfter(from) && !s.isAfter(to)) {
          return false;
        }
      }
      return true;
    }

    Defect holderIsMember(Body body) {
      List<Presidency> ofBody = d.presidencyTimeline(body);
      for (int attempt = 0; attempt < 400 && !ofBody.isEmpty(); attempt++) {
        Presidency p = pick(ofBody);
        StateCode h = p.holder();
        LocalDate start = p.term().start().earliest();
        LocalDate end = p.term().end().map(PartialDate::earliest).orElse(horizon.plusDays(30));
        if (!end.isAfter(start.plusDays(8))) {
          continue;
        }
        LocalDate a = randomDay(start.plusDays(1), end.minusDays(3));
        LocalDate b = a.plusDays(rnd.nextInt(0, 5));
        if (!b.plusDays(1).isBefore(end)
            || timeline.changesBetween(h, a, b.plusDays(1))
            || busy(h, a, b)
            || secretaryGeneralStartsBetween(a, b)
            || holdsOtherTermOrTermStarts(p, a, b.plusDays(1))) {
          continue;
        }
        StatusChange suspend = change(h, MembershipStatus.SUSPENDED, a);
        StatusChange back = change(h, MembershipStatus.MEMBER, b.plusDays(1));
        List<StatusChange> changes = new ArrayList<>(d.statusChanges());
        int at = changes.size();
        for (int i = 0; i < changes.size(); i++) {
          StatusChange c = changes.get(i);
          if (c.state().equals(h) && c.date().earliest().isAfter(b)) {
            at = i;
            break;
          }
        }
        changes.add(at, back);
        changes.add(at, suspend);
        return defect(
            base().statusChanges(changes),
            RuleIds.PRESIDENCY_HOLDER_IS_MEMBER,
            String.format("%s, holding term %s, is suspended from %s to %s", h, p.id(), a, b));
      }
      throw new IllegalArgumentException("presidency.holder-is-member: no quiet days inside any term");
    }

    /**
     * Whether, in the days, the holder of the term also holds a term of another chairmanship, or a term of any
     * chairmanship starts (the members then decide who should hold it).
     */
    private boolean holdsOtherTermOrTermStarts(Presidency term, LocalDate from, LocalDate to) {
      for (Presidency q : d.presidencies()) {
        LocalDate s = q.term().start().earliest();
        LocalDate e = q.term().end().map(PartialDate::earliest).orElse(LocalDate.MAX);
        boolean overlaps = !s.isAfter(to) && e.isAfter(from);
        if (within(s, from, to) || (!q.id().equals(term.id()) && q.holder().equals(term.holder()) && overlaps)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a Secretary-General term starts in the days (the members then decide who should hold it). */
    private boolean secretaryGeneralStartsBetween(LocalDate from, LocalDate to) {
      for (Official o : secretariesGeneral()) {
        if (within(o.term().start().earliest(), from, to)) {
          return true;
        }
      }
      return false;
    }

    /** Whether the state takes part in (as non-guest) a meeting with both ends in the days, or signs then. */
    private boolean busy(StateCode s, LocalDate from, LocalDate to) {
      for (Meeting m : d.meetings()) {
        boolean takesPart =
            m.participants().stream().anyMatch(p -> !p.guest() && p.state().filter(s::equals).isPresent());
        if (takesPart && (within(m.startDate().earliest(), from, to) || within(m.endDate().earliest(), from, to))) {
          return true;
        }
      }
      for (Document doc : d.documents()) {
        Optional<PartialDate> when = doc.signed().or(doc::adopted);
        if (doc.signatories().contains(s) && when.isPresent() && within(when.get().earliest(), from, to)) {
          return true;
        }
      }
      return false;
    }

    Defect rotationOrder(Body body) {
      requireTerms(body, 2);
      for (int k : shuffledIndexes(d.presidencies().size())) {
        Presidency p = d.presidencies().get(k);
        if (p.body() != body || predecessor(p).isEmpty()) {
          continue;
        }
        LocalDate start = p.term().start().earliest();
        LocalDate end = p.term().end().map(PartialDate::earliest).orElse(LocalDate.of(9999, 1, 1));
        List<State> others = new ArrayList<>();
        for (State s : states) {
          if (!s.code().equals(p.holder()) && timeline.memberThroughout(s.code(), start, end)) {
            others.add(s);
          }
        }
        if (others.isEmpty()) {
          continue;
        }
        State m = pick(others);
        List<Presidency> terms = new ArrayList<>(d.presidencies());
        terms.set(k, Presidency.builder().from(p).holder(m.code()).build());
        List<Meeting> meetings = new ArrayList<>();
        for (Meeting meeting : d.meetings()) {
          meetings.add(chairedIn(meeting, p) ? rehost(meeting, m.code(), true) : meeting);
        }
        return defect(
            base().presidencies(terms).meetings(meetings),
            RuleIds.PRESIDENCY_ROTATION_ORDER,
            String.format("term %s is given to %s instead of %s, out of rotation order", p.id(), m.code(), p.holder()));
      }
      throw new IllegalArgumentException("presidency.rotation-order: no term has a second member to give it to");
    }

    /** Whether the holder of the body's chairmanship chairs the meeting (a regular meeting that took place). */
    private static boolean chairs(Body body, Meeting m) {
      return m.body().chairedBy().filter(body::equals).isPresent() && m.kind() == MeetingKind.REGULAR && !m.planned();
    }

    /** Whether the term's holder chairs the meeting in the term. */
    private boolean chairedIn(Meeting m, Presidency p) {
      if (!chairs(p.body(), m)) {
        return false;
      }
      Presidency closes = closedBy.get(m.id());
      if (closes != null) {
        return closes.id().equals(p.id());
      }
      return p.term().contains(m.startDate().earliest());
    }

    private static Meeting rehost(Meeting m, StateCode to, boolean chairToo) {
      Meeting.Builder b = Meeting.builder().from(m).host(to);
      if (chairToo) {
        b.chair(to);
      }
      m.venue().ifPresent(v -> b.venue(Venue.of(v.city(), to)));
      return b.build();
    }

    Defect summitHost(Body body) {
      List<Presidency> closed = new ArrayList<>();
      for (Presidency p : d.presidencyTimeline(body)) {
        if (p.closedAt().flatMap(d::meeting).isPresent()) {
          closed.add(p);
        }
      }
      if (closed.isEmpty()) {
        throw new IllegalArgumentException("presidency.summit-host: no term is closed by a recorded summit");
      }
      Presidency p = pick(closed);
      Meeting summit = d.meeting(p.closedAt().get()).get();
      State other = pick(statesExcept(p.holder()));
      List<Meeting> meetings = new ArrayList<>(d.meetings());
      meetings.set(meetings.indexOf(summit), rehost(summit, other.code(), false));
      return defect(
          base().meetings(meetings),
          RuleIds.PRESIDENCY_SUMMIT_HOST,
          String.format("summit %s closing term %s of %s is hosted by %s", summit.id(), p.id(), p.holder(),
              other.code()));
    }

    // ------------------------------------------------------------ Secretaries-General

    /** The Secretary-General terms by start, as the rules see them. */
    private List<Official> secretariesGeneral() {
      return d.officialTimeline(Post.SECRETARY_GENERAL);
    }

    private void requireSecretariesGeneral(String ruleId) {
      if (secretariesGeneral().isEmpty()) {
        throw new IllegalArgumentException(ruleId + ": the dataset has no Secretary-General term");
      }
    }

    /** A Secretary-General term goes to a state that is not the one the rotation expects. */
    Defect officialRotationOrder() {
      requireSecretariesGeneral(RuleIds.OFFICIAL_ROTATION_ORDER);
      List<Official> terms = secretariesGeneral();
      int k = rnd.nextInt(terms.size());
      Official term = terms.get(k);
      LocalDate start = term.term().start().earliest();
      List<State> members = timeline.withStatus(states, MembershipStatus.MEMBER, start);
      State expected =
          k == 0
              ? Rotation.sorted(members).get(0)
              : Rotation.next(Rotation.find(states, terms.get(k - 1).state()), members);
      State other = pick(statesExcept(expected.code()));
      List<Official> officials = new ArrayList<>(d.officials());
      officials.set(officials.indexOf(term), Official.builder().from(term).state(other.code()).build());
      return defect(
          base().officials(officials),
          RuleIds.OFFICIAL_ROTATION_ORDER,
          String.format("Secretary-General term %s goes to %s instead of %s, out of rotation order", term.id(),
              other.code(), expected.code()));
    }

    /** A Secretary-General term ends up to 400 days before or after its third anniversary. */
    Defect officialTermLength() {
      requireSecretariesGeneral(RuleIds.OFFICIAL_TERM_LENGTH);
      Official term = pick(secretariesGeneral());
      LocalDate start = term.term().start().earliest();
      int days = rnd.nextInt(1, 401) * (rnd.nextBoolean() ? 1 : -1);
      LocalDate end = start.plusYears(3).plusDays(days);
      List<Official> officials = new ArrayList<>(d.officials());
      officials.set(
          officials.indexOf(term), Official.builder().from(term).term(DateRange.of(start, end)).build());
      return defect(
          base().officials(officials),
          RuleIds.OFFICIAL_TERM_LENGTH,
          String.format("Secretary-General term %s now ends on %s, %d day(s) %s its third anniversary", term.id(),
              end, Math.abs(days), days > 0 ? "after" : "before"));
    }

    // ------------------------------------------------------------ meetings

    Defect meetingChair(Body body) {
      List<Meeting> checked = new ArrayList<>();
      for (Meeting m : d.meetings()) {
        if (chairs(body, m)
            && m.chair().isPresent()
            && (closedBy.containsKey(m.id()) || d.presidencyOn(body, m.startDate().earliest()).isPresent())) {
          checked.add(m);
        }
      }
      if (checked.isEmpty()) {
        throw new IllegalArgumentException("meeting.chair: no meeting is chaired by the " + body + " chairmanship");
      }
      Meeting m = pick(checked);
      State other = pick(statesExcept(m.chair().get()));
      List<Meeting> meetings = new ArrayList<>(d.meetings());
      meetings.set(meetings.indexOf(m), Meeting.builder().from(m).chair(other.code()).build());
      return defect(
          base().meetings(meetings),
          RuleIds.MEETING_CHAIR,
          String.format("%s meeting %s is chaired by %s instead of %s", m.body().abbreviation(), m.id(),
              other.code(), m.chair().get()));
    }

    Defect participants() {
      ScoDataset.Builder b = base();
      State outsider = null;
      for (int attempt = 0; attempt < 200 && !d.meetings().isEmpty(); attempt++) {
        Meeting m = pick(d.meetings());
        if (m.body() == Body.SHANGHAI_FIVE) {
          continue;
        }
        List<State> ineligible = new ArrayList<>();
        for (State s : states) {
          if (!ELIGIBLE.contains(timeline.statusOn(s.code(), m.startDate().earliest()))
              && !ELIGIBLE.contains(timeline.statusOn(s.code(), m.endDate().earliest()))) {
            ineligible.add(s);
          }
        }
        if (ineligible.isEmpty()) {
          if (outsider == null) {
            outsider = outsider();
            b = base();
          }
          ineligible.add(outsider);
        }
        State s = pick(ineligible);
        List<Participant> ps = new ArrayList<>(m.participants());
        String what = null;
        for (int i = 0; i < ps.size(); i++) {
          if (ps.get(i).state().filter(s.code()::equals).isPresent()) {
            ps.set(i, Participant.builder().from(ps.get(i)).guest(false).build());
            what = "is no longer marked as a guest";
          }
        }
        if (what == null) {
          ps.add(rnd.nextInt(ps.size() + 1), Participant.ofState(s.code()));
          what = "takes part, not as a guest";
        }
        List<Meeting> meetings = new ArrayList<>(d.meetings());
        meetings.set(meetings.indexOf(m), Meeting.builder().from(m).participants(ps).build());
        return defect(
            b.meetings(meetings),
            RuleIds.MEETING_PARTICIPANTS_ELIGIBLE,
            String.format("%s, %s on %s, %s in %s", s.code(),
                timeline.statusOn(s.code(), m.startDate().earliest()), m.startDate(), what, m.id()));
      }
      throw new IllegalArgumentException("meeting.participants-eligible: no meeting to add a participant to");
    }

    // ------------------------------------------------------------ documents

    Defect adoption() {
      List<Document> candidates = new ArrayList<>();
      for (Document doc : d.documents()) {
        if (doc.adoptedAt().flatMap(d::meeting).isPresent()
            && doc.adopted().or(doc::signed).isPresent()
            && (doc.signatories().isEmpty() || doc.signed().isPresent())) {
          candidates.add(doc);
        }
      }
      if (candidates.isEmpty()) {
        throw new IllegalArgumentException("document.adoption: no document is adopted at a recorded meeting");
      }
      Document doc = pick(candidates);
      Meeting m = d.meeting(doc.adoptedAt().get()).get();
      LocalDate day =
          rnd.nextBoolean()
              ? m.endDate().latest().plusDays(rnd.nextInt(1, 60))
              : m.startDate().earliest().minusDays(rnd.nextInt(1, 60));
      Document.Builder changed = Document.builder().from(doc).adopted(PartialDate.of(day));
      List<Document> docs = new ArrayList<>(d.documents());
      docs.set(docs.indexOf(doc), changed.build());
      return defect(
          base().documents(docs),
          RuleIds.DOCUMENT_ADOPTION,
          String.format("%s is now adopted on %s, outside meeting %s (%s to %s)", doc.id(), day, m.id(),
              m.startDate(), m.endDate()));
    }

    Defect signatories() {
      List<Document> candidates = new ArrayList<>();
      for (Document doc : d.documents()) {
        Optional<PartialDate> when = doc.signed().or(doc::adopted);
        if (doc.kind() != DocumentKind.MEMORANDUM
            && when.isPresent()
            && !when.get().earliest().isBefore(ScoCalendar.FOUNDING)) {
          candidates.add(doc);
        }
      }
      if (candidates.isEmpty()) {
        throw new IllegalArgumentException("document.signatories: no dated document to sign");
      }
      Document doc = pick(candidates);
      LocalDate day = doc.signed().or(doc::adopted).get().earliest();
      List<State> nonMembers = new ArrayList<>();
      for (State s : states) {
        if (timeline.statusOn(s.code(), day) != MembershipStatus.MEMBER && !doc.signatories().contains(s.code())) {
          nonMembers.add(s);
        }
      }
      ScoDataset.Builder b = base();
      State s;
      if (nonMembers.isEmpty()) {
        s = outsider();
        b = base();
      } else {
        s = pick(nonMembers);
      }
      List<StateCode> signers = new ArrayList<>(doc.signatories());
      signers.add(rnd.nextInt(signers.size() + 1), s.code());
      List<Document> docs = new ArrayList<>(d.documents());
      docs.set(docs.indexOf(doc), Document.builder().from(doc).signatories(signers).build());
      return defect(
          b.documents(docs),
          RuleIds.DOCUMENT_SIGNATORIES,
          String.format("%s, %s on %s, signs %s", s.code(), timeline.statusOn(s.code(), day), day, doc.id()));
    }

    // ------------------------------------------------------------ applications

    /**
     * An application dated after the meeting that decided it: an application of the dataset that names its deciding
     * meeting is moved past it, or else a new one (by a state of the dataset, citing a source of the dataset) is
     * added, decided at a meeting of the dataset and dated after it, to the day or only to a later year.
     */
    Defect applicationDecidedAfter() {
      List<Application> decided = new ArrayList<>();
      for (Application a : d.applications()) {
        if (a.decidedAt().flatMap(d::meeting).isPresent()) {
          decided.add(a);
        }
      }
      List<Application> apps = new ArrayList<>(d.applications());
      Application.Builder b;
      Meeting m;
      if (!decided.isEmpty() && rnd.nextBoolean()) {
        Application a = pick(decided);
        m = d.meeting(a.decidedAt().get()).get();
        b = Application.builder().from(a);
        apps.remove(a);
      } else {
        if (d.meetings().isEmpty() || d.sources().isEmpty()) {
          throw new IllegalArgumentException("application.decided-after: no meeting or no source to cite");
        }
        m = pick(d.meetings());
        State s = pick(states);
        b = Application.builder()
            .id(freshId("app-" + s.code().code().toLowerCase(java.util.Locale.ROOT)))
            .state(s.code())
            .decidedAt(m.id())
            .addSource(d.sources().get(0).id());
        if (rnd.nextBoolean()) {
          b.sought(pick(List.copyOf(Application.SOUGHT)));
        }
      }
      LocalDate after = m.endDate().latest();
      PartialDate date =
          rnd.nextBoolean() && after.getYear() < 9999
              ? PartialDate.ofYear(after.getYear() + 1)
              : PartialDate.of(after.plusDays(rnd.nextInt(1, 400)));
      Application changed = b.date(date).build();
      apps.add(rnd.nextInt(apps.size() + 1), changed);
      return defect(
          base().applications(apps),
          RuleIds.APPLICATION_DECIDED_AFTER,
          String.format("%s of %s is dated %s, after meeting %s (%s to %s) that decided it", changed.id(),
              changed.state(), date, m.id(), m.startDate(), m.endDate()));
    }

    // ------------------------------------------------------------ references

    Defect reference() {
      String missing = freshId("missing");
      int variant = rnd.nextInt(3);
      if (variant == 0 && !d.statusChanges().isEmpty()) {
        StatusChange c = pick(d.statusChanges());
        List<StatusChange> changes = new ArrayList<>(d.statusChanges());
        changes.set(changes.indexOf(c), StatusChange.builder().from(c).decidedAt(missing).build());
        return defect(
            base().statusChanges(changes),
            RuleIds.REFERENCE_RESOLVES,
            String.format("%s is decided at meeting %s, which does not exist", c.id(), missing));
      }
      if (variant == 1 && !d.documents().isEmpty()) {
        Document doc = pick(d.documents());
        List<DocumentLink> links = new ArrayList<>(doc.links());
        links.add(DocumentLink.of(LinkType.AMENDS, missing));
        List<Document> docs = new ArrayList<>(d.documents());
        docs.set(docs.indexOf(doc), Document.builder().from(doc).links(links).build());
        return defect(
            base().documents(docs),
            RuleIds.REFERENCE_RESOLVES,
            String.format("%s amends document %s, which does not exist", doc.id(), missing));
      }
      if (d.meetings().isEmpty()) {
        throw new IllegalArgumentException("reference.resolves: nothing to break");
      }
      Meeting m = pick(d.meetings());
      List<String> sources = new ArrayList<>(m.sources());
      sources.add(missing);
      List<Meeting> meetings = new ArrayList<>(d.meetings());
      meetings.set(meetings.indexOf(m), Meeting.builder().from(m).sources(sources).build());
      return defect(
          base().meetings(meetings),
          RuleIds.REFERENCE_RESOLVES,
          String.format("%s cites source %s, which does not exist", m.id(), missing));
    }

    // ------------------------------------------------------------ sources

    /** A record loses every source it cites (a dangling id would also break {@code reference.resolves}). */
    Defect unsourced() {
      if (rnd.nextBoolean() && !d.statusChanges().isEmpty()) {
        StatusChange c = pick(d.statusChanges());
        List<StatusChange> changes = new ArrayList<>(d.statusChanges());
        changes.set(changes.indexOf(c), StatusChange.builder().from(c).sources(List.of()).build());
        return defect(
            base().statusChanges(changes), RuleIds.RECORD_SOURCED, c.id() + " cites no source any more");
      }
      if (d.meetings().isEmpty()) {
        throw new IllegalArgumentException("record.sourced: nothing to break");
      }
      Meeting m = pick(d.meetings());
      List<Meeting> meetings = new ArrayList<>(d.meetings());
      meetings.set(meetings.indexOf(m), Meeting.builder().from(m).sources(List.of()).build());
      return defect(base().meetings(meetings), RuleIds.RECORD_SOURCED, m.id() + " cites no source any more");
    }

    // ------------------------------------------------------------ helpers

    private ScoDataset.Builder base() {
      return ScoDataset.builder().from(d).states(states);
    }

    private Defect defect(ScoDataset.Builder b, String ruleId, String description) {
      return new Defect(b.build(), ruleId, description);
    }

    /** A state that never had a status: an existing one, or a new one added to the states. */
    private State outsider() {
      Set<StateCode> changed = new HashSet<>();
      d.statusChanges().forEach(c -> changed.add(c.state()));
      List<State> none = new ArrayList<>();
      for (State s : states) {
        if (!changed.contains(s.code())) {
          none.add(s);
        }
      }
      if (!none.isEmpty() && rnd.nextInt(4) != 0) {
        return pick(none);
      }
      Set<StateCode> codes = StatePool.codes(states);
      Set<String> names = new HashSet<>();
      states.forEach(s -> names.add(s.nameRu()));
      State s = StatePool.invent(rnd, codes, names);
      states.add(s);
      return s;
    }

    private List<State> statesExcept(StateCode code) {
      List<State> out = new ArrayList<>();
      for (State s : states) {
        if (!s.code().equals(code)) {
          out.add(s);
        }
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException("the dataset has a single state");
      }
      return out;
    }

    /** A new change citing a source of the dataset (so that it breaks no {@code record.sourced}). */
    private StatusChange change(StateCode state, MembershipStatus status, LocalDate day) {
      StatusChange.Builder b =
          StatusChange.builder()
              .id(freshId("sc-" + state.code().toLowerCase(java.util.Locale.ROOT)))
              .state(state)
              .status(status)
              .date(PartialDate.of(day));
      if (!d.sources().isEmpty()) {
        b.addSource(d.sources().get(0).id());
      }
      return b.build();
    }

    private String freshId(String prefix) {
      String id;
      do {
        id = prefix + "-defect-" + (++fresh);
      } while (d.record(id).isPresent() || d.source(id).isPresent());
      return id;
    }

    private Optional<Presidency> predecessor(Presidency p) {
      List<Presidency> timeline2 = d.presidencyTimeline(p.body());
      int i = timeline2.indexOf(p);
      return i > 0 ? Optional.of(timeline2.get(i - 1)) : Optional.empty();
    }

    private void requireTerms(Body body, int n) {
      int terms = d.presidencyTimeline(body).size();
      if (terms < n) {
        throw new IllegalArgumentException(
            "the dataset has " + terms + " " + body.abbreviation() + " chairmanship term(s); the defect needs " + n);
      }
    }

    private List<Integer> shuffledIndexes(int n) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(i);
      }
      for (int i = n - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        Integer t = out.get(i);
        out.set(i, out.get(j));
        out.set(j, t);
      }
      return out;
    }

    private LocalDate randomDay(LocalDate from, LocalDate to) {
      long span = to.toEpochDay() - from.toEpochDay();
      return span <= 0 ? from : from.plusDays(rnd.nextLong(span + 1));
    }

    private <T> T pick(List<T> list) {
      return list.get(rnd.nextInt(list.size()));
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
      return !day.isBefore(from) && !day.isAfter(to);
    }

    private static <T> List<T> appended(List<T> list, T t) {
      List<T> out = new ArrayList<>(list);
      out.add(t);
      return out;
    }

    private static DateRange withStart(DateRange r, PartialDate start) {
      switch (r.endKind()) {
        case BOUNDED:
          return DateRange.of(start, r.end().get());
        case ONGOING:
          return DateRange.ongoing(start);
        default:
          return DateRange.endUnknown(start);
      }
    }
  }
}
