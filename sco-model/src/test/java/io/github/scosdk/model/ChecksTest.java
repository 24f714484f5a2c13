package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The id scan {@link Checks#isId} accepts exactly what the definition {@link Checks.Definition#ID} matches; the ordered
 * duplicate check (hash-flooding safe) agrees with the hashed one.
 */
class ChecksTest {

  private static final String ALPHABET = "azAZ09._:-/ @\u00e9\u0416\u4e2d\t+~";

  @Test
  void theScanAgreesWithThePatternOnRandomCandidates() {
    SplittableRandom random = new SplittableRandom(20261201);
    int ids = 0;
    for (int i = 0; i < 100_000; i++) {
      // lengths around the bounds 1 and 200, mostly id characters so that many candidates are ids
      int len = random.nextInt(4) == 0 ? random.nextInt(195, 206) : random.nextInt(0, 12);
      StringBuilder b = new StringBuilder(len);
      for (int k = 0; k < len; k++) {
        b.append(
            random.nextInt(8) == 0
                ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                : "aZ9.-_:".charAt(random.nextInt(7)));
      }
      String s = b.toString();
      boolean expected = Checks.Definition.ID.matcher(s).matches();
      assertThat(Checks.isId(s)).as("case %s: '%s'", i, s).isEqualTo(expected);
      if (expected) {
        ids++;
      }
    }
    assertThat(ids).as("candidates that are ids").isGreaterThan(10_000);
  }

  @Test
  void theBoundsAreThoseOfThePattern() {
    assertThat(Checks.isId("")).isFalse();
    assertThat(Checks.isId("a")).isTrue();
    assertThat(Checks.isId("-a")).isFalse();
    assertThat(Checks.isId("a".repeat(200))).isTrue();
    assertThat(Checks.isId("a".repeat(201))).isFalse();
  }

  @Test
  void theOrderedDuplicateCheckAgreesWithTheHashedOneOnRandomLists() {
    SplittableRandom random = new SplittableRandom(20261202);
    Comparator<DocumentLink> order =
        Comparator.comparing(DocumentLink::type).thenComparing(DocumentLink::target);
    LinkType[] types = LinkType.values();
    int repeats = 0;
    for (int i = 0; i < 5_000; i++) {
      int n = random.nextInt(0, 60); // both sides of the short-list threshold
      int range = random.nextInt(1, 3 * n + 2); // small ranges make repeats likely, large ones rare
      List<DocumentLink> links = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        links.add(DocumentLink.of(types[random.nextInt(types.length)], "t" + random.nextInt(range)));
      }
      String hashed = failure(() -> Checks.noDuplicates("links", links));
      String ordered = failure(() -> Checks.noDuplicates("links", links, order));
      assertThat(ordered).as("case %s: %s", i, links).isEqualTo(hashed);
      repeats += hashed == null ? 0 : 1;
    }
    assertThat(repeats).as("lists with a repeat among 5,000").isBetween(500, 4_500);
  }

  @Test
  void theSortedCheckOfStringsNamesTheFirstRepeatInListOrderLikeAPlainScan() {
    SplittableRandom random = new SplittableRandom(20261203);
    int repeats = 0;
    for (int i = 0; i < 5_000; i++) {
      int n = random.nextInt(0, 60);
      int range = random.nextInt(1, n * n + 2); // up to n^2: repeats are likely, not certain
      List<String> ids = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        ids.add("s" + random.nextInt(range));
      }
      String expected = null;
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (String id : ids) {
        if (!seen.add(id)) {
          expected = "ids: duplicate value '" + id + "'";
          break;
        }
      }
      assertThat(failure(() -> Checks.noDuplicates("ids", ids))).as("case %s: %s", i, ids).isEqualTo(expected);
      repeats += expected == null ? 0 : 1;
    }
    assertThat(repeats).isBetween(500, 4_500);
  }

  /** The message of the IllegalArgumentException the check throws, or null if it passes. */
  private static String failure(Runnable check) {
    try {
      check.run();
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
