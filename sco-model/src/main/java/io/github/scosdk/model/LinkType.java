package io.github.scosdk.model;

/** The type of a typed link from a {@link Document} to another record. */
public enum LinkType {
  /** The document hands the presidency over; the target is a {@link Presidency} id. */
  TRANSFERS_PRESIDENCY,
  /**
   * The document grants a status or a stage of the accession track; the target is a {@link StatusChange} or an
   * {@link AccessionStep} id.
   */
  GRANTS_STATUS,
  /** The document endorses an initiative; the target is an {@link Initiative} id. */
  ENDORSES_INITIATIVE,
  /** The document amends another document; the target is a {@link Document} id. */
  AMENDS,
  /** The document implements another document (a plan implementing a treaty); the target is a {@link Document} id. */
  IMPLEMENTS,
  /** The document replaces another document; the target is a {@link Document} id. */
  SUPERSEDES,
  /** The document appoints an official; the target is an {@link Official} id. */
  APPOINTS
}
