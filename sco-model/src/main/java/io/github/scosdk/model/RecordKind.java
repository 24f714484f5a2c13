package io.github.scosdk.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kinds of record a {@link ScoDataset} holds, in the order of the {@code sco-dataset/1} document: for each,
 * its Java type, the name of its collection (the array of the document, also the first step of a JSON Pointer
 * such as {@code /meetings/3}), its name in messages and its list in a dataset.
 *
 * <p>This is the one list of record kinds: {@link ScoDataset#records()}, the dataset's duplicate check, the kind
 * names in messages and the pointers of the validator are derived from it, so a new kind is added here once.
 * States are keyed by their {@link StateCode}, every other kind by its id; the kinds after {@link #SOURCE} are
 * {@link ScoRecord}s.
 */
public enum RecordKind {
  /** {@link State}s, keyed by code. */
  STATE(State.class, "states", "state"),
  /** {@link Source}s. */
  SOURCE(Source.class, "sources", "source"),
  /** {@link StatusChange}s. */
  STATUS_CHANGE(StatusChange.class, "statusChanges", "status change"),
  /** {@link AccessionStep}s. */
  ACCESSION_STEP(AccessionStep.class, "accessionSteps", "accession step"),
  /** {@link Meeting}s. */
  MEETING(Meeting.class, "meetings", "meeting"),
  /** {@link Presidency} terms. */
  PRESIDENCY(Presidency.class, "presidencies", "presidency"),
  /** {@link Document}s. */
  DOCUMENT(Document.class, "documents", "document"),
  /** {@link Initiative}s. */
  INITIATIVE(Initiative.class, "initiatives", "initiative"),
  /** {@link Official}s. */
  OFFICIAL(Official.class, "officials", "official"),
  /** Declared {@link RotationException}s. */
  ROTATION_EXCEPTION(RotationException.class, "rotationExceptions", "rotation exception"),
  /** {@link Application}s for membership or a status (dated facts, not statuses). */
  APPLICATION(Application.class, "applications", "application");

  private static final RecordKind[] KINDS = values();
  private static final List<RecordKind> RECORDS = List.of(KINDS).subList(STATUS_CHANGE.ordinal(), KINDS.length);

  private final Class<?> type;
  private final String collectionName;
  private final String displayName;

  RecordKind(Class<?> type, String collectionName, String displayName) {
    this.type = type;
    this.collectionName = collectionName;
    this.displayName = displayName;
  }

  /** {@return the Java type of the kind's values, such as {@code Meeting.class}} */
  public Class<?> type() {
    return type;
  }

  /** {@return the name of the collection in the {@code sco-dataset/1} document and its JSON Pointers, such as {@code meetings}} */
  public String collectionName() {
    return collectionName;
  }

  /** {@return the kind's name in messages, lower case words, such as {@code status change}} */
  public String displayName() {
    return displayName;
  }

  /**
   * {@return the dataset's list of this kind, in the order given}
   *
   * @param dataset the dataset to read from; not null
   */
  public List<?> list(ScoDataset dataset) {
    // a switch, not a method reference per constant: the eleven lambda classes were spun in the class initialiser,
    // on the path of the first dataset built in a fresh JVM (issue 17)
    return switch (this) {
      case STATE -> dataset.states();
      case SOURCE -> dataset.sources();
      case STATUS_CHANGE -> dataset.statusChanges();
      case ACCESSION_STEP -> dataset.accessionSteps();
      case MEETING -> dataset.meetings();
      case PRESIDENCY -> dataset.presidencies();
      case DOCUMENT -> dataset.documents();
      case INITIATIVE -> dataset.initiatives();
      case OFFICIAL -> dataset.officials();
      case ROTATION_EXCEPTION -> dataset.rotationExceptions();
      case APPLICATION -> dataset.applications();
    };
  }

  /** {@return the function from a dataset to its list of this kind, as {@link #list(ScoDataset)}} */
  public Function<ScoDataset, List<?>> accessor() {
    return this::list;
  }

  /** {@return whether the kind's values are {@link ScoRecord}s (every kind but states and sources)} */
  public boolean isRecord() {
    return ordinal() >= STATUS_CHANGE.ordinal();
  }

  /**
   * {@return what identifies a value of this kind in a dataset: a state's code, any other value's id}
   *
   * @param value a value of this kind (a {@link State}, a {@link Source} or a record of the kind); not null
   */
  public Object key(Object value) {
    if (this == STATE) {
      return ((State) value).code();
    }
    return this == SOURCE ? ((Source) value).id() : ((ScoRecord) value).id();
  }

  /** {@return the kinds that are {@link ScoRecord}s, in document order} */
  public static List<RecordKind> records() {
    return RECORDS;
  }

  /**
   * {@return the kind of a value of a dataset (a state, a source or a record), if it is one}
   *
   * @param value any object; empty is returned when it is not a value of a dataset
   */
  public static Optional<RecordKind> kindOf(Object value) {
    for (RecordKind k : KINDS) {
      if (k.type.isInstance(value)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the kind whose values have the type (or a subtype of it), if any}
   *
   * @param type a class, such as {@code Meeting.class} or its generated subclass; not null
   */
  public static Optional<RecordKind> ofType(Class<?> type) {
    for (RecordKind k : KINDS) {
      if (k.type.isAssignableFrom(type)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
