package io.github.scosdk.model;

/** A post held by an {@link Official}. */
public enum Post {
  /** Secretary-General (titled Executive Secretary until the title changed). */
  SECRETARY_GENERAL,
  /** Deputy Secretary-General. */
  DEPUTY_SECRETARY_GENERAL,
  /** Director of the RATS Executive Committee. */
  RATS_DIRECTOR,
  /** A state's national coordinator for SCO affairs. */
  NATIONAL_COORDINATOR
}
