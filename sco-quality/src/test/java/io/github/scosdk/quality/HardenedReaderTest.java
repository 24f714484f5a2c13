package io.github.scosdk.quality;

import static io.github.scosdk.quality.ReadOracle.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoJsonException;
import io.github.scosdk.json.ScoModule;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StatusChange;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hardened reader settings of {@code docs/json-format.md}, proven on the reader itself: nesting depth,
 * string, name and document length, duplicate keys (every key of the reference document), trailing tokens, and
 * no default typing. sco-io's own tests cover the custom limits and the bad-input corpus; these add the default
 * limits at their exact boundaries, the systematic duplicate-key sweep and hostile inputs far beyond the limits.
 */
class HardenedReaderTest {

  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final String MINIMAL = "{\"format\":\"sco-dataset/1\"}";

  // ---------------------------------------------------------------- nesting depth

  @Test
  void theDepthLimitCountsEveryLevelOfTheDeepestRealRecord() {
    // the reference document is 5 levels deep, first at /meetings/0/participants/0 (root, meetings, meeting,
    // participants, participant), later at /documents/0/links/0
    byte[] reference = ReferenceJson.GOLDEN.bytes();
    assertThat(ScoJson.builder().maxNestingDepth(5).build().readDataset(new ByteArrayInputStream(reference)))
        .isEqualTo(JSON.readDataset(new ByteArrayInputStream(reference)));
    ScoJsonException e =
        rejected(() -> ScoJson.builder().maxNestingDepth(4).build().readDataset(new ByteArrayInputStream(reference)));
    assertThat(e.reason()).startsWith("limit exceeded: Document nesting depth (5) exceeds the maximum allowed (4");
    assertThat(e.pointer()).isEqualTo("/meetings/0/participants/0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"%s", "{\"format\":%s}", "{\"format\":\"sco-dataset/1\",\"meetings\":%s}",
      "{\"format\":\"sco-dataset/1\",\"meetings\":[{\"id\":\"m\",\"venue\":%s}]}"})
  void aMillionOpenBracketsAreRefusedWithoutStackOverflow(String template) {
    String nest = String.format(template, "[".repeat(1_000_000));
    assertThat(rejected(() -> JSON.readDataset(nest)).reason()).isNotBlank();
    assertThat(rejected(() -> JSON.readDataset(new ByteArrayInputStream(bytes(nest)))).reason()).isNotBlank();
    assertThat(rejected(() -> JSON.read(nest, Meeting.class)).reason()).isNotBlank();
    assertThat(rejected(() -> readLines(nest, Meeting.class)).reason()).startsWith("record 1: ");
  }

  // ---------------------------------------------------------------- string, name and document length

  @Test
  void aNameOf1024CharactersIsReadAndOneMoreIsRefusedAsALimit() {
    String atLimit = "{\"format\":\"sco-dataset/1\",\"" + "k".repeat(1024) + "\":1}";
    assertThat(rejected(() -> JSON.readDataset(atLimit)).reason()).startsWith("dataset: unknown field 'kkk");
    String over = "{\"format\":\"sco-dataset/1\",\"" + "k".repeat(1025) + "\":1}";
    assertThat(rejected(() -> JSON.readDataset(over)).reason()).startsWith("limit exceeded: Name length (1025)");
    assertThat(rejected(() -> JSON.readDataset(new ByteArrayInputStream(bytes(over)))).reason())
        .startsWith("limit exceeded: Name length (1025)");
  }

  @Test
  void theStringLimitAppliesToJsonLinesToo() {
    String line = "{\"id\":\"s\",\"state\":\"CN\",\"status\":\"member\",\"date\":\"2001-06-15\",\"note\":\"%s\"}\n";
    String ok = "n".repeat(1 << 20);
    assertThat(readLines(String.format(line, ok), StatusChange.class)).hasSize(1);
    ScoJsonException e = rejected(() -> readLines(line.formatted("x") + line.formatted(ok + "n"), StatusChange.class));
    assertThat(e.reason()).startsWith("record 2: limit exceeded: String value length");
    assertThat(e.pointer()).isEqualTo("/note");
  }

  @Test
  void aLimitFaultCarriesTheLineOfTheRecord() {
    String line = "{\"id\":\"s\",\"state\":\"CN\",\"status\":\"member\",\"date\":\"2001-06-15\",\"note\":\"%s\"}\n";
    ScoJsonException e =
        rejected(() -> readLines(line.formatted("x") + line.formatted("n".repeat((1 << 20) + 1)), StatusChange.class));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isPositive();
  }

  @Test
  void aStreamOfExactlyTheDefaultLimitIsReadAndOneByteMoreIsRefusedWithoutBufferingIt() {
    long limit = ScoJson.DEFAULT_MAX_DOCUMENT_LENGTH;
    assertThat(JSON.readDataset(new PaddedDocument(MINIMAL, limit)).meetings()).isEmpty();
    ScoJsonException e = rejected(() -> JSON.readDataset(new PaddedDocument(MINIMAL, limit + 1)));
    assertThat(e.reason()).startsWith("limit exceeded: Document length");
  }

  @Test
  void theDocumentLimitDoesNotApplyToJsonLines() {
    ScoJson tiny = ScoJson.builder().maxDocumentLength(100).build();
    String line = "{\"id\":\"s%d\",\"state\":\"CN\",\"status\":\"member\",\"date\":\"2001-06-15\"}\n";
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      lines.append(String.format(line, i));
    }
    try (Stream<StatusChange> s =
        tiny.readLines(new ByteArrayInputStream(bytes(lines.toString())), StatusChange.class)) {
      assertThat(s.count()).isEqualTo(1000);
    }
    assertThat(rejected(() -> tiny.readDataset(lines.toString())).reason()).contains("exceed the limit of 100");
  }

  // ---------------------------------------------------------------- duplicate keys

  @Test
  void everyKeyOfTheReferenceDocumentIsRefusedWhenRepeated() {
    JsonNode reference = TREES.readTree(ReferenceJson.GOLDEN.bytes());
    List<String[]> members = new ArrayList<>();
    collectMembers(reference, "", members);
    assertThat(members).hasSizeGreaterThan(100);
    for (String[] member : members) {
      String pointer = member[0];
      String name = member[1];
      String text = withDuplicate(reference, pointer, name);
      ScoJsonException e = rejected(() -> JSON.readDataset(text));
      assertThat(e.reason()).as("%s/%s", pointer, name).endsWith("duplicate field '" + name + "'");
      assertThat(e.pointer()).isEqualTo(pointer + "/" + name);
    }
  }

  private static void collectMembers(JsonNode node, String pointer, List<String[]> out) {
    if (node.isObject()) {
      for (String name : node.propertyNames()) {
        out.add(new String[] {pointer, name});
        collectMembers(node.get(name), pointer + "/" + name, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectMembers(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  /** The document with the member repeated at the end of its object (a tree cannot hold it: done in the text). */
  private static String withDuplicate(JsonNode reference, String pointer, String name) {
    JsonNode copy = reference.deepCopy();
    ObjectNode object = (ObjectNode) (pointer.isEmpty() ? copy : copy.at(pointer));
    object.set("\u0001again", object.get(name).deepCopy());
    return TREES.writeValueAsString(copy).replace("\"\\u0001again\"", "\"" + name + "\"");
  }

  // ---------------------------------------------------------------- trailing tokens

  @ParameterizedTest
  @ValueSource(strings = {" {}", " []", "x", ",", "]", "}", " null", " 1", " \"s\"", " /* c */", "\u0000", "\n{}"})
  void anythingButWhitespaceAfterTheValueIsRefused(String trailing) {
    String meeting = "{\"id\":\"m\",\"body\":\"secretariat\",\"startDate\":\"2025\"}";
    for (ThrowingRead read :
        List.<ThrowingRead>of(
            () -> JSON.readDataset(MINIMAL + trailing),
            () -> JSON.readDataset(new ByteArrayInputStream(bytes(MINIMAL + trailing))),
            () -> JSON.readDataset(new StringReader(MINIMAL + trailing)),
            () -> JSON.read(meeting + trailing, Meeting.class))) {
      assertThat(rejected(read).reason()).containsAnyOf("trailing content", "malformed JSON");
    }
    // in JSON Lines, what follows a record on its line is a fault of the line; on the next line, of the next record
    assertThat(rejected(() -> readLines(meeting + trailing + "\n", Meeting.class)).reason())
        .containsAnyOf("record 1: ", "record 2: ");
  }

  @Test
  void trailingWhitespaceIsAllowed() {
    assertThat(JSON.readDataset(MINIMAL + " \n\t\r\n ").meetings()).isEmpty();
  }

  // ---------------------------------------------------------------- no default typing

  @ParameterizedTest
  @ValueSource(strings = {"@class", "@type", "@c", "@id", "$type", "class"})
  void typeIdPropertiesAreUnknownFields(String typeId) {
    String dataset = "{\"format\":\"sco-dataset/1\",\"" + typeId + "\":\"java.util.HashMap\"}";
    assertThat(rejected(() -> JSON.readDataset(dataset)).reason()).isEqualTo("dataset: unknown field '" + typeId + "'");
    String meeting = "{\"" + typeId + "\":\"io.github.scosdk.model.Meeting\",\"id\":\"m\"}";
    assertThat(rejected(() -> JSON.read(meeting, Meeting.class)).reason()).contains("unknown field '" + typeId + "'");
  }

  @Test
  void aTypeWrappedValueIsRefused() {
    String wrapped = "[\"io.github.scosdk.model.ScoDataset\"," + MINIMAL + "]";
    assertThat(rejected(() -> JSON.readDataset(wrapped)).reason()).isEqualTo("dataset: expected an object, was an array");
    String asObject = "{\"io.github.scosdk.model.ScoDataset\":" + MINIMAL + "}";
    assertThat(rejected(() -> JSON.readDataset(asObject)).reason()).contains("unknown field");
  }

  @Test
  void theModuleGivesAMapperTheSameStrictReadingAndWritesNoTypeIds() {
    JsonMapper mapper = JsonMapper.builder().addModule(new ScoModule()).build();
    String withTypeId = "{\"@class\":\"java.util.HashMap\",\"format\":\"sco-dataset/1\"}";
    assertThat(catchThrowableOfType(RuntimeException.class, () -> mapper.readValue(withTypeId, ScoDataset.class)))
        .isNotNull()
        .hasMessageContaining("unknown field '@class'");
    ScoDataset reference = JSON.readDataset(new ByteArrayInputStream(ReferenceJson.REFERENCE.bytes()));
    String written = mapper.writeValueAsString(reference);
    assertThat(written).doesNotContain("\"@").doesNotContain("io.github.scosdk").doesNotContain("java.");
    assertThat(JSON.readDataset(written)).isEqualTo(reference);
  }

  // ---------------------------------------------------------------- helpers

  @FunctionalInterface
  private interface ThrowingRead {
    Object read();
  }

  private static ScoJsonException rejected(ThrowingRead read) {
    ScoJsonException e = catchThrowableOfType(ScoJsonException.class, read::read);
    assertThat(e).as("expected a ScoJsonException").isNotNull();
    ReadOracle.checkWellFormed(e);
    return e;
  }

  private static <T> List<T> readLines(String lines, Class<T> type) {
    try (Stream<T> s = JSON.readLines(new ByteArrayInputStream(bytes(lines)), type)) {
      return s.collect(Collectors.toList());
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A document followed by spaces up to a total length, generated as it is read: nothing is held in memory. */
  private static final class PaddedDocument extends InputStream {
    private final byte[] head;
    private final long length;
    private long position;

    PaddedDocument(String document, long length) {
      this.head = bytes(document);
      this.length = length;
    }

    @Override
    public int read() {
      if (position >= length) {
        return -1;
      }
      long at = position++;
      return at < head.length ? head[(int) at] : ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= length) {
        return -1;
      }
      int n = (int) Math.min(len, length - position);
      for (int i = 0; i < n; i++) {
        long at = position + i;
        b[off + i] = at < head.length ? head[(int) at] : (byte) ' ';
      }
      position += n;
      return n;
    }
  }
}
