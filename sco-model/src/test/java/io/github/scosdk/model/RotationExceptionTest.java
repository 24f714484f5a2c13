package io.github.scosdk.model;

import static io.github.scosdk.model.ModelFixtures.assertRejected;
import static io.github.scosdk.model.ModelFixtures.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RotationExceptionTest {

  private static RotationException.Builder swap() {
    return RotationException.builder()
        .id("rot-swap")
        .kind(RotationExceptionKind.SWAP)
        .addPresidencies("pres-a", "pres-b")
        .addStates(code("RU"), code("TJ"))
        .description("Two states swapped their turns");
  }

  @Test
  void keepsEveryAttributeInOrder() {
    RotationException e = swap().build();
    assertThat(e.kind()).isEqualTo(RotationExceptionKind.SWAP);
    assertThat(e.presidencies()).containsExactly("pres-a", "pres-b");
    assertThat(e.states()).containsExactly(code("RU"), code("TJ"));
    assertThat(e.description()).isEqualTo("Two states swapped their turns");
  }

  @Test
  void rejectsAnExceptionWithoutTermsNamingIt() {
    assertRejected(
        () ->
            RotationException.builder()
                .id("rot-empty")
                .kind(RotationExceptionKind.IRREGULAR_PERIOD)
                .description("d")
                .build(),
        "presidencies",
        "'rot-empty'");
  }

  @Test
  void rejectsDuplicateOrInvalidTerms() {
    assertRejected(() -> swap().addPresidency("pres-a").build(), "presidencies", "'pres-a'");
    assertRejected(() -> swap().addPresidency("pres c").build(), "presidencies", "'pres c'");
  }

  @Test
  void rejectsADuplicateState() {
    assertRejected(() -> swap().addState(code("RU")).build(), "states", "'RU'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void rejectsABlankDescription(String blank) {
    assertRejected(() -> swap().description(blank).build(), "description", "'" + blank + "'");
  }

  @Test
  void aSkipOfANewMemberMayNameNoState() {
    assertThat(swap().kind(RotationExceptionKind.SKIP_NEW_MEMBER).states(java.util.List.of()).build().states()).isEmpty();
  }

  @Test
  void anExceptionMayListOnlyOfficialsTermsOfItsBody() {
    RotationException e =
        RotationException.builder()
            .id("rot-sg")
            .body(Body.SECRETARIAT)
            .kind(RotationExceptionKind.IRREGULAR_PERIOD)
            .addOfficials("sg-a", "sg-b")
            .description("The post follows a cycle of its own")
            .build();
    assertThat(e.presidencies()).isEmpty();
    assertThat(e.officials()).containsExactly("sg-a", "sg-b");
    assertThat(e.body()).isEqualTo(Post.SECRETARY_GENERAL.body());
    assertThat(swap().build().officials()).isEmpty();
  }

  @Test
  void rejectsDuplicateOrInvalidOfficialsTerms() {
    assertRejected(() -> swap().addOfficials("sg-a", "sg-a").build(), "officials", "'sg-a'");
    assertRejected(() -> swap().addOfficial("sg a").build(), "officials", "'sg a'");
  }
}
