package io.github.scosdk.examples.cli;

/** The exit codes of the {@code sco} command. */
final class ExitCodes {
  /** The command did what was asked. */
  static final int OK = 0;
  /** {@code sco validate}: the dataset breaks at least one rule with severity error. */
  static final int RULE_ERRORS = 1;
  /** Bad arguments (an unknown option or state, a bad date), unreadable input or unwritable output. */
  static final int BAD_INPUT = 2;
  /**
   * An unexpected failure inside the command (a bug, or an {@link Error} such as running out of memory): reported
   * in one line, never as a stack trace.
   */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
