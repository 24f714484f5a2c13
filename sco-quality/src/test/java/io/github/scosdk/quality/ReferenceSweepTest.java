package io.github.scosdk.quality;

import static io.github.scosdk.quality.ReadOracle.JSON;
import static io.github.scosdk.quality.ReadOracle.checkRoundTrip;
import static io.github.scosdk.quality.ReadOracle.readOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sweep over the reference JSON: every truncation, and thousands of random byte and structure mutations,
 * each read under a time bound. Every case must end in a dataset (which then writes and reads back equal) or in
 * a well-formed {@code ScoJsonException}: no other exception, no hang, no {@code OutOfMemoryError}, no
 * {@code StackOverflowError} (see {@link ReadOracle} and {@link BoundedRunner}).
 *
 * <p>Seeded: {@code -Dsweep.seed=N} and {@code -Dsweep.mutations=N} (per kind, default 6,000) run another or a
 * longer sweep; a failure names the seed, the case and the mutation.
 */
class ReferenceSweepTest {

  private static final long SEED = Long.getLong("sweep.seed", 20260611L);
  private static final int MUTATIONS = Integer.getInteger("sweep.mutations", 6_000);
  /** Generous: a hang detector, far above the ~1 ms a case takes. */
  private static final Duration BOUND = Duration.ofSeconds(20);

  private static byte[] reference;
  private static BoundedRunner runner;

  @BeforeAll
  static void start() {
    reference = ReferenceJson.bytes();
    runner = new BoundedRunner(BOUND);
  }

  @AfterAll
  static void stop() {
    runner.close();
  }

  @Test
  void theReferenceItselfIsRead() {
    ScoDataset d = JSON.readDataset(new ByteArrayInputStream(reference));
    assertThat(d.meetings()).isNotEmpty();
    checkRoundTrip(d, ScoDataset.class);
  }

  @Test
  void everyByteTruncationIsRejectedUnlessOnlyTrailingWhitespaceIsCut() {
    int whole = lastNonWhitespace(reference) + 1;
    ScoDataset full = JSON.readDataset(new ByteArrayInputStream(reference));
    for (int length = 0; length < reference.length; length++) {
      byte[] prefix = Arrays.copyOf(reference, length);
      boolean complete = length >= whole;
      runner.run(
          "truncation to " + length + " of " + reference.length + " bytes",
          () -> {
            ScoDataset d = readOrReject(() -> JSON.readDataset(new ByteArrayInputStream(prefix)));
            if (complete ? !full.equals(d) : d != null) {
              throw new AssertionError(complete ? "the whole document was not read" : "a prefix was accepted");
            }
          });
    }
  }

  @Test
  void everyCharacterTruncationIsRejectedUnlessOnlyTrailingWhitespaceIsCut() {
    String text = new String(reference, StandardCharsets.UTF_8);
    int whole = text.stripTrailing().length();
    for (int length = 0; length < text.length(); length++) {
      String prefix = text.substring(0, length);
      boolean complete = length >= whole;
      runner.run(
          "truncation to " + length + " of " + text.length() + " characters",
          () -> {
            ScoDataset d = readOrReject(() -> JSON.readDataset(prefix));
            if ((d != null) != complete) {
              throw new AssertionError(complete ? "the whole document was not read" : "a prefix was accepted");
            }
          });
    }
  }

  @Test
  void randomByteMutationsEndInADatasetOrTheDocumentedException() {
    ByteMutator mutator = new ByteMutator(new SplittableRandom(SEED));
    AtomicInteger rejected = new AtomicInteger();
    for (int i = 0; i < MUTATIONS; i++) {
      Mutant m = mutator.mutate(reference);
      assertThat(m.bytes()).isNotEqualTo(reference);
      runner.run("seed " + SEED + ", byte mutation " + i + " (" + m.description() + ")", () -> check(m, rejected));
    }
    // the sweep must exercise the error paths, not only read lucky mutants
    assertThat(rejected.get()).isGreaterThan(MUTATIONS / 2);
  }

  @Test
  void randomStructureMutationsEndInADatasetOrTheDocumentedException() {
    StructureMutator mutator = new StructureMutator(new SplittableRandom(SEED), reference);
    AtomicInteger rejected = new AtomicInteger();
    for (int i = 0; i < MUTATIONS; i++) {
      Mutant m = mutator.mutate();
      runner.run(
          "seed " + SEED + ", structure mutation " + i + " (" + m.description() + ")", () -> check(m, rejected));
    }
    assertThat(rejected.get()).isGreaterThan(MUTATIONS / 2);
  }

  private static void check(Mutant m, AtomicInteger rejected) {
    ScoDataset fromBytes = readOrReject(() -> JSON.readDataset(new ByteArrayInputStream(m.bytes())));
    if (fromBytes == null) {
      rejected.incrementAndGet();
    } else {
      checkRoundTrip(fromBytes, ScoDataset.class);
    }
    String text = ReadDatasetFuzzTest.strictUtf8(m.bytes());
    if (text != null) {
      ScoDataset fromText = readOrReject(() -> JSON.readDataset(text));
      if (ReadDatasetFuzzTest.comparable(m.bytes()) && (fromText == null) != (fromBytes == null)) {
        throw new AssertionError("the byte and the text reader disagree");
      }
    }
  }

  private static int lastNonWhitespace(byte[] b) {
    int i = b.length - 1;
    while (i >= 0 && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i--;
    }
    return i;
  }
}
