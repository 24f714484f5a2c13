package io.github.scosdk.model;

/** The level of the head of a delegation at a {@link Meeting}. */
public enum DelegationLevel {
  HEAD_OF_STATE,
  HEAD_OF_GOVERNMENT,
  MINISTER,
  DEPUTY_MINISTER,
  NATIONAL_COORDINATOR,
  AMBASSADOR,
  SECRETARY_GENERAL,
  OFFICIAL,
  OTHER
}
