package io.github.scosdk.quality;

import static io.github.scosdk.quality.CommandOutput.checkNoRawControls;
import static io.github.scosdk.quality.CommandOutput.checkOneLineFailure;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz target: every command of {@code sco}, run in-process with a hostile {@code --data} file.
 *
 * <p>Input: the first byte chooses the command line ({@link #COMMANDS}, byte modulo their count), the rest is the
 * file. Oracle: the command exits 0, 1 (validate only) or 2, never 3 (an internal failure) and never lets an
 * exception out; on exit 2 standard error is one line naming the command; the text output of the text formats and
 * standard error hold no raw control character (machine formats, CSV tables and JSON, keep exact values and are
 * checked by their own tests); each input stays within the bounds of {@link ReadOracle#bounded}. Corpus:
 * {@code src/test/resources/io/github/scosdk/quality/CommandsFuzzTestInputs/commands/}.
 */
class CommandsFuzzTest {

  /** The command lines; {@code DATA} is replaced by the file, and the flag says whether stdout is text. */
  private static final List<Object[]> COMMANDS =
      List.of(
          new Object[] {true, "timeline", "--data", "DATA"},
          new Object[] {true, "members", "--data", "DATA", "--on", "2020-01-01"},
          new Object[] {true, "chair", "--data", "DATA", "--on", "2020-01-01"},
          new Object[] {true, "next-chair", "--data", "DATA"},
          new Object[] {true, "status", "--data", "DATA", "CN"},
          new Object[] {true, "validate", "DATA"},
          new Object[] {true, "chart", "--data", "DATA"},
          new Object[] {false, "export", "--data", "DATA"},
          new Object[] {false, "table", "meetings", "--data", "DATA"},
          new Object[] {false, "table", "intervals", "--data", "DATA"},
          new Object[] {false, "members", "--data", "DATA", "--format", "csv"},
          new Object[] {false, "timeline", "--data", "DATA", "--format", "json"},
          new Object[] {true, "status", "--data", "DATA", "Казахстан"});

  /** The directory of the file each input is written to for the command to read; JUnit removes it. */
  @TempDir static Path dir;
  /** The command line, built once (see {@link CommandOutput.Runner}). */
  private static final CommandOutput.Runner SCO = new CommandOutput.Runner();

  @FuzzTest(maxDuration = "10m")
  void commands(byte[] input) {
    if (input.length == 0) {
      return;
    }
    ReadOracle.bounded(input.length, () -> check(input));
  }

  private static void check(byte[] input) {
    Object[] command = COMMANDS.get(Math.floorMod(input[0] & 0xff, COMMANDS.size()));
    try {
      Files.write(dir.resolve("data.json"), Arrays.copyOfRange(input, 1, input.length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean text = (Boolean) command[0];
    List<String> args = new ArrayList<>();
    for (int i = 1; i < command.length; i++) {
      args.add("DATA".equals(command[i]) ? dir.resolve("data.json").toString() : (String) command[i]);
    }
    int exit = SCO.run(args.toArray(new String[0]));
    String out = SCO.out();
    String err = SCO.err();
    String name = "sco " + command[1];
    String result = String.join(" ", args) + ": exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    checkNoRawControls("standard error", err, result);
    if (text) {
      checkNoRawControls("standard output", out, result);
    }
    boolean validate = "validate".equals(command[1]);
    if (exit == 2) {
      checkOneLineFailure(name, err, result);
    } else if (exit != 0 && !(exit == 1 && validate)) {
      throw new AssertionError("exit " + exit + " breaks the exit-code contract: " + result);
    }
  }
}
