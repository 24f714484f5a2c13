package io.github.scosdk.model;

/** How a {@link Meeting} is held. */
public enum MeetingFormat {
  /** Participants meet in person at the venue. */
  IN_PERSON,
  /** By videoconference, organised by the host state. */
  VIDEO,
  /** Some in person, some by video. */
  HYBRID,
  /** Not yet decided (a planned meeting). */
  UNDECIDED
}
