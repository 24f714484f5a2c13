package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Minimal valid values of every model type, and the assertion that a builder rejects a malformed value with a
 * message naming the field and the value. The values are test data, not SCO facts.
 */
final class ModelFixtures {

  private ModelFixtures() {}

  static StateCode code(String code) {
    return StateCode.of(code);
  }

  static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  static Source source(String id) {
    return Source.builder().id(id).title("Title of " + id).build();
  }

  static State state(String code) {
    return State.builder().code(StateCode.of(code)).nameEn("Name " + code).nameRu("Имя " + code).nameZh("名" + code).build();
  }

  static StatusChange statusChange(String id) {
    return StatusChange.builder()
        .id(id)
        .state(code("KZ"))
        .status(MembershipStatus.MEMBER)
        .date(date("2001-06-15"))
        .build();
  }

  static AccessionStep accessionStep(String id) {
    return AccessionStep.builder()
        .id(id)
        .state(code("IN"))
        .stage(AccessionStage.STARTED)
        .date(date("2015-07-10"))
        .build();
  }

  static Meeting meeting(String id) {
    return Meeting.builder().id(id).body(Body.COUNCIL_OF_HEADS_OF_STATE).startDate(date("2025-08-31")).build();
  }

  static Presidency presidency(String id) {
    return Presidency.builder().id(id).holder(code("CN")).term(DateRange.ongoing(date("2024-07-04"))).build();
  }

  static Document document(String id) {
    return Document.builder().id(id).kind(DocumentKind.DECLARATION).putTitle(Language.EN, "Declaration " + id).build();
  }

  static Initiative initiative(String id) {
    return Initiative.builder().id(id).name("Initiative " + id).build();
  }

  static Official official(String id) {
    return Official.builder()
        .id(id)
        .name("Official " + id)
        .post(Post.SECRETARY_GENERAL)
        .state(code("KG"))
        .term(DateRange.of(date("2022-01-01"), date("2025-01-01")))
        .build();
  }

  static RotationException rotationException(String id) {
    return RotationException.builder()
        .id(id)
        .kind(RotationExceptionKind.SWAP)
        .addPresidency("pres-a")
        .description("Two states swapped their turns")
        .build();
  }

  static Application application(String id) {
    return Application.builder()
        .id(id)
        .state(code("AM"))
        .sought(MembershipStatus.MEMBER)
        .date(date("2025-07"))
        .build();
  }

  /**
   * Asserts that the call fails at once with an {@link IllegalArgumentException} whose message names the field
   * and quotes the value as given.
   */
  static void assertRejected(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field)
        .hasMessageContaining(value);
  }
}
