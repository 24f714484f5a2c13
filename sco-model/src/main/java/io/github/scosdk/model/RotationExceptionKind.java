package io.github.scosdk.model;

/** The kind of a declared {@link RotationException} to the presidency rotation rule. */
public enum RotationExceptionKind {
  /** Two states took their turns in the opposite order (Russia and Tajikistan, 2008/09 and 2014/15). */
  SWAP,
  /** A new member was passed over when its turn came (Pakistan 2020, Iran 2024). */
  SKIP_NEW_MEMBER,
  /** A period in which the rule did not yet apply (2001-2004). */
  IRREGULAR_PERIOD
}
