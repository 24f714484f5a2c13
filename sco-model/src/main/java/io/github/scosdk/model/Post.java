package io.github.scosdk.model;

/**
 * A post held by an {@link Official}, with the {@link #body()} it belongs to (a declared {@link RotationException}
 * of that body can excuse a term of the post).
 */
public enum Post {
  /** Secretary-General (titled Executive Secretary until the title changed). */
  SECRETARY_GENERAL(Body.SECRETARIAT),
  /** Deputy Secretary-General. */
  DEPUTY_SECRETARY_GENERAL(Body.SECRETARIAT),
  /** Director of the RATS Executive Committee. */
  RATS_DIRECTOR(Body.REGIONAL_ANTI_TERRORIST_STRUCTURE),
  /** A state's national coordinator for SCO affairs. */
  NATIONAL_COORDINATOR(Body.COUNCIL_OF_NATIONAL_COORDINATORS);

  private final Body body;

  Post(Body body) {
    this.body = body;
  }

  /**
   * {@return the body the post belongs to: the Secretariat for the Secretary-General and the deputies, the RATS for
   * its Director, the Council of National Coordinators for a national coordinator}
   */
  public Body body() {
    return body;
  }
}
