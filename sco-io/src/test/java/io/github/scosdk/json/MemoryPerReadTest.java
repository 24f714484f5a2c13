package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.ScoDataset;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default document limit is what the documented minimum heap reads (issue 16 item 8): a document of the
 * default length, of the most memory-hungry shape known, is read from a file, a stream, bytes and a string in a
 * child JVM with {@value #MINIMUM_HEAP} (the deep run; the normal build reads it from a file and a string); one
 * byte or character more is refused with the limit's error.
 *
 * <p>The shape: meetings whose {@code outcomes} list thousands of one- and two-character ids. Each id is a
 * {@code String} of its own in the dataset (about 50 bytes of heap for 4 to 5 bytes of document), so the dataset
 * read holds about 10.5 times the document's size, against about 2 for real data. Measured on JDK 17 (smallest
 * {@code -Xmx} that reads a 16 MiB document from a file): this shape 181 MB with the serial collector, 173 MB with
 * G1; the reference history replicated to 16 MiB (compact JSON) 31 MB.
 */
class MemoryPerReadTest {

  /** The smallest heap the documentation promises reads a document at the default limit. */
  static final String MINIMUM_HEAP = "-Xmx256m";

  private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final int OUTCOMES_PER_MEETING = 2000;
  /**
   * The reads the child makes, each about a second of CPU: the deep run all four; the normal build the one that
   * streams from a file and the one that holds the whole text besides the dataset.
   */
  private static final List<String> WAYS =
      Boolean.getBoolean("sco.deep") ? List.of("path", "stream", "bytes", "string") : List.of("path", "string");

  @Test
  void aDocumentAtTheDefaultLimitIsReadWithTheMinimumHeapFromAFileAStreamBytesAndAString(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path doc = dir.resolve("hungry.json");
    Files.write(doc, hungryDocument(ScoJson.DEFAULT_MAX_DOCUMENT_LENGTH));
    assertThat(Files.size(doc)).isEqualTo(ScoJson.DEFAULT_MAX_DOCUMENT_LENGTH);

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(MINIMUM_HEAP);
    // the serial collector: it needs more heap for this shape than G1 (181 MB against 173 MB), and it costs a third
    // less CPU here (4.3 s against 6.5 s for the four reads, measured by hand, load 7)
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(classPath());
    command.add(ReadInChild.class.getName());
    command.add(doc.toString());
    command.addAll(WAYS);
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
    int meetings = (int) (ScoJson.DEFAULT_MAX_DOCUMENT_LENGTH / (OUTCOMES_PER_MEETING * 5L));
    assertThat(output).as("the child's output").contains(WAYS.stream().map(way -> way + ": ").toArray(String[]::new));
    assertThat(output).doesNotContain("OutOfMemoryError");
    assertThat(child.exitValue()).as(output).isZero();
    // every read built the whole dataset (a meeting has about 10 KB of ids, 2,000 of them)
    for (String line : output.strip().split("\n")) {
      assertThat(Integer.parseInt(line.substring(line.indexOf(": ") + 2))).as(line).isGreaterThan(meetings * 9 / 10);
    }
  }

  @Test
  void oneByteOrCharacterOverTheDefaultLimitIsRefusedWithTheLimitsError(@TempDir Path dir) throws IOException {
    byte[] over = hungryDocument(ScoJson.DEFAULT_MAX_DOCUMENT_LENGTH + 1);
    ScoJson json = ScoJson.standard();
    assertThatThrownBy(() -> json.readDataset(over))
        .isInstanceOf(ScoJsonException.class)
        .hasMessageContaining("document: 16777217 bytes exceed the limit of 16777216");
    assertThatThrownBy(() -> json.readDataset(new String(over, StandardCharsets.US_ASCII)))
        .isInstanceOf(ScoJsonException.class)
        .hasMessageContaining("document: 16777217 characters exceed the limit of 16777216");
    assertThatThrownBy(() -> json.readDataset(new ByteArrayInputStream(over)))
        .isInstanceOf(ScoJsonException.class)
        .satisfies(e -> assertThat(((ScoJsonException) e).reason()).startsWith("limit exceeded: Document length"));
    Path file = dir.resolve("over.json");
    Files.write(file, over);
    assertThatThrownBy(() -> json.readDataset(file))
        .isInstanceOf(ScoJsonException.class)
        .satisfies(e -> assertThat(((ScoJsonException) e).reason()).startsWith("limit exceeded: Document length"));
  }

  /**
   * A dataset document of exactly {@code length} ASCII bytes: meetings with {@value #OUTCOMES_PER_MEETING} distinct
   * one- and two-character outcome ids each, then spaces up to the length (trailing whitespace is allowed).
   */
  static byte[] hungryDocument(long length) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < ALPHANUMERIC.length() && ids.size() < OUTCOMES_PER_MEETING; i++) {
      ids.add(ALPHANUMERIC.substring(i, i + 1));
    }
    for (int i = 0; ids.size() < OUTCOMES_PER_MEETING; i++) {
      ids.add("" + ALPHANUMERIC.charAt(i / ALPHANUMERIC.length()) + ALPHANUMERIC.charAt(i % ALPHANUMERIC.length()));
    }
    String outcomes = "\"" + String.join("\",\"", ids) + "\"";
    StringBuilder doc = new StringBuilder((int) length);
    doc.append("{\"format\":\"sco-dataset/1\",\"meetings\":[");
    for (int m = 0; ; m++) {
      String meeting =
          (m == 0 ? "" : ",") + "{\"id\":\"m" + m + "\",\"body\":\"secretariat\",\"startDate\":\"2025\",\"outcomes\":["
              + outcomes + "]}";
      if (doc.length() + meeting.length() + 2 > length) {
        break;
      }
      doc.append(meeting);
    }
    doc.append("]}");
    while (doc.length() < length) {
      doc.append(' ');
    }
    return doc.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The test's class path and module path as one class path for the child JVM. */
  private static String classPath() {
    String modules = System.getProperty("jdk.module.path", "");
    String classes = System.getProperty("java.class.path", "");
    return modules.isEmpty() ? classes : classes.isEmpty() ? modules : classes + File.pathSeparator + modules;
  }

  /** Reads the document in the ways named after it, one after the other, and prints the meetings each read built. */
  static final class ReadInChild {
    private ReadInChild() {}

    public static void main(String[] args) throws IOException {
      Path doc = Path.of(args[0]);
      ScoJson json = ScoJson.standard();
      for (String way : List.of(args).subList(1, args.length)) {
        switch (way) {
          case "path" -> print(way, json.readDataset(doc));
          case "stream" -> {
            try (InputStream in = Files.newInputStream(doc)) {
              print(way, json.readDataset(in));
            }
          }
          case "bytes" -> print(way, json.readDataset(Files.readAllBytes(doc)));
          case "string" -> print(way, json.readDataset(Files.readString(doc, StandardCharsets.US_ASCII)));
          default -> throw new IllegalArgumentException(way);
        }
      }
    }

    private static void print(String how, ScoDataset read) {
      System.out.println(how + ": " + read.meetings().size());
    }
  }
}
