package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A limit fault (document length, string length, nesting depth) reports a line and column that lie within the
 * input, for every form of input, however near the end of the input the limit trips.
 */
class LimitPositionTest {

  private static final String MEETING_WITH_NOTE =
      "{\"format\":\"sco-dataset/1\",\"meetings\":[{\"id\":\"m\",\"body\":\"secretariat\",\"startDate\":\"2025\","
          + "\"note\":\"%s\"}]}";

  static Stream<Arguments> limitFaults() {
    String longNote = String.format(MEETING_WITH_NOTE, "n".repeat(500));
    String lastString = String.format(MEETING_WITH_NOTE, "n".repeat(300));
    String deep = String.format(MEETING_WITH_NOTE, "n")
        .replace("\"startDate\"", "\"venue\":{\"city\":\"C\",\"state\":\"CN\"},\"startDate\"");
    String twoLines = longNote.replace("\"meetings\"", "\n\"meetings\"");
    return Stream.of(
        Arguments.of("document length", ScoJson.builder().maxDocumentLength(200).build(), longNote),
        Arguments.of("document length, two lines", ScoJson.builder().maxDocumentLength(200).build(), twoLines),
        Arguments.of("document length at the end", ScoJson.builder().maxDocumentLength(longNote.length() - 1)
            .build(), longNote),
        Arguments.of("string length", ScoJson.builder().maxStringLength(100).build(), lastString),
        Arguments.of("nesting depth", ScoJson.builder().maxNestingDepth(3).build(), deep));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitFaults")
  void theColumnOfALimitFaultLiesWithinTheInput(String name, ScoJson json, String doc) {
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    check(doc, "string", json::readDataset, doc);
    check(doc, "bytes", d -> json.readDataset(bytes), doc);
    check(doc, "stream", d -> json.readDataset(new ByteArrayInputStream(bytes)), doc);
    check(doc, "reader", d -> json.readDataset(new StringReader(d)), doc);
  }

  private static void check(String doc, String form, Function<String, ?> read, String input) {
    Throwable t = catchThrowable(() -> read.apply(input));
    assertThat(t).as(form).isExactlyInstanceOf(ScoJsonException.class);
    ScoJsonException e = (ScoJsonException) t;
    assertThat(e.reason()).as(form).containsAnyOf("limit", "exceed");
    String[] lines = doc.split("\n", -1);
    assertThat(e.line()).as(form + ": line of " + e.getMessage()).isBetween(1, lines.length);
    assertThat(e.column()).as(form + ": column of " + e.getMessage()).isBetween(1, lines[e.line() - 1].length());
  }
}
