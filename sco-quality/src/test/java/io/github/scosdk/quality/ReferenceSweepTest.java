package io.github.scosdk.quality;

import static io.github.scosdk.quality.ReadOracle.JSON;
import static io.github.scosdk.quality.ReadOracle.checkRoundTrip;
import static io.github.scosdk.quality.ReadOracle.readOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.ScoDataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sweep over the reference JSON (the resource {@code ScoReference} loads): truncations, and thousands of
 * random byte and structure mutations, each read under a time bound. Every case must end in a dataset (which
 * then writes and reads back equal) or in a well-formed {@code ScoJsonException}: no other exception, no hang, no
 * {@code OutOfMemoryError}, no {@code StackOverflowError} (see {@link ReadOracle} and {@link BoundedRunner}).
 *
 * <p>Every byte and every character truncation of sco-io's golden example (9 KB) runs in every build. The
 * normal build is a smoke run that keeps within the build's time budget: it truncates the 170 KB reference at
 * every offset of its first and last 256 bytes and at every 1021st offset between, and runs 250 mutations of
 * each kind. The deep sweep, {@code -Dsweep.deep=true} (docs/quality.md), truncates it at all 170,000 offsets
 * and runs 5,000 mutations of each kind. {@code -Dsweep.seed=N} and {@code -Dsweep.mutations=N} (per kind) run
 * another or a longer mutation sweep; a failure names the seed, the case and the mutation.
 */
class ReferenceSweepTest {

  private static final long SEED = Long.getLong("sweep.seed", 20260611L);
  private static final boolean DEEP = Boolean.getBoolean("sweep.deep");
  private static final int MUTATIONS = Integer.getInteger("sweep.mutations", DEEP ? 5_000 : 250);
  /** Every offset this close to either end of the reference is a truncation of the smoke run. */
  private static final int EDGE = 256;
  /** And every this-many-th offset between. */
  private static final int STRIDE = 1021;
  /** Generous: a hang detector, three orders of magnitude above the few milliseconds a case takes. */
  private static final Duration BOUND = Duration.ofSeconds(30);

  private static byte[] reference;
  private static ScoDataset referenceDataset;
  private static BoundedRunner runner;

  @BeforeAll
  static void start() {
    reference = ReferenceJson.REFERENCE.bytes();
    referenceDataset = JSON.readDataset(new ByteArrayInputStream(reference));
    runner = new BoundedRunner(BOUND);
  }

  @AfterAll
  static void stop() {
    runner.close();
  }

  @Test
  void theSweptDocumentIsTheReferenceDatasetAndRoundTrips() {
    assertThat(referenceDataset).isEqualTo(ScoReference.dataset());
    assertThat(referenceDataset.meetings()).hasSizeGreaterThan(25);
    checkRoundTrip(referenceDataset, ScoDataset.class);
  }

  @Test
  void everyTruncationOfTheGoldenExampleIsRejectedUnlessOnlyTrailingWhitespaceIsCut() {
    byte[] golden = ReferenceJson.GOLDEN.bytes();
    sweepByteTruncations(golden, length -> true);
    sweepCharacterTruncations(new String(golden, StandardCharsets.UTF_8));
  }

  @Test
  void truncationsOfTheReferenceAreRejectedUnlessOnlyTrailingWhitespaceIsCut() {
    int tested = sweepByteTruncations(
        reference, length -> DEEP || length < EDGE || length > reference.length - EDGE || length % STRIDE == 0);
    int smoke = 2 * EDGE + (reference.length - 2 * EDGE) / STRIDE - 1;
    assertThat(tested).isGreaterThanOrEqualTo(DEEP ? reference.length : smoke);
  }

  private static int sweepByteTruncations(byte[] document, IntPredicate which) {
    int whole = lastNonWhitespace(document) + 1;
    ScoDataset full = JSON.readDataset(new ByteArrayInputStream(document));
    int tested = 0;
    for (int length = 0; length < document.length; length++) {
      if (!which.test(length)) {
        continue;
      }
      tested++;
      byte[] prefix = Arrays.copyOf(document, length);
      boolean complete = length >= whole;
      runner.run(
          "truncation to " + length + " of " + document.length + " bytes",
          () -> {
            ScoDataset d = readOrReject(() -> JSON.readDataset(new ByteArrayInputStream(prefix)));
            if (complete ? !full.equals(d) : d != null) {
              throw new AssertionError(complete ? "the whole document was not read" : "a prefix was accepted");
            }
          });
    }
    runner.finish();
    return tested;
  }

  private static void sweepCharacterTruncations(String text) {
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
    runner.finish();
  }

  @Test
  void randomByteMutationsOfTheReferenceEndInADatasetOrTheDocumentedException() {
    ByteMutator mutator = new ByteMutator(new SplittableRandom(SEED));
    AtomicInteger rejected = new AtomicInteger();
    for (int i = 0; i < MUTATIONS; i++) {
      Mutant m = mutator.mutate(reference);
      assertThat(m.bytes()).isNotEqualTo(reference);
      runner.run(
          "seed " + SEED + ", byte mutation " + i + " (" + m.description() + ")", () -> check(m, rejected, true));
    }
    runner.finish();
    // the sweep must exercise the error paths, not only read harmless mutants
    assertThat(rejected.get()).isGreaterThan(MUTATIONS / 2);
    report("byte", rejected.get());
  }

  @Test
  void randomStructureMutationsOfTheReferenceEndInADatasetOrTheDocumentedException() {
    StructureMutator mutator = new StructureMutator(new SplittableRandom(SEED), reference);
    AtomicInteger rejected = new AtomicInteger();
    for (int i = 0; i < MUTATIONS; i++) {
      Mutant m = mutator.mutate();
      runner.run(
          "seed " + SEED + ", structure mutation " + i + " (" + m.description() + ")",
          () -> check(m, rejected, false));
    }
    runner.finish();
    assertThat(rejected.get()).isGreaterThan(MUTATIONS / 2);
    report("structure", rejected.get());
  }

  /** The figures docs/quality.md quotes, printed by the deep sweep only (the normal build's log stays quiet). */
  private static void report(String kind, int rejected) {
    if (DEEP) {
      System.out.printf("%s mutations: %d, rejected %d, read %d%n", kind, MUTATIONS, rejected, MUTATIONS - rejected);
    }
  }

  /** Reads the mutant from bytes and, if asked (the encoding is what byte mutations break), from text too. */
  private static void check(Mutant m, AtomicInteger rejected, boolean alsoText) {
    ScoDataset fromBytes = readOrReject(() -> JSON.readDataset(new ByteArrayInputStream(m.bytes())));
    if (fromBytes == null) {
      rejected.incrementAndGet();
    } else {
      checkRoundTrip(fromBytes, ScoDataset.class);
    }
    if (alsoText) {
      ReadOracle.checkReadersAgree(m.bytes(), fromBytes, JSON::readDataset);
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
