package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.Initiative;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.Application;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shape checks of every record and part type, one by one: empty input names the type, a value that is not
 * an object is refused as such, and each required field, left out of an otherwise complete value (from the
 * golden example), is reported by name. Plus the message format of {@link ScoJsonException}, the limits at
 * their boundary, explicit {@code false} flags and the record counts of {@code writeLines}.
 */
class RecordShapesTest {

  private static final ScoJson JSON = ScoJson.standard().compact();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** The type, its name in messages, a complete value from the golden example, and its required fields. */
  static Stream<Arguments> types() {
    ScoDataset g = GoldenExample.dataset();
    Meeting tianjin = g.meetings().get(0);
    return Stream.of(
        Arguments.of(ScoDataset.class, "dataset", g, List.of("format")),
        Arguments.of(State.class, "state", g.states().get(0), List.of("code", "nameEn", "nameRu", "nameZh")),
        Arguments.of(Source.class, "source", g.sources().get(0), List.of("id", "title")),
        Arguments.of(StatusChange.class, "status change", g.statusChanges().get(0),
            List.of("id", "state", "status", "date")),
        Arguments.of(Meeting.class, "meeting", tianjin, List.of("id", "body", "startDate")),
        Arguments.of(Presidency.class, "presidency", g.presidencies().get(1), List.of("id", "holder", "term")),
        Arguments.of(Document.class, "document", g.documents().get(0), List.of("id", "kind", "titles")),
        Arguments.of(Initiative.class, "initiative", g.initiatives().get(0), List.of("id", "name")),
        Arguments.of(Official.class, "official", g.officials().get(0),
            List.of("id", "name", "post", "state", "term")),
        Arguments.of(RotationException.class, "rotation exception", g.rotationExceptions().get(0),
            List.of("id", "kind", "description")), // presidencies or officials: the model's check
        Arguments.of(Application.class, "application", g.applications().get(0), List.of("id", "state", "date")),
        Arguments.of(Participant.class, "participant", tianjin.participants().get(0), List.of()),
        Arguments.of(Venue.class, "venue", tianjin.venue().orElseThrow(), List.of("city", "state")),
        Arguments.of(DocumentLink.class, "link", g.documents().get(0).links().get(0), List.of("type", "target")),
        Arguments.of(DateRange.class, "term", g.presidencies().get(1).term(), List.of("start")));
  }

  private static ScoJsonException rejected(String json, Class<?> type) {
    ScoJsonException e = catchThrowableOfType(ScoJsonException.class, () -> JSON.read(json, type));
    assertThat(e).as("%s refused: %s", type.getSimpleName(), json).isNotNull();
    return e;
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("types")
  void emptyInputNamesTheType(Class<?> type, String kind, Object complete, List<String> required) {
    assertThat(rejected("  ", type).reason()).isEqualTo("empty input: expected a " + kind);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("types")
  void aValueThatIsNotAnObjectIsRefusedAsSuch(Class<?> type, String kind, Object complete, List<String> required) {
    assertThat(rejected("\"x\"", type).reason()).isEqualTo(kind + ": expected an object, was string 'x'");
    assertThat(rejected("[]", type).reason()).startsWith(kind + ": expected an object, was an array");
    assertThat(rejected("7", type).reason()).startsWith(kind + ": expected an object, was number 7");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("types")
  void everyRequiredFieldLeftOutIsReportedByName(
      Class<?> type, String kind, Object complete, List<String> required) {
    String full = JSON.toJson(complete);
    assertThat(JSON.read(full, type)).isEqualTo(complete);
    List<String> reasons = new ArrayList<>();
    for (String field : required) {
      ObjectNode tree = (ObjectNode) TREES.readTree(full);
      assertThat(tree.remove(field)).as("%s has %s", kind, field).isNotNull();
      ScoJsonException e = rejected(TREES.writeValueAsString(tree), type);
      reasons.add(e.reason());
      assertThat(e.pointer()).isEmpty();
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(1);
    }
    assertThat(reasons).isEqualTo(required.stream().map(f -> kind + ": missing required field '" + f + "'").toList());
  }

  // ---------------------------------------------------------------- the exception's message

  @Test
  void theMessageAddsThePlaceThatIsKnown() {
    assertThat(new ScoJsonException("r", "", -1, -1, null).getMessage()).isEqualTo("r");
    assertThat(new ScoJsonException("r", "/a/0", -1, -1, null).getMessage()).isEqualTo("r (at /a/0)");
    assertThat(new ScoJsonException("r", "", 0, 3, null).getMessage())
        .isEqualTo("r (at the document root, line 0, column 3)");
    assertThat(new ScoJsonException("r", "/a/0", 2, 5, null).getMessage()).isEqualTo("r (at /a/0, line 2, column 5)");
  }

  // ---------------------------------------------------------------- limits at their boundary

  @Test
  void everyLimitMayBeOne() {
    ScoJson tiny = ScoJson.builder().maxDocumentLength(1).maxNestingDepth(1).maxStringLength(1).build();
    assertThat(tiny.toBuilder().build().toJson(GoldenExample.dataset().states().get(0))).startsWith("{");
    assertThat(tiny.readConstraints().getMaxDocumentLength()).isEqualTo(1);
    assertThat(tiny.readConstraints().getMaxNestingDepth()).isEqualTo(1);
    assertThat(tiny.readConstraints().getMaxStringLength()).isEqualTo(1);
    assertThatThrownBy(() -> ScoJson.builder().maxDocumentLength(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentLength: -5 is not positive");
  }

  @ParameterizedTest
  @ValueSource(ints = {26, 27})
  void aTextDocumentOfExactlyTheLimitIsRead(int limit) {
    String minimal = "{\"format\":\"sco-dataset/1\"}";
    assertThat(minimal).hasSize(26);
    ScoDataset d = ScoJson.builder().maxDocumentLength(limit).build().readDataset(minimal);
    assertThat(d.meetings()).isEmpty();
    assertThat(catchThrowableOfType(ScoJsonException.class,
            () -> ScoJson.builder().maxDocumentLength(25).build().readDataset(minimal)).reason())
        .isEqualTo("document: 26 characters exceed the limit of 25");
  }

  // ---------------------------------------------------------------- flags and counts

  @Test
  void anExplicitFalseFlagIsReadAsFalse() {
    Meeting m = JSON.read(
        "{\"id\":\"m\",\"body\":\"secretariat\",\"startDate\":\"2025\",\"planned\":false}", Meeting.class);
    assertThat(m.planned()).isFalse();
    Participant p = JSON.read("{\"state\":\"CN\",\"guest\":false,\"remote\":true}", Participant.class);
    assertThat(p.guest()).isFalse();
    assertThat(p.remote()).isTrue();
  }

  @Test
  void writeLinesCountsTheRecordsWritten() {
    List<Meeting> meetings = GoldenExample.dataset().meetings();
    assertThat(JSON.writeLines(meetings, new ByteArrayOutputStream())).isEqualTo(meetings.size());
    assertThat(JSON.writeLines(meetings.stream(), new ByteArrayOutputStream())).isEqualTo(meetings.size());
    StringWriter text = new StringWriter();
    assertThat(JSON.writeLines(meetings, text)).isEqualTo(meetings.size());
    assertThat(text.toString().split("\n")).hasSize(meetings.size());
  }
}
