package io.github.scosdk.model;

/** The kind of a {@link Meeting}. */
public enum MeetingKind {
  /** A regular (ordinary) session, such as the yearly summit. */
  REGULAR,
  /** An extraordinary session. */
  EXTRAORDINARY,
  /** An informal meeting. */
  INFORMAL,
  /** The "SCO Plus" format with leaders of other states and organisations (first Astana 2024-07-04). */
  SCO_PLUS,
  /** A ceremony, reception or other event that is not a session of a body. */
  EVENT
}
