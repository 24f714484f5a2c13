package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.scosdk.model.Document;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.StatusChange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

  private static final ScoJson JSON = ScoJson.standard();

  @Test
  void aByteOrderMarkAloneOrBeforeARecordReadsFromBytesAsFromText() {
    String meeting = "{\"id\":\"m\",\"body\":\"secretariat\",\"startDate\":\"2025\"}\n";
    for (String after : new String[] {"", "\n", meeting}) {
      byte[] bytes = markThen(after);
      List<Meeting> fromBytes;
      try (Stream<Meeting> s = ScoJson.standard().readLines(new ByteArrayInputStream(bytes), Meeting.class)) {
        fromBytes = s.collect(Collectors.toList());
      }
      List<Meeting> fromText;
      try (Stream<Meeting> s = ScoJson.standard().readLines(new StringReader("\uFEFF" + after), Meeting.class)) {
        fromText = s.collect(Collectors.toList());
      }
      assertThat(fromBytes).as("after %s", after).isEqualTo(fromText).hasSize(after.equals(meeting) ? 1 : 0);
    }
  }

  @Test
  void zeroBytesAfterAByteOrderMarkAreRefusedFromBytesAsFromText() {
    // with the mark skipped, the parser took 0A 00 00 00 for UTF-32 ("\n", no records); as UTF-8 it is a NUL
    for (String after : new String[] {"\n\0\0\0", "\0\n", "\0"}) {
      byte[] bytes = markThen(after);
      Throwable fromBytes = catchThrowable(() -> JSON.readLines(new ByteArrayInputStream(bytes), Meeting.class).count());
      Throwable fromText = catchThrowable(() -> JSON.readLines(new StringReader("\uFEFF" + after), Meeting.class).count());
      assertThat(fromText).as("text, after %s", after.length()).isInstanceOf(ScoJsonException.class);
      assertThat(fromBytes).as("bytes, after %s", after.length()).isInstanceOf(ScoJsonException.class);
      assertThat(((ScoJsonException) fromBytes).reason()).contains("code 0");
    }
  }

  @Test
  void aSecondByteOrderMarkIsRefusedFromBytesAsFromTextAtTheSamePlace() {
    // the mark was skipped here and the second one by the parser: "d" + EF BB BF EF BB BF 0A read as no records
    // (ReadJsonLinesFuzzTestInputs/readLines/crash-1387dc…)
    for (String after : new String[] {"\uFEFF\n", "\uFEFF", "\n\uFEFF{}\n", "{\"id\":1}\n", "  x\n"}) {
      byte[] bytes = markThen(after);
      Throwable fromBytes = catchThrowable(() -> JSON.readLines(new ByteArrayInputStream(bytes), Meeting.class).count());
      Throwable fromText = catchThrowable(() -> JSON.readLines(new StringReader("\uFEFF" + after), Meeting.class).count());
      assertThat(fromText).as("text, after %s", after).isInstanceOf(ScoJsonException.class);
      assertThat(fromBytes).as("bytes, after %s", after).isInstanceOf(ScoJsonException.class);
      ScoJsonException b = (ScoJsonException) fromBytes;
      ScoJsonException t = (ScoJsonException) fromText;
      assertThat(b.line()).as("line, after %s", after).isEqualTo(t.line());
      // the parser skips the mark and counts its three bytes in the byte columns of line 1, as in a document
      Throwable asDocument = catchThrowable(() -> JSON.read(bytes, Meeting.class));
      if (b.line() == 1 && asDocument instanceof ScoJsonException) {
        assertThat(b.column()).as("column, after %s", after).isEqualTo(((ScoJsonException) asDocument).column());
      }
    }
  }

  /** A UTF-8 byte-order mark, then the text in UTF-8. */
  private static byte[] markThen(String after) {
    byte[] rest = after.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[3 + rest.length];
    bytes[0] = (byte) 0xef;
    bytes[1] = (byte) 0xbb;
    bytes[2] = (byte) 0xbf;
    System.arraycopy(rest, 0, bytes, 3, rest.length);
    return bytes;
  }

  @Test
  void meetingsDocumentsAndStatusChangesRoundTripAsOneRecordPerLine() {
    RandomDatasets g = RandomDatasets.withSeed(5);
    List<Meeting> meetings = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    List<StatusChange> changes = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      meetings.add(g.meeting());
      documents.add(g.document());
      changes.add(g.statusChange());
    }
    assertThat(readBack(meetings, Meeting.class)).isEqualTo(meetings);
    assertThat(readBack(documents, Document.class)).isEqualTo(documents);
    assertThat(readBack(changes, StatusChange.class)).isEqualTo(changes);
  }

  private static <T> List<T> readBack(List<T> records, Class<T> type) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(JSON.writeLines(records, out)).isEqualTo(records.size());
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.split("\n", -1)).hasSize(records.size() + 1);
    assertThat(text).endsWith("}\n");
    try (Stream<T> s = JSON.readLines(new ByteArrayInputStream(out.toByteArray()), type)) {
      return s.collect(Collectors.toList());
    }
  }

  @Test
  void eachLineIsTheCompactFormOfTheRecord() {
    Meeting m = RandomDatasets.withSeed(1).meeting();
    StringWriter w = new StringWriter();
    JSON.writeLines(List.of(m, m), w);
    String line = JSON.compact().toJson(m);
    assertThat(w.toString()).isEqualTo(line + "\n" + line + "\n");
  }

  @Test
  void closingTheStreamClosesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(lines(3).getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() throws IOException {
            closed.set(true);
            super.close();
          }
        };
    try (Stream<StatusChange> s = JSON.readLines(in, StatusChange.class)) {
      assertThat(s.count()).isEqualTo(3);
      assertThat(closed).isFalse();
    }
    assertThat(closed).isTrue();
  }

  @Test
  void recordsAreReadLazilyFromAnInputTooLargeToHold() {
    try (Stream<StatusChange> s = JSON.readLines(new GeneratedLines(Long.MAX_VALUE), StatusChange.class)) {
      assertThat(s.limit(5).map(StatusChange::id).collect(Collectors.toList()))
          .containsExactly("sc-0", "sc-1", "sc-2", "sc-3", "sc-4");
    }
  }

  @Test
  void manyRecordsStreamThroughInConstantMemory() {
    long n = Long.getLong("sco.io.lines", 200_000);
    try (Stream<StatusChange> s = JSON.readLines(new GeneratedLines(n), StatusChange.class)) {
      assertThat(s.count()).isEqualTo(n);
    }
  }

  @Test
  void aBadRecordIsReportedWithItsNumberLineAndPointerWithinTheRecord() {
    String text = lines(1) + "{\"id\":\"x\",\"state\":\"CN\",\"status\":\"member\",\"date\":\"2001-13\"}\n";
    ScoJsonException e = failure(text);
    assertThat(e.reason()).startsWith("record 2: date: '2001-13' is not a valid date");
    assertThat(e.pointer()).isEqualTo("/date");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(49);
  }

  @Test
  void twoRecordsOnOneLineAreAnError() {
    String one = lines(1).trim();
    ScoJsonException e = failure(one + " " + one + "\n");
    assertThat(e.reason()).isEqualTo("record 2: starts on line 1 after the previous record; one record per line");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(one.length() + 2);
  }

  @Test
  void aRecordSpanningLinesIsAnError() {
    ScoJsonException e = failure("{\"id\":\"a\",\"state\":\"CN\",\n\"status\":\"member\",\"date\":\"2001\"}\n");
    assertThat(e.reason()).isEqualTo("record 1: spans lines 1 to 2; a record must be on one line");
  }

  @Test
  void blankLinesAreSkipped() {
    String text = "\n" + lines(1) + "\n\n" + lines(1);
    try (Stream<StatusChange> s = JSON.readLines(new StringReader(text), StatusChange.class)) {
      assertThat(s.count()).isEqualTo(2);
    }
  }

  @Test
  void aFileOfRecordsCanBeWrittenAndRead(@TempDir Path dir) throws IOException {
    List<Meeting> meetings = List.of(RandomDatasets.withSeed(2).meeting(), RandomDatasets.withSeed(3).meeting());
    Path file = dir.resolve("m.jsonl");
    try (var out = Files.newOutputStream(file)) {
      JSON.writeLines(meetings.stream(), out);
    }
    try (Stream<Meeting> s = JSON.readLines(file, Meeting.class)) {
      assertThat(s.collect(Collectors.toList())).isEqualTo(meetings);
    }
    Throwable missing = catchThrowable(() -> JSON.readLines(dir.resolve("none.jsonl"), Meeting.class));
    assertThat(missing).isExactlyInstanceOf(ScoJsonException.class).hasMessageContaining("cannot read");
  }

  private static ScoJsonException failure(String text) {
    Throwable t;
    try (Stream<StatusChange> s = JSON.readLines(new StringReader(text), StatusChange.class)) {
      t = catchThrowable(() -> s.forEach(x -> {}));
    }
    assertThat(t).isExactlyInstanceOf(ScoJsonException.class);
    return (ScoJsonException) t;
  }

  private static String lines(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(GeneratedLines.line(i));
    }
    return sb.toString();
  }

  /** An input of n status-change lines, produced on demand, never held in memory. */
  private static final class GeneratedLines extends InputStream {
    private final long count;
    private long next;
    private byte[] current = new byte[0];
    private int pos;

    GeneratedLines(long count) {
      this.count = count;
    }

    static String line(long i) {
      return "{\"id\":\"sc-" + i + "\",\"state\":\"CN\",\"status\":\"member\",\"date\":\"2001-06-15\",\"sources\":[\"s1\"]}\n";
    }

    @Override
    public int read() {
      if (pos == current.length) {
        if (next == count) {
          return -1;
        }
        current = line(next++).getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      return current[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
      }
      return n;
    }
  }
}
