package io.github.scosdk.quality;

/**
 * What the fuzz targets of the {@code sco} command require of its output: text meant for a terminal holds no raw
 * character that could drive the terminal or disguise what it shows (C0 and C1 controls but the line feed, DEL,
 * bidirectional controls, line and paragraph separators), and a failure is one line naming the command.
 */
final class CommandOutput {

  private CommandOutput() {}

  /** Fails if the text holds a raw control character (line feeds excepted), naming it and where it is. */
  static void checkNoRawControls(String what, String text, String context) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        throw new AssertionError(
            what + " holds a raw U+" + String.format("%04X", (int) c) + " at character " + i + ": " + context);
      }
    }
  }

  private static boolean unsafe(char c) {
    if (c < 0x20) {
      return c != '\n';
    }
    return (c >= 0x7f && c <= 0x9f)
        || c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u2028' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** Fails unless standard error is exactly one line starting with the command's name. */
  static void checkOneLineFailure(String command, String err, String context) {
    if (!err.startsWith(command + ": ") || !err.endsWith("\n") || err.indexOf('\n') != err.length() - 1) {
      throw new AssertionError("the fault is not one line naming the command: " + context);
    }
  }
}
