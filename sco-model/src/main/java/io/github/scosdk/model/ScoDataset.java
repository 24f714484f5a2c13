package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.scosdk.model.internal.StableHash;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A whole SCO dataset: states, sources, status changes, accession steps, meetings, presidency terms, documents,
 * initiatives, officials, declared rotation exceptions and applications, with look-ups by id.
 *
 * <p>The builder guarantees that ids are unique across all records (and state codes across states); it does not
 * check business rules, so a dataset may break them: run {@link io.github.scosdk.model.rules.Validator} to get
 * every violation. Collections keep the order they were given in. Immutable and thread-safe; indexes are built
 * lazily on first use.
 */
@Value.Immutable
public abstract class ScoDataset implements WithScoDataset {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  ScoDataset() {}

  /** {@return a short description of what the dataset covers} */
  public abstract Optional<String> title();

  /**
   * {@return the horizon: the day up to which the dataset is complete} Answers for a later day are given, but facts after
   * it may be missing ({@link #beyondHorizon(LocalDate)}, {@link ScoSnapshot#beyondHorizon()}). A dataset without
   * it declares no horizon: no day is beyond it.
   */
  public abstract Optional<LocalDate> asOfDate();

  /**
   * {@return whether the day is after the dataset's horizon ({@link #asOfDate()}); false if it declares none}
   *
   * @param day the day asked about; not null
   */
  public boolean beyondHorizon(LocalDate day) {
    java.util.Objects.requireNonNull(day, "day");
    return asOfDate().map(day::isAfter).orElse(false);
  }

  /**
   * {@return this dataset with the newer one laid over it: every value of the newer dataset replaces the value with the same
   * key (id, or code for a state) here, whatever its kind, and the rest are added; the horizon is the later of the
   * two (the one declared if only one is); the title is this dataset's, else the newer one's} The result says which
   * values were replaced. Overlaying a dataset with itself gives it back, with every key replaced.
   *
   * @param newer the dataset of newer facts (usually a small file of corrections and additions); not null
   */
  public Overlay overlay(ScoDataset newer) {
    java.util.Objects.requireNonNull(newer, "newer");
    return DatasetOverlay.overlay(this, newer);
  }

  /** {@return the states} */
  public abstract List<State> states();

  /** {@return the sources cited by the records} */
  public abstract List<Source> sources();

  /** {@return every status change of every state} */
  public abstract List<StatusChange> statusChanges();

  /** {@return every step of every state on the accession track} */
  public abstract List<AccessionStep> accessionSteps();

  /** {@return the meetings} */
  public abstract List<Meeting> meetings();

  /** {@return the presidencies, one per holder's term} */
  public abstract List<Presidency> presidencies();

  /** {@return the documents} */
  public abstract List<Document> documents();

  /** {@return the initiatives} */
  public abstract List<Initiative> initiatives();

  /** {@return the officials} */
  public abstract List<Official> officials();

  /** {@return the declared exceptions to the rotation rule} */
  public abstract List<RotationException> rotationExceptions();

  /** {@return the applications for membership or a status, in the order given} */
  public abstract List<Application> applications();

  /** {@return every record with an id, sources excluded, in a stable order (by {@link RecordKind}, then as given)} */
  public Stream<ScoRecord> records() {
    return RecordKind.records().stream().flatMap(k -> k.list(this).stream()).map(ScoRecord.class::cast);
  }

  @Value.Lazy
  Map<StateCode, State> stateIndex() {
    return index(states(), State::code);
  }

  @Value.Lazy
  Map<String, Source> sourceIndex() {
    return index(sources(), Source::id);
  }

  /**
   * Every state code, source id and record id, to its value: the map {@link #check()} builds to find duplicates,
   * kept as the look-up index by id, so that a dataset builds it once. Not part of the value.
   */
  @SuppressWarnings("immutables:incompat") // a cache, not an attribute: excluded from equals, hashCode, toString
  private transient volatile Map<Object, Object> keys;

  private Object byKey(Object key) {
    Map<Object, Object> m = keys;
    if (m == null) {
      m = new HashMap<>(expectedEntries());
      for (RecordKind kind : RecordKind.values()) {
        for (Object value : kind.list(this)) {
          m.putIfAbsent(kind.key(value), value);
        }
      }
      keys = m;
    }
    return m.get(key);
  }

  @Value.Lazy
  StatusIndex statusIndex() {
    return new StatusIndex(statusChanges());
  }

  @Value.Lazy
  AccessionIndex accessionIndex() {
    return new AccessionIndex(accessionSteps(), statusIndex());
  }

  @Value.Lazy
  Map<Body, TermIndex<Presidency>> presidencyIndex() {
    return termIndexes(Body.class, presidencies(), Presidency::body, Presidency::term, body -> false);
  }

  private Optional<TermIndex<Presidency>> presidencyIndex(Body body) {
    java.util.Objects.requireNonNull(body, "body");
    return Optional.ofNullable(presidencyIndex().get(body));
  }

  @Value.Lazy
  Map<Post, TermIndex<Official>> officialIndex() {
    return termIndexes(Post.class, officials(), Official::post, Official::term, Post::oneHolderAtATime);
  }

  /** One term index per key (body, post), over the values with that key. */
  private static <K extends Enum<K>, T> Map<K, TermIndex<T>> termIndexes(
      Class<K> keyType,
      List<T> values,
      Function<T, K> key,
      Function<T, DateRange> term,
      java.util.function.Predicate<K> oneHolderAtATime) {
    Map<K, List<T>> byKey = new EnumMap<>(keyType);
    for (T v : values) {
      byKey.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v);
    }
    Map<K, TermIndex<T>> result = new EnumMap<>(keyType);
    byKey.forEach((k, list) -> result.put(k, new TermIndex<>(list, term, oneHolderAtATime.test(k))));
    return result;
  }

  /**
   * A look-up map (only {@code get} is used). A JDK map rather than Guava's ImmutableMap: its builder, entry and
   * view classes (about 20) were the only Guava collection classes a first look-up in a fresh JVM loaded.
   */
  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> m = new HashMap<>(expectedSize(values.size()));
    for (V v : values) {
      K k = key.apply(v);
      checkArgument(m.putIfAbsent(k, v) == null, "Multiple entries with same key: %s", k);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** {@return a HashMap capacity that holds n entries without a rehash} */
  private static int expectedSize(int n) {
    return n < 3 ? n + 1 : (int) (n / 0.75f + 1.0f);
  }

  /**
   * {@return the state with the code}
   *
   * @param code the ISO 3166-1 alpha-2 code of the state; not null
   */
  public Optional<State> state(StateCode code) {
    java.util.Objects.requireNonNull(code, "code");
    return Optional.ofNullable(stateIndex().get(code));
  }

  /**
   * {@return the source with the id}
   *
   * @param id the id of the source, such as the one a record cites; not null
   */
  public Optional<Source> source(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return Optional.ofNullable(sourceIndex().get(id));
  }

  /**
   * {@return the record (of any kind but source) with the id}
   *
   * @param id the id of the record, such as {@code chs-2025-tianjin}; not null
   */
  public Optional<ScoRecord> record(String id) {
    java.util.Objects.requireNonNull(id, "id");
    Object r = byKey(id);
    return r instanceof ScoRecord ? Optional.of((ScoRecord) r) : Optional.empty();
  }

  /**
   * {@return the meeting with the id}
   *
   * @param id the id of the meeting, such as {@code chs-2025-tianjin};
   *     not null; a record of another kind with that id gives empty
   */
  public Optional<Meeting> meeting(String id) {
    return typed(id, Meeting.class);
  }

  /**
   * {@return the document with the id}
   *
   * @param id the id of the document, such as {@code doc-tianjin-declaration-2025};
   *     not null; a record of another kind with that id gives empty
   */
  public Optional<Document> document(String id) {
    return typed(id, Document.class);
  }

  /**
   * {@return the presidency with the id}
   *
   * @param id the id of the presidency term, such as {@code presidency-2024-cn};
   *     not null; a record of another kind with that id gives empty
   */
  public Optional<Presidency> presidency(String id) {
    return typed(id, Presidency.class);
  }

  /**
   * {@return the status change with the id}
   *
   * @param id the id of the status change;
   *     not null; a record of another kind with that id gives empty
   */
  public Optional<StatusChange> statusChange(String id) {
    return typed(id, StatusChange.class);
  }

  /**
   * {@return the accession step with the id}
   *
   * @param id the id of the accession step;
   *     not null; a record of another kind with that id gives empty
   */
  public Optional<AccessionStep> accessionStep(String id) {
    return typed(id, AccessionStep.class);
  }

  /**
   * {@return the initiative with the id}
   *
   * @param id the id of the initiative;
   *     not null; a record of another kind with that id gives empty
   */
  public Optional<Initiative> initiative(String id) {
    return typed(id, Initiative.class);
  }

  /**
   * {@return the official with the id}
   *
   * @param id the id of the official;
   *     not null; a record of another kind with that id gives empty
   */
  public Optional<Official> official(String id) {
    return typed(id, Official.class);
  }

  /**
   * {@return the rotation exception with the id}
   *
   * @param id the id of the declared rotation exception;
   *     not null; a record of another kind with that id gives empty
   */
  public Optional<RotationException> rotationException(String id) {
    return typed(id, RotationException.class);
  }

  /**
   * {@return the application with the id}
   *
   * @param id the id of the application;
   *     not null; a record of another kind with that id gives empty
   */
  public Optional<Application> application(String id) {
    return typed(id, Application.class);
  }

  /**
   * {@return the state's applications in date order (by earliest day, then coarser precision first; stable for equal
   * dates); empty if it has none}
   *
   * @param state the applying state; not null
   */
  public List<Application> applicationsOf(StateCode state) {
    java.util.Objects.requireNonNull(state, "state");
    return applications().stream()
        .filter(a -> a.state().equals(state))
        .sorted(Comparator.comparing(Application::date))
        .toList();
  }

  private <T> Optional<T> typed(String id, Class<T> type) {
    java.util.Objects.requireNonNull(id, "id");
    Object r = byKey(id);
    return type.isInstance(r) ? Optional.of(type.cast(r)) : Optional.empty();
  }

  // ---------------------------------------------------------------- queries

  /**
   * {@return the formal status of the state on the day: the status of its last change on or before the day (changes
   * known only to the month or year count from their earliest day), or {@link MembershipStatus#NONE}} O(log n). The
   * accession stage is not a formal status ({@link #accessionStageOn}): a change to a deprecated accession status
   * ({@code accession_started}, {@code acceding}) keeps the formal status in force before it.
   *
   * @param state the state asked about; not null
   * @param date the day the answer is for; not null
   */
  public MembershipStatus statusOn(StateCode state, LocalDate date) {
    java.util.Objects.requireNonNull(state, "state");
    java.util.Objects.requireNonNull(date, "date");
    return statusIndex().statusOn(state, date);
  }

  /**
   * {@return the state's status changes in date order (stable for equal dates)}
   *
   * @param state the state asked about; a state without changes gives an empty list; not null
   */
  public List<StatusChange> statusHistory(StateCode state) {
    java.util.Objects.requireNonNull(state, "state");
    return statusIndex().history(state);
  }

  /**
   * {@return the status change in force for the state on the day, if any} O(log n).
   *
   * @param state the state asked about; not null
   * @param date the day the answer is for; not null
   */
  public Optional<StatusChange> statusChangeOn(StateCode state, LocalDate date) {
    java.util.Objects.requireNonNull(state, "state");
    java.util.Objects.requireNonNull(date, "date");
    return statusIndex().changeOn(state, date);
  }

  /**
   * {@return the accession stage of the state on the day: the stage of its last accession step on or before the day,
   * unless a status change since that step's day ended the accession (to member, suspended, withdrawn or none), else
   * {@link AccessionStage#NONE}} O(log n). Status changes to the deprecated statuses {@code accession_started} and
   * {@code acceding} count as steps.
   *
   * @param state the state asked about; not null
   * @param date the day the answer is for; not null
   */
  public AccessionStage accessionStageOn(StateCode state, LocalDate date) {
    java.util.Objects.requireNonNull(state, "state");
    java.util.Objects.requireNonNull(date, "date");
    return accessionIndex().stageOn(state, date);
  }

  /**
   * {@return the accession step in force for the state on the day, if the state is acceding then} O(log n). For a
   * status change to a deprecated accession status, a step with the change's id, date and sources.
   *
   * @param state the state asked about; not null
   * @param date the day the answer is for; not null
   */
  public Optional<AccessionStep> accessionStepOn(StateCode state, LocalDate date) {
    java.util.Objects.requireNonNull(state, "state");
    java.util.Objects.requireNonNull(date, "date");
    return accessionIndex().stepOn(state, date);
  }

  /**
   * {@return the state's accession steps in date order (stable for equal dates), with its status changes to a
   * deprecated accession status read as steps}
   *
   * @param state the state asked about; a state without steps gives an empty list; not null
   */
  public List<AccessionStep> accessionHistory(StateCode state) {
    java.util.Objects.requireNonNull(state, "state");
    return accessionIndex().history(state);
  }

  /** {@return the presidencies sorted by the start of their terms} */
  public List<Presidency> presidencyTimeline() {
    return presidencyTimeline(Body.COUNCIL_OF_HEADS_OF_STATE);
  }

  /**
   * {@return the chairmanship terms of the body ({@link Presidency#body()}) sorted by the start of their terms; empty
   * if the dataset has none}
   *
   * @param body the body whose terms are asked for, such as the Council of Heads of Government
   */
  public List<Presidency> presidencyTimeline(Body body) {
    return presidencyIndex(body).map(TermIndex::sorted).orElse(List.of());
  }

  /**
   * {@return the presidency (Council of Heads of State) whose term runs on the day (half-open: on a handover day the
   * new term runs)} O(log n).
   *
   * @param date the day the answer is for; after the horizon the last known term may still be running; not null
   */
  public Optional<Presidency> presidencyOn(LocalDate date) {
    return presidencyOn(Body.COUNCIL_OF_HEADS_OF_STATE, date);
  }

  /**
   * {@return the chairmanship term of the body that runs on the day (half-open: on a handover day the new term runs)}
   * O(log n) in the number of terms of that body.
   *
   * @param body the body whose chairmanship is asked about
   * @param date the day the answer is for; after the horizon the last known term may still be running; not null
   */
  public Optional<Presidency> presidencyOn(Body body, LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return presidencyIndex(body).flatMap(idx -> idx.on(date));
  }

  /** {@return the bodies that have at least one chairmanship term in the dataset, in {@link Body} order} */
  public Set<Body> presidencyBodies() {
    return java.util.Collections.unmodifiableSet(presidencyIndex().keySet());
  }

  /**
   * {@return the officials of the post sorted by the start of their terms (a partial start by its earliest day, then
   * coarser first; of equal starts, in dataset order); empty if the dataset has none} For the Secretary-General it is
   * the order in which the post passed from one holder to the next.
   *
   * @param post the post whose holders are asked for, such as {@link Post#SECRETARY_GENERAL}; not null
   */
  public List<Official> officialTimeline(Post post) {
    java.util.Objects.requireNonNull(post, "post");
    TermIndex<Official> idx = officialIndex().get(post);
    return idx == null ? List.of() : idx.sorted();
  }

  /**
   * {@return the holder of a single-holder post (Secretary-General, RATS Director) on the day} For a post with several
   * concurrent holders (deputy Secretaries-General) it is one of {@link #officialsOn}: the
   * one whose term started last (of equal starts, the last in dataset order). O(log n) plus one step per term
   * running that day.
   *
   * @param post the post asked about, such as {@link Post#SECRETARY_GENERAL}; not null
   * @param date the day the answer is for; not null
   */
  public Optional<Official> officialOn(Post post, LocalDate date) {
    java.util.Objects.requireNonNull(post, "post");
    java.util.Objects.requireNonNull(date, "date");
    TermIndex<Official> idx = officialIndex().get(post);
    return idx == null ? Optional.empty() : idx.on(date);
  }

  /**
   * {@return every holder of the post on the day, by the start of their term (of equal starts, in dataset order); empty if
   * nobody holds it} For a post with {@linkplain Post#oneHolderAtATime one holder at a time}, a term whose end is
   * unknown counts as running only until the next holder's term starts (the RATS's first Director, whose end no source
   * gives, is not listed beside his successors). O(log n) plus one step per term running that day.
   *
   * @param post the post asked about, such as the deputy Secretaries-General; not null
   * @param date the day the answer is for; not null
   */
  public List<Official> officialsOn(Post post, LocalDate date) {
    java.util.Objects.requireNonNull(post, "post");
    java.util.Objects.requireNonNull(date, "date");
    TermIndex<Official> idx = officialIndex().get(post);
    return idx == null ? List.of() : idx.allOn(date);
  }

  /**
   * {@return the member states on the day, in rotation order (states without a {@link State} record last, by code)}
   *
   * @param date the day the answer is for; not null
   */
  public List<StateCode> membersOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    List<State> known = new ArrayList<>();
    List<StateCode> unknown = new ArrayList<>();
    for (StateCode code : statusIndex().states()) {
      if (statusOn(code, date) == MembershipStatus.MEMBER) {
        State s = stateIndex().get(code);
        if (s != null) {
          known.add(s);
        } else {
          unknown.add(code);
        }
      }
    }
    List<StateCode> result = new ArrayList<>(RotationOrder.sort(known));
    unknown.sort(null);
    result.addAll(unknown);
    return List.copyOf(result);
  }

  /**
   * {@return the meetings of the presidency, in date order: those whose (earliest) start falls within its term, plus the
   * summit that closes it, minus a summit that closes another presidency (a one-day summit on the handover day
   * belongs to the presidency it closes, not to the one that starts that day)}
   *
   * @param presidency a term of this dataset; not null
   */
  public List<Meeting> meetingsOf(Presidency presidency) {
    java.util.Objects.requireNonNull(presidency, "presidency");
    Set<String> closingOthers = new java.util.HashSet<>();
    for (Presidency p : presidencies()) {
      if (!p.id().equals(presidency.id()) && p.body() == presidency.body()) {
        p.closedAt().ifPresent(closingOthers::add);
      }
    }
    boolean everyBody = presidency.body() == Body.COUNCIL_OF_HEADS_OF_STATE;
    List<Meeting> result = new ArrayList<>();
    for (Meeting m : meetingsByDate()) {
      boolean closesThis = presidency.closedAt().map(m.id()::equals).orElse(false);
      boolean ofThisBody = everyBody || m.body().chairedBy().filter(presidency.body()::equals).isPresent();
      if (closesThis
          || (ofThisBody
              && presidency.term().contains(m.startDate().earliest())
              && !closingOthers.contains(m.id()))) {
        result.add(m);
      }
    }
    return List.copyOf(result);
  }

  @Value.Lazy
  List<Meeting> meetingsByDate() {
    List<Meeting> sorted = new ArrayList<>(meetings());
    sorted.sort(Comparator.comparing(Meeting::startDate));
    return List.copyOf(sorted);
  }

  /**
   * {@return a consistent picture of the SCO on the day}
   *
   * @param date the day the snapshot is for; a day beyond the horizon gives an extrapolation; not null
   */
  public ScoSnapshot asOf(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    ScoSnapshot.Builder b = ScoSnapshot.builder().date(date).members(membersOn(date));
    asOfDate().ifPresent(b::horizon);
    Map<MembershipStatus, List<StateCode>> partners = new EnumMap<>(MembershipStatus.class);
    Map<StateCode, MembershipStatus> statuses = new LinkedHashMap<>();
    for (StateCode code : statesInOrder()) {
      MembershipStatus st = statusOn(code, date);
      if (st != MembershipStatus.NONE) {
        statuses.put(code, st);
        if (st != MembershipStatus.MEMBER) {
          partners.computeIfAbsent(st, k -> new ArrayList<>()).add(code);
        }
      }
    }
    partners.forEach((k, v) -> b.putNonMembersByStatus(k, List.copyOf(v)));
    b.statuses(statuses);
    for (StateCode code : statesInOrder()) {
      AccessionStage stage = accessionStageOn(code, date);
      if (stage != AccessionStage.NONE) {
        b.putAccessionStage(code, stage);
      }
    }
    presidencyOn(date).ifPresent(b::presidency);
    officialOn(Post.SECRETARY_GENERAL, date).ifPresent(b::secretaryGeneral);
    for (Meeting m : meetingsByDate()) {
      if (!m.startDate().earliest().isAfter(date)) {
        b.addMeeting(m);
      }
    }
    for (Document d : documents()) {
      Optional<PartialDate> when = d.adopted().or(d::signed);
      if (when.isPresent() && !when.get().earliest().isAfter(date)) {
        b.addDocument(d);
      }
    }
    return b.build();
  }

  /** The states with a record first (dataset order), then codes only seen in status changes or accession steps. */
  private List<StateCode> statesInOrder() {
    Set<StateCode> codes = new LinkedHashSet<>();
    for (State s : states()) {
      codes.add(s.code());
    }
    codes.addAll(statusIndex().states());
    accessionSteps().forEach(a -> codes.add(a.state()));
    return List.copyOf(codes);
  }

  /**
   * {@return the next presidency holder predicted by the strict rotation rule after the day: the member that follows the
   * holder of the presidency running on that day, in rotation order, among the members on that day}
   *
   * @param after the day from which the next holder is predicted, usually today or the horizon; not null
   */
  public HolderPrediction predictNextHolder(LocalDate after) {
    return predictNextHolder(Body.COUNCIL_OF_HEADS_OF_STATE, after);
  }

  /**
   * {@return the next holder of the body's chairmanship predicted by the strict rotation rule after the day: the member
   * that follows the holder of the body's term running on that day, in rotation order, among the members on that
   * day}
   *
   * @param body the body whose next holder is predicted
   * @param after the day after which the next holder takes over
   */
  public HolderPrediction predictNextHolder(Body body, LocalDate after) {
    java.util.Objects.requireNonNull(body, "body");
    java.util.Objects.requireNonNull(after, "after");
    return HolderPredictor.predict(this, body, after);
  }

  /**
   * Rejects a dataset in which two values share a key (called by the generated builder): two states with one code, or
   * two sources or records with one id, whatever their kinds.
   *
   * @throws IllegalArgumentException naming the collection, the key and the kind that already uses it
   */
  @Value.Check
  protected void check() {
    // values are the records themselves: a kind name is only worked out for a duplicate
    Map<Object, Object> seen = new HashMap<>(expectedEntries());
    for (RecordKind kind : RecordKind.values()) {
      for (Object value : kind.list(this)) {
        Object key = kind.key(value);
        Object prev = seen.put(key, value);
        if (prev != null) {
          duplicate(kind, key, prev);
        }
      }
    }
    keys = seen;
  }

  private static void duplicate(RecordKind kind, Object key, Object prev) {
    String previous = RecordKind.kindOf(prev).orElseThrow().displayName();
    switch (kind) {
      case STATE:
        checkArgument(false, "%s: duplicate state code '%s'", kind.collectionName(), key);
        break;
      case SOURCE:
        checkArgument(false, "%s: duplicate id '%s' (already used by a %s)", kind.collectionName(), key, previous);
        break;
      default:
        checkArgument(false, "id: duplicate id '%s' on a %s (already used by a %s)", key, kind.displayName(), previous);
    }
  }

  private int expectedEntries() {
    int n = 0;
    for (RecordKind kind : RecordKind.values()) {
      n += kind.list(this).size();
    }
    return n + n / 3 + 1;
  }

  @Value.Lazy
  StateNameIndex stateNameIndex() {
    return new StateNameIndex(states());
  }

  /**
   * {@return the state a user names: by ISO alpha-2 code ({@code kg}), ISO alpha-3 code where the record has one
   * ({@code KGZ}), or its English, Russian or Chinese name ({@code kyrgyzstan}, {@code Кыргызстан},
   * {@code 吉尔吉斯斯坦}), ignoring case and surrounding blanks} Empty if no state of the dataset has the name.
   *
   * @param name what the user typed: a code or a name in English, Russian or Chinese; not null
   */
  public Optional<State> stateNamed(String name) {
    java.util.Objects.requireNonNull(name, "name");
    return stateNameIndex().find(name);
  }

  /**
   * {@return the meetings of the body, in date order (of start; ties keep the dataset's order)}
   *
   * @param body the body whose meetings are wanted, such as the Council of Heads of State; not null
   */
  public List<Meeting> meetingsOf(Body body) {
    java.util.Objects.requireNonNull(body, "body");
    return meetingsByDate().stream().filter(m -> m.body() == body).toList();
  }

  /**
   * {@return the meetings that start (on their earliest possible day) from {@code from} to {@code to}, both included, in
   * date order}
   *
   * @param from the first day of the period (inclusive); not null
   * @param to the last day of the period (inclusive), not before {@code from}; not null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public List<Meeting> meetingsBetween(LocalDate from, LocalDate to) {
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to: %s is before from %s", to, from);
    return meetingsByDate().stream()
        .filter(m -> !m.startDate().earliest().isBefore(from) && !m.startDate().earliest().isAfter(to))
        .toList();
  }

  /**
   * {@return the documents adopted at the meeting (whose {@code adoptedAt} is its id), in the dataset's order}
   *
   * @param meeting the adopting meeting; not null
   */
  public List<Document> documentsOf(Meeting meeting) {
    java.util.Objects.requireNonNull(meeting, "meeting");
    return documents().stream().filter(d -> d.adoptedAt().map(meeting.id()::equals).orElse(false)).toList();
  }

  /**
   * {@return the sources the record cites, resolved, in citation order; an id with no source in this dataset is left out
   * (the validator reports it)}
   *
   * @param record a record, of this dataset or not; not null
   */
  public List<Source> sourcesOf(ScoRecord record) {
    java.util.Objects.requireNonNull(record, "record");
    return record.sources().stream().map(this::source).flatMap(Optional::stream).toList();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScoDataset}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableScoDataset.Builder {
    /** A new, empty builder; prefer {@link ScoDataset#builder()}. */
    public Builder() {}

    /**
     * Adds values of one kind, in order, to that kind's collection (as {@code addAllMeetings} does for
     * {@link RecordKind#MEETING}): the one place that maps a kind to its adder, for code that handles every kind.
     *
     * @param kind the kind of the values, not null
     * @param values the values, each of {@code kind.type()}, not null
     * @return this builder
     * @throws IllegalArgumentException if a value is not of the kind's type
     */
    @SuppressWarnings("unchecked")
    public Builder addAll(RecordKind kind, Iterable<?> values) {
      for (Object v : values) {
        if (!kind.type().isInstance(v)) {
          throw new IllegalArgumentException(kind.collectionName() + ": not a " + kind.displayName() + ": " + v);
        }
      }
      switch (kind) {
        case STATE -> addAllStates((Iterable<State>) values);
        case SOURCE -> addAllSources((Iterable<Source>) values);
        case STATUS_CHANGE -> addAllStatusChanges((Iterable<StatusChange>) values);
        case ACCESSION_STEP -> addAllAccessionSteps((Iterable<AccessionStep>) values);
        case MEETING -> addAllMeetings((Iterable<Meeting>) values);
        case PRESIDENCY -> addAllPresidencies((Iterable<Presidency>) values);
        case DOCUMENT -> addAllDocuments((Iterable<Document>) values);
        case INITIATIVE -> addAllInitiatives((Iterable<Initiative>) values);
        case OFFICIAL -> addAllOfficials((Iterable<Official>) values);
        case ROTATION_EXCEPTION -> addAllRotationExceptions((Iterable<RotationException>) values);
        case APPLICATION -> addAllApplications((Iterable<Application>) values);
        default -> throw new AssertionError(kind);
      }
      return this;
    }
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(title(), asOfDate(), states(), sources(), statusChanges(), accessionSteps(), meetings(), presidencies(), documents(), initiatives(), officials(), rotationExceptions(), applications());
  }
}
