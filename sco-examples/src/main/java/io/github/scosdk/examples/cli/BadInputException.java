package io.github.scosdk.examples.cli;

/**
 * A problem with what the user gave the command or where it must write (an unknown state, a file that cannot be
 * read, an output that cannot be written), reported as one line on standard error with exit code
 * {@link ExitCodes#BAD_INPUT}. The message names the problem and the value.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }

  BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
