package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hash flooding (issue 16, item 4): reading a document stays O(n log n) when every value of one of its lists
 * shares one {@code String.hashCode}. Ids made of the blocks {@code Aa} and {@code BB} (equal hash codes) give 2^k
 * distinct values with one hash code; reading a document whose list holds them takes at most 3× the time of the
 * same document with random values of the same length (so the same number of bytes). Covers every list of the
 * format whose values the input chooses freely: the record arrays (ids) and the lists inside records. Lists of
 * state codes are left out: two letters allow 676 values, too few to flood.
 */
class HashFloodingTest {

  /** 2^12 values: a quadratic check of 2^14 links took 20 s here, against 3 ms for random ones. */
  private static final int BLOCKS = 12;

  private static final int N = 1 << BLOCKS;

  private static final String HEAD = "{\"format\":\"sco-dataset/1\",";

  static Stream<Arguments> lists() {
    return Stream.of(
        list("sources (ids)", ids -> "\"sources\":[" + each(ids, "{\"id\":\"%s\",\"title\":\"t\"}") + "]"),
        list("meetings (ids)", ids -> "\"meetings\":[" + each(ids, "{\"id\":\"%s\",\"body\":\"secretariat\",\"startDate\":\"2025\"}") + "]"),
        list("documents/links", ids -> document("\"links\":[" + each(ids, "{\"type\":\"grants_status\",\"target\":\"%s\"}") + "]")),
        list("documents/sources", ids -> document("\"sources\":[" + each(ids, "\"%s\"") + "]")),
        list("meetings/outcomes", ids -> meeting("\"outcomes\":[" + each(ids, "\"%s\"") + "]")),
        list("meetings/participants (organisations)", ids -> meeting("\"participants\":[" + each(ids, "{\"organisation\":\"%s\"}") + "]")),
        list("statusChanges/documents", ids -> "\"statusChanges\":[{\"id\":\"s\",\"state\":\"KZ\",\"status\":\"member\",\"date\":\"2001\",\"documents\":[" + each(ids, "\"%s\"") + "]}]"),
        list("rotationExceptions/presidencies", ids -> "\"rotationExceptions\":[{\"id\":\"r\",\"kind\":\"swap\",\"description\":\"d\",\"presidencies\":[" + each(ids, "\"%s\"") + "]}]"),
        list("initiatives/areas", ids -> initiative("\"areas\":[" + each(ids, "\"%s\"") + "]")),
        list("initiatives/endorsedBy", ids -> initiative("\"endorsedBy\":[" + each(ids, "\"%s\"") + "]")));
  }

  private static Arguments list(String name, Function<List<String>, String> body) {
    return Arguments.of(name, body);
  }

  private static String document(String list) {
    return "\"documents\":[{\"id\":\"d\",\"kind\":\"declaration\",\"titles\":{\"en\":\"t\"}," + list + "}]";
  }

  private static String meeting(String list) {
    return "\"meetings\":[{\"id\":\"m\",\"body\":\"secretariat\",\"startDate\":\"2025\"," + list + "}]";
  }

  private static String initiative(String list) {
    return "\"initiatives\":[{\"id\":\"i\",\"name\":\"n\"," + list + "}]";
  }

  private static String each(List<String> ids, String format) {
    StringBuilder out = new StringBuilder();
    for (String id : ids) {
      out.append(out.length() == 0 ? "" : ",").append(String.format(format, id));
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void collidingValuesReadAtMostThreeTimesSlowerThanRandomOnes(String name, Function<List<String>, String> body) {
    List<String> colliding = colliding();
    assertThat(colliding.stream().map(String::hashCode).distinct().count()).isEqualTo(1);
    byte[] collidingDoc = (HEAD + body.apply(colliding) + "}").getBytes(StandardCharsets.UTF_8);
    byte[] randomDoc = (HEAD + body.apply(random(colliding.get(0).length())) + "}").getBytes(StandardCharsets.UTF_8);
    assertThat(collidingDoc).hasSameSizeAs(randomDoc);

    ScoDataset read = ScoJson.standard().readDataset(collidingDoc);
    assertThat(read.records().count() + read.sources().size()).isPositive();
    // interleaved, best of 7 each: a busy machine slows both alike rather than one
    long collidingNanos = Long.MAX_VALUE;
    long randomNanos = Long.MAX_VALUE;
    for (int i = 0; i < 7; i++) {
      collidingNanos = Math.min(collidingNanos, time(collidingDoc));
      randomNanos = Math.min(randomNanos, time(randomDoc));
    }

    // 3x the random time, plus 50 ms of slack for scheduling noise on millisecond figures (a quadratic check of
    // these 4,096 links took 453 ms against 1 ms)
    assertThat(collidingNanos)
        .as("%s: %d colliding values read in %d ms, random ones in %d ms", name, N, collidingNanos / 1_000_000,
            randomNanos / 1_000_000)
        .isLessThanOrEqualTo(3 * randomNanos + 50_000_000L);
  }

  /** Distinct ids, all with one hash code: "x" followed by every word of BLOCKS blocks from {Aa, BB}. */
  private static List<String> colliding() {
    List<String> ids = new ArrayList<>(N);
    for (int bits = 0; bits < N; bits++) {
      StringBuilder id = new StringBuilder("x");
      for (int k = 0; k < BLOCKS; k++) {
        id.append((bits >>> k & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    return ids;
  }

  /** N distinct random ids of the given length. */
  private static List<String> random(int length) {
    Random rnd = new Random(16);
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    List<String> ids = new ArrayList<>(N);
    Set<String> seen = new HashSet<>();
    while (ids.size() < N) {
      StringBuilder id = new StringBuilder("x");
      for (int i = 1; i < length; i++) {
        id.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      if (seen.add(id.toString())) {
        ids.add(id.toString());
      }
    }
    return ids;
  }

  private static long time(byte[] doc) {
    long start = System.nanoTime();
    ScoJson.standard().readDataset(doc);
    return System.nanoTime() - start;
  }

}
