package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.scosdk.model.internal.StableHash;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A meeting of an SCO {@link Body} (or of the Shanghai Five): its kind, ordinal, dates, venue or video format,
 * host, chair, participants and outcomes.
 *
 * <p>The dates are an inclusive span {@code [startDate, endDate]} of possibly partial dates (a planned summit
 * known only to the year); {@link #endDate()} defaults to the start. A planned meeting that has not yet taken
 * place is {@link #planned()}. Outcomes are ids of the {@link Document}s the meeting adopted. Whether the chair
 * is the presidency holder, or the participants are eligible, is checked by the validator. The builder rejects
 * an end before the start, an ordinal below 1, and a state or organisation taking part twice. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Meeting implements ScoRecord, WithMeeting {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  Meeting() {}

  /** {@return the body that met} */
  public abstract Body body();

  /** {@return regular, extraordinary, informal, SCO Plus or another event} */
  @Value.Default
  public MeetingKind kind() {
    return MeetingKind.REGULAR;
  }

  /** {@return the body's own count of its meetings (the 25th CHS meeting), where known; at least 1} */
  public abstract OptionalInt ordinal();

  /** {@return an optional name, such as {@code 25th meeting of the Council of Heads of State}} */
  public abstract Optional<String> title();

  /** {@return the first day} */
  public abstract PartialDate startDate();

  /** {@return the last day (inclusive); the start day unless given} */
  @Value.Default
  public PartialDate endDate() {
    return startDate();
  }

  /** {@return where it is held; empty for a meeting held only by video} */
  public abstract Optional<Venue> venue();

  /** {@return in person, by video, hybrid, or undecided} */
  @Value.Default
  public MeetingFormat format() {
    return MeetingFormat.IN_PERSON;
  }

  /** {@return the state that hosts or organises it} */
  public abstract Optional<StateCode> host();

  /** {@return the state whose representative chairs it} */
  public abstract Optional<StateCode> chair();

  /** {@return the delegations, in the order given} */
  public abstract List<Participant> participants();

  /** {@return ids of the documents it adopted} */
  public abstract List<String> outcomes();

  /** {@return whether it is planned and has not yet taken place} */
  @Value.Default
  public boolean planned() {
    return false;
  }

  /** {@return how far the record can be trusted} */
  @Value.Default
  public Confidence confidence() {
    return Confidence.HIGH;
  }

  /** {@return what the sources say beyond the bare facts, or where they disagree} */
  public abstract Optional<String> note();

  /**
   * {@return whether the day may fall within the meeting (between the earliest start and the latest end)}
   *
   * @param day the day asked about; not null
   */
  public boolean mayBeOn(LocalDate day) {
    return !day.isBefore(startDate().earliest()) && !day.isAfter(endDate().latest());
  }

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a bad id, an end before the start, an
   * ordinal below 1, a blank title or note, a state or organisation listed twice among the participants, a bad or
   * duplicate outcome id, a bad source id.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.id("id", id());
    checkArgument(
        !endDate().latest().isBefore(startDate().earliest()),
        "endDate: %s is before startDate %s",
        endDate(),
        startDate());
    if (ordinal().isPresent()) {
      checkArgument(ordinal().getAsInt() >= 1, "ordinal: %s is below 1", ordinal().getAsInt());
    }
    Checks.nonBlankIfPresent("title", title());
    List<Object> states = new ArrayList<>(participants().size());
    List<Object> organisations = new ArrayList<>(0);
    // plain ifs, not ifPresent(states::add): see Checks.nonBlankIfPresent
    for (Participant p : participants()) {
      if (p.state().isPresent()) {
        states.add(p.state().get());
      }
      if (p.organisation().isPresent()) {
        organisations.add(p.organisation().get());
      }
    }
    Checks.noDuplicates("participants", states);
    Checks.noDuplicates("participants", organisations);
    Checks.ids("outcomes", outcomes());
    Checks.noDuplicates("outcomes", outcomes());
    Checks.sources(sources());
    Checks.nonBlankIfPresent("note", note());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableMeeting.Builder
      implements ScoRecord.Builder<Meeting, Builder> {
    /** A new, empty builder; prefer {@link Meeting#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(id(), sources(), body(), kind(), ordinal(), title(), startDate(), endDate(), venue(), format(), host(), chair(), participants(), outcomes(), planned(), confidence(), note());
  }
}
