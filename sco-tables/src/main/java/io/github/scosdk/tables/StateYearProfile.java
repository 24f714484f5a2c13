package io.github.scosdk.tables;

/**
 * How the {@link TableShape#STATE_YEAR} table codes a state's relation to the SCO in a year.
 *
 * <p>Both profiles treat the Shanghai Five as the SCO from the year of its first meeting (1996), as the Correlates of
 * War IGO v3 data does, and code a year by what held on any day of it: a state that becomes a full member in June is
 * a member for that year (COW codes Uzbekistan, admitted 2001-06-15, as 1 in 2001, and the Shanghai Five, founded
 * 1996-04-26, as 1 in 1996).
 */
public enum StateYearProfile {
  /**
   * The COW IGO v3 {@code sco} column exactly: 1 for a full member (a Shanghai Five participant before 2001), 0 for
   * every other state (observers and dialogue partners included), -1 before the first Shanghai Five year.
   */
  COW_V3,
  /**
   * COW's codes extended: observers, dialogue partners and SCO partners coded 3 (COW's observer code), with flag
   * columns for dialogue partner, SCO partner and accession stage, the status as text, and the sources behind each
   * cell.
   */
  EXTENDED;

  /** {@return the name on the command line, such as {@code cow-v3}} */
  public String cliName() {
    return this == COW_V3 ? "cow-v3" : "extended";
  }

  /**
   * {@return the profile with the command-line name}
   *
   * @param name the command-line name, such as {@code cow-v3}
   * @throws IllegalArgumentException if no profile has that name (the message lists the names)
   */
  public static StateYearProfile named(String name) {
    return Names.parse(StateYearProfile.class, "profile", name, StateYearProfile::cliName);
  }
}
