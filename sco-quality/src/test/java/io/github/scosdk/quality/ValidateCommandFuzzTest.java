package io.github.scosdk.quality;

import static io.github.scosdk.quality.CommandOutput.checkNoRawControls;
import static io.github.scosdk.quality.CommandOutput.checkOneLineFailure;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz target: the {@code validate} path of the command line, {@code sco validate FILE}, run in-process on a file
 * holding the input.
 *
 * <p>Oracle: the command never lets an exception out and never fails internally (exit 3); it exits 0 or 1 exactly
 * when {@code ScoJson} reads the file (no rule error, rule errors), and otherwise 2 with one line on standard
 * error naming the fault; neither output holds a raw control character; each input stays within the bounds of
 * {@link ReadOracle#bounded}. Corpus:
 * {@code src/test/resources/io/github/scosdk/quality/ValidateCommandFuzzTestInputs/validate/} (small seeds: the
 * 170 KB reference is left to the sweep, so that mutants stay a few KiB and the target runs fast).
 */
class ValidateCommandFuzzTest {

  static final Clock TODAY = Clock.fixed(Instant.parse("2026-02-12T12:00:00Z"), ZoneOffset.UTC);
  /** The directory of the file each input is written to for the command to read; JUnit removes it. */
  @TempDir static Path dir;
  /** The command line, built once (see {@link CommandOutput.Runner}). */
  private static final CommandOutput.Runner SCO = new CommandOutput.Runner();

  @FuzzTest(maxDuration = "10m")
  void validate(byte[] input) {
    ReadOracle.bounded(input.length, () -> check(input));
  }

  private static void check(byte[] input) {
    try {
      Files.write(dir.resolve("data.json"), input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int exit = SCO.run("validate", dir.resolve("data.json").toString());
    String out = SCO.out();
    String err = SCO.err();

    boolean readable = ReadOracle.readOrReject(() -> ReadOracle.JSON.readDataset(new ByteArrayInputStream(input)))
        != null;
    String result = "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    checkNoRawControls("standard output", out, result);
    checkNoRawControls("standard error", err, result);
    if (readable) {
      if (exit != 0 && exit != 1) {
        throw new AssertionError("a readable dataset did not validate: " + result);
      }
      if (!out.contains(exit == 0 ? ": valid, 0 errors" : ": invalid, ")) {
        throw new AssertionError("the summary line does not match the exit code: " + result);
      }
    } else {
      if (exit != 2) {
        throw new AssertionError("an unreadable file did not exit 2: " + result);
      }
      checkOneLineFailure("sco validate", err, result);
    }
  }
}
