package io.github.scosdk.model.rules;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The dataset is wrong: a fact contradicts a rule. */
  ERROR,
  /** Suspicious but possible: a deviation that a declared exception may excuse, a gap in the record. */
  WARNING
}
