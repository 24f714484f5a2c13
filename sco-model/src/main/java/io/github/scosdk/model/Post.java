package io.github.scosdk.model;

/**
 * A post held by an {@link Official}, with the {@link #body()} it belongs to (a declared {@link RotationException}
 * of that body can excuse a term of the post).
 */
public enum Post {
  /** Secretary-General (titled Executive Secretary until the title changed). */
  SECRETARY_GENERAL(Body.SECRETARIAT, true),
  /** Deputy Secretary-General. */
  DEPUTY_SECRETARY_GENERAL(Body.SECRETARIAT, false),
  /** Director of the RATS Executive Committee. */
  RATS_DIRECTOR(Body.REGIONAL_ANTI_TERRORIST_STRUCTURE, true),
  /** A state's national coordinator for SCO affairs. */
  NATIONAL_COORDINATOR(Body.COUNCIL_OF_NATIONAL_COORDINATORS, false);

  private final Body body;
  private final boolean oneHolderAtATime;

  Post(Body body, boolean oneHolderAtATime) {
    this.body = body;
    this.oneHolderAtATime = oneHolderAtATime;
  }

  /**
   * {@return whether the post has one holder at a time (the Secretary-General, the RATS Director), so that a term
   * whose end is unknown ended, at the latest, when the next holder's term started} The deputies and the national
   * coordinators serve several at once.
   */
  public boolean oneHolderAtATime() {
    return oneHolderAtATime;
  }

  /**
   * {@return the body the post belongs to: the Secretariat for the Secretary-General and the deputies, the RATS for
   * its Director, the Council of National Coordinators for a national coordinator}
   */
  public Body body() {
    return body;
  }
}
