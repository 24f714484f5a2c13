package io.github.scosdk.tables;

import java.util.List;

/**
 * How one state stands toward the SCO in one year, in both state-year codings.
 *
 * @param cow the COW IGO v3 code: 1 full member, 0 none, -1 before the organisation existed
 * @param extended the extended code: as {@code cow}, and 3 for an observer, dialogue partner or SCO partner
 * @param status the status behind the cell as text ({@code shanghai_five} for a Shanghai Five participant
 *     before the SCO was founded)
 * @param dialoguePartner whether the state was a dialogue partner on some day of the year
 * @param scoPartner whether the state was an SCO partner on some day of the year
 * @param accessionStage the furthest accession stage held on some day of the year
 * @param sourceIds the sources of the change (or Shanghai Five meeting) behind the cell
 */
record YearCell(
    int cow,
    int extended,
    String status,
    boolean dialoguePartner,
    boolean scoPartner,
    String accessionStage,
    List<String> sourceIds) {

  /** COW's code for a full member. */
  static final int MEMBER = 1;
  /** COW's code for no membership. */
  static final int NONE = 0;
  /** COW's code for an observer, used by the extended profile for every partner kind. */
  static final int OBSERVER = 3;
  /** COW's code for "IGO not in existence". */
  static final int NOT_IN_EXISTENCE = -1;
}
