package io.github.scosdk.model;

/**
 * The status of a state toward the SCO (Charter Art. 13 and 14; Regulations on Observer Status 2004, on Dialogue
 * Partner Status 2008, on Admission of New Members 2010/2014; Tianjin Declaration 2025).
 *
 * <p>The vocabulary is itself dated: which statuses exist, and which transitions between them are allowed, on a
 * given day is data held by {@link io.github.scosdk.model.rules.StatusEras} and
 * {@link io.github.scosdk.model.rules.TransitionGraph}, not by this enum. The accession stage is not a status: it
 * runs on its own track ({@link AccessionStage}).
 */
public enum MembershipStatus {
  /** No status: the state has none, or has renounced or lost a partner status. */
  NONE,
  /** Dialogue partner (from 2008-08-28 until the 2025-09-01 merger). */
  DIALOGUE_PARTNER,
  /** Observer (from 2004-06-17 until the 2025-09-01 merger). */
  OBSERVER,
  /**
   * The Council of Heads of State decided to start the admission procedure.
   *
   * @deprecated the accession runs on its own track: record an {@link AccessionStep} at
   *     {@link AccessionStage#STARTED} and keep the formal status. Documents that still use it are read: the formal
   *     status ({@link ScoDataset#statusOn}) stays the one before it, and the change counts as that step
   *     ({@link ScoDataset#accessionStageOn}).
   */
  @Deprecated
  ACCESSION_STARTED,
  /**
   * The memorandum of obligations is signed; the state is acceding to the SCO's treaties.
   *
   * @deprecated record an {@link AccessionStep} at {@link AccessionStage#MEMORANDUM_SIGNED} instead; read as that
   *     step, as {@link #ACCESSION_STARTED} is.
   */
  @Deprecated
  ACCEDING,
  /** Full member state. */
  MEMBER,
  /** SCO partner: the single status that replaced observer and dialogue partner on 2025-09-01. */
  PARTNER,
  /** Membership suspended by the Council of Heads of State. */
  SUSPENDED,
  /** The state has left or been expelled. */
  WITHDRAWN;

  /** {@return whether this status is one of the partner kinds (dialogue partner, observer or SCO partner)} */
  public boolean isPartnerKind() {
    return this == DIALOGUE_PARTNER || this == OBSERVER || this == PARTNER;
  }
}
