package io.github.scosdk.model;

/** How far a recorded fact can be trusted (the scale of the reference facts). */
public enum Confidence {
  /** Two or more independent sources agree, or an official source says it directly. */
  HIGH,
  /** A single reliable source, or several sources that differ slightly. */
  MEDIUM,
  /** Inferred or from general knowledge, not confirmed by a source found. */
  LOW
}
