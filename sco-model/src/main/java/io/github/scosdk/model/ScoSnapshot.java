package io.github.scosdk.model;

import io.github.scosdk.model.internal.StableHash;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A consistent picture of the SCO on one day, as recorded in a {@link ScoDataset}: the members, the other states
 * with a status (partners, suspended or withdrawn members) by status, every state's formal status, the acceding
 * states with their stage, the presidency, the Secretary-General, and the meetings and documents up to that day.
 *
 * <p>Obtain it from {@link ScoDataset#asOf(LocalDate)}. Members are in rotation order; statuses and non-members keep
 * the dataset's state order. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoSnapshot {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  ScoSnapshot() {}

  /** {@return the day the snapshot describes} */
  public abstract LocalDate date();

  /** {@return the member states on that day, in rotation order} */
  public abstract List<StateCode> members();

  /**
   * {@return the states with a status other than member or none, grouped by status: the partner kinds (dialogue partner,
   * observer, partner) and suspended or withdrawn states; each group in the dataset's state order} Acceding states
   * are in the group of their formal status ({@link #accessionStages()} gives their stage). Not only partners: {@link #partnerCount()} counts those.
   */
  public abstract Map<MembershipStatus, List<StateCode>> nonMembersByStatus();

  /** {@return every state with a status other than {@link MembershipStatus#NONE} on that day} */
  public abstract Map<StateCode, MembershipStatus> statuses();

  /**
   * {@return the states on the accession track on that day, with their stage (never {@link AccessionStage#NONE}), in the
   * dataset's state order} They keep their formal status in {@link #statuses()}.
   */
  public abstract Map<StateCode, AccessionStage> accessionStages();

  /** {@return the acceding states on that day (any stage), in the dataset's state order} */
  public List<StateCode> acceding() {
    return List.copyOf(accessionStages().keySet());
  }

  /**
   * {@return the accession stage of the state on that day ({@link AccessionStage#NONE} if it is not acceding)}
   *
   * @param state the state asked about; not null
   */
  public AccessionStage accessionStageOf(StateCode state) {
    return accessionStages().getOrDefault(state, AccessionStage.NONE);
  }

  /** {@return the presidency running on that day} */
  public abstract Optional<Presidency> presidency();

  /** {@return the Secretary-General in office on that day} */
  public abstract Optional<Official> secretaryGeneral();

  /** {@return the meetings that started on or before that day (earliest start), in date order} */
  public abstract List<Meeting> meetings();

  /** {@return the documents adopted or signed on or before that day, in dataset order} */
  public abstract List<Document> documents();

  /** {@return the horizon of the dataset it comes from: the day up to which that dataset is complete, if declared} */
  public abstract Optional<LocalDate> horizon();

  /**
   * {@return whether the day is after the dataset's horizon: the snapshot is still answered, but facts after the horizon
   * (a new member, a new presidency term) may be missing from it} False if the dataset declares no horizon.
   */
  public boolean beyondHorizon() {
    return horizon().map(date()::isAfter).orElse(false);
  }

  /** {@return the number of states with one of the partner kinds (dialogue partner, observer, SCO partner)} */
  public int partnerCount() {
    return (int) statuses().values().stream().filter(MembershipStatus::isPartnerKind).count();
  }

  /**
   * {@return the status of the state on that day ({@link MembershipStatus#NONE} if it has none)}
   *
   * @param state the state asked about; not null; a state with no recorded status gives none
   */
  public MembershipStatus statusOf(StateCode state) {
    return statuses().getOrDefault(state, MembershipStatus.NONE);
  }

  /** {@return a new builder; normally use {@link ScoDataset#asOf(LocalDate)}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScoSnapshot}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableScoSnapshot.Builder {
    /** A new, empty builder; prefer {@link ScoSnapshot#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(date(), members(), nonMembersByStatus(), statuses(), presidency(), secretaryGeneral(), meetings(), documents(), horizon(), accessionStages());
  }
}
