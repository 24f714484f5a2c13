package io.github.scosdk.model;

/**
 * How far a state has gone on the accession track, which runs beside its formal {@link MembershipStatus}: a state
 * keeps its observer (or partner) status while it accedes, and admission ends the formal status and the accession
 * together (Regulations on the Admission of New Members 2010/2014).
 *
 * <p>{@link ScoDataset#accessionStageOn(StateCode, java.time.LocalDate)} gives a state's stage on a day; the stages
 * are recorded as {@link AccessionStep}s.
 */
public enum AccessionStage {
  /** Not acceding: no step recorded, or the accession ended (admission, withdrawal, loss of the status). */
  NONE,
  /** The Council of Heads of State decided to start the procedure of admission. */
  STARTED,
  /** The memorandum of obligations is signed; the state is acceding to the SCO's treaties. */
  MEMORANDUM_SIGNED
}
