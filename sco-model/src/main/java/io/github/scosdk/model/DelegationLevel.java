package io.github.scosdk.model;

/** The level of the head of a delegation at a {@link Meeting}. */
public enum DelegationLevel {
  /** A president or other head of state, as at the Council of Heads of State (the summit). */
  HEAD_OF_STATE,
  /** A prime minister or other head of government, as at the Council of Heads of Government. */
  HEAD_OF_GOVERNMENT,
  /** A minister, as at the Council of Ministers of Foreign Affairs or a meeting of ministers. */
  MINISTER,
  /** A deputy minister standing in for, or below, the minister. */
  DEPUTY_MINISTER,
  /** A state's national coordinator for SCO affairs, as at the Council of National Coordinators. */
  NATIONAL_COORDINATOR,
  /** An ambassador, such as a state's ambassador to the host country or its permanent representative. */
  AMBASSADOR,
  /** The SCO Secretary-General, heading the Secretariat's delegation. */
  SECRETARY_GENERAL,
  /** An official below ministerial rank not covered by another level (a head of agency, an envoy). */
  OFFICIAL,
  /** A level the sources give that none of the other values describes. */
  OTHER
}
