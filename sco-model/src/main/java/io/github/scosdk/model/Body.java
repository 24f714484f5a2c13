package io.github.scosdk.model;

/**
 * A body of the SCO (Charter Art. 4), plus the Shanghai Five, the forum that preceded it (1996-2000).
 *
 * <p>{@link #isChairedByPresidency()} says whether the state holding the presidency chairs the body's meetings
 * (Charter Art. 5, 7 and 9): the Council of Heads of State, the Council of Ministers of Foreign Affairs and the
 * Council of National Coordinators.
 */
public enum Body {
  /** Council of Heads of State, the supreme body; meets once a year ("summit"). */
  COUNCIL_OF_HEADS_OF_STATE("CHS", true),
  /** Council of Heads of Government (Prime Ministers). */
  COUNCIL_OF_HEADS_OF_GOVERNMENT("CHG", false),
  /** Council of Ministers of Foreign Affairs. */
  COUNCIL_OF_FOREIGN_MINISTERS("CMFA", true),
  /** Meetings of heads of ministries and/or agencies. */
  MINISTERIAL_MEETING("MIN", false),
  /** Council of National Coordinators. */
  COUNCIL_OF_NATIONAL_COORDINATORS("CNC", true),
  /** Regional Anti-Terrorist Structure (Tashkent). */
  REGIONAL_ANTI_TERRORIST_STRUCTURE("RATS", false),
  /** Secretariat (Beijing). */
  SECRETARIAT("SEC", false),
  /** The Shanghai Five forum of 1996-2000 that preceded the SCO. */
  SHANGHAI_FIVE("S5", false);

  private final String abbreviation;
  private final boolean chairedByPresidency;

  Body(String abbreviation, boolean chairedByPresidency) {
    this.abbreviation = abbreviation;
    this.chairedByPresidency = chairedByPresidency;
  }

  /** {@return the usual abbreviation, such as {@code CHS}} */
  public String abbreviation() {
    return abbreviation;
  }

  /** {@return whether the presidency state chairs this body's meetings} */
  public boolean isChairedByPresidency() {
    return chairedByPresidency;
  }

  /**
   * {@return the body whose chairmanship ({@link Presidency#body()}) chairs this body's regular meetings: the Council of
   * Heads of State for the bodies the presidency chairs, the Council of Heads of Government for its own meetings
   * (its chairmanship rotates on its own), none for the other bodies}
   */
  public java.util.Optional<Body> chairedBy() {
    if (chairedByPresidency) {
      return java.util.Optional.of(COUNCIL_OF_HEADS_OF_STATE);
    }
    return this == COUNCIL_OF_HEADS_OF_GOVERNMENT ? java.util.Optional.of(this) : java.util.Optional.empty();
  }
}
