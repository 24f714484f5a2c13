package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Strings;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every kind of {@link ScoRecord} guarantees about its id, its sources and its note. */
class ScoRecordContractTest {

  /** One kind of record: how to build a valid one with a given id, and copies with other sources or a note. */
  record Kind(
      String name,
      Function<String, ScoRecord> withId,
      Function<List<String>, ScoRecord> withSources,
      Function<String, ScoRecord> withNote) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Kind> kinds() {
    return Stream.of(
        new Kind(
            "StatusChange",
            id -> ModelFixtures.statusChange(id),
            s -> StatusChange.builder().from(ModelFixtures.statusChange("x")).sources(s).build(),
            n -> StatusChange.builder().from(ModelFixtures.statusChange("x")).note(n).build()),
        new Kind(
            "Meeting",
            id -> ModelFixtures.meeting(id),
            s -> Meeting.builder().from(ModelFixtures.meeting("x")).sources(s).build(),
            n -> Meeting.builder().from(ModelFixtures.meeting("x")).note(n).build()),
        new Kind(
            "Presidency",
            id -> ModelFixtures.presidency(id),
            s -> Presidency.builder().from(ModelFixtures.presidency("x")).sources(s).build(),
            n -> Presidency.builder().from(ModelFixtures.presidency("x")).note(n).build()),
        new Kind(
            "Document",
            id -> ModelFixtures.document(id),
            s -> Document.builder().from(ModelFixtures.document("x")).sources(s).build(),
            n -> Document.builder().from(ModelFixtures.document("x")).note(n).build()),
        new Kind(
            "Initiative",
            id -> ModelFixtures.initiative(id),
            s -> Initiative.builder().from(ModelFixtures.initiative("x")).sources(s).build(),
            n -> Initiative.builder().from(ModelFixtures.initiative("x")).note(n).build()),
        new Kind(
            "Official",
            id -> ModelFixtures.official(id),
            s -> Official.builder().from(ModelFixtures.official("x")).sources(s).build(),
            n -> Official.builder().from(ModelFixtures.official("x")).note(n).build()),
        new Kind(
            "RotationException",
            id -> ModelFixtures.rotationException(id),
            s -> RotationException.builder().from(ModelFixtures.rotationException("x")).sources(s).build(),
            n -> RotationException.builder().from(ModelFixtures.rotationException("x")).note(n).build()),
        new Kind(
            "Application",
            id -> ModelFixtures.application(id),
            s -> Application.builder().from(ModelFixtures.application("x")).sources(s).build(),
            n -> Application.builder().from(ModelFixtures.application("x")).note(n).build()));
  }

  static final List<String> VALID_IDS =
      List.of("a", "7", "chs-2025-tianjin", "doc-tianjin-declaration-2025", "TASS-2017", "a.b_c:d-e", Strings.repeat("x", 200));

  static final List<String> INVALID_IDS =
      List.of("", " ", "-lead", ".lead", "_lead", ":lead", "has space", "tab\there", "a/b", "a#b", "é", "中文",
          "trailing ", Strings.repeat("x", 201));

  static Stream<Arguments> kindsAndValidIds() {
    return kinds().flatMap(k -> VALID_IDS.stream().map(id -> Arguments.of(k, id)));
  }

  static Stream<Arguments> kindsAndInvalidIds() {
    return kinds().flatMap(k -> INVALID_IDS.stream().map(id -> Arguments.of(k, id)));
  }

  @ParameterizedTest(name = "{0} accepts id \"{1}\"")
  @MethodSource("kindsAndValidIds")
  void acceptsAValidId(Kind kind, String id) {
    assertThat(kind.withId().apply(id).id()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0} rejects id \"{1}\"")
  @MethodSource("kindsAndInvalidIds")
  void rejectsAnInvalidIdNamingIt(Kind kind, String id) {
    assertRejected(() -> kind.withId().apply(id), "id", "'" + id + "'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void keepsSourcesInCitationOrder(Kind kind) {
    assertThat(kind.withSources().apply(List.of("src-b", "src-a", "src-c")).sources())
        .containsExactly("src-b", "src-a", "src-c");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rejectsADuplicateSource(Kind kind) {
    assertRejected(() -> kind.withSources().apply(List.of("src-a", "src-b", "src-a")), "sources", "'src-a'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rejectsAnInvalidSourceId(Kind kind) {
    assertRejected(() -> kind.withSources().apply(List.of("src-a", "not an id")), "sources", "'not an id'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rejectsABlankNote(Kind kind) {
    assertRejected(() -> kind.withNote().apply("  "), "note", "'  '");
    assertRejected(() -> kind.withNote().apply(""), "note", "''");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void sourcesListCannotBeModified(Kind kind) {
    List<String> sources = kind.withSources().apply(List.of("src-a")).sources();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> sources.add("src-b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
