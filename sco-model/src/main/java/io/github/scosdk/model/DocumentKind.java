package io.github.scosdk.model;

/** The kind of a {@link Document}. */
public enum DocumentKind {
  DECLARATION,
  COMMUNIQUE,
  JOINT_STATEMENT,
  STATEMENT,
  CHARTER,
  TREATY,
  CONVENTION,
  AGREEMENT,
  PROTOCOL,
  STRATEGY,
  PLAN,
  PROGRAMME,
  REGULATIONS,
  DECISION,
  MEMORANDUM
}
