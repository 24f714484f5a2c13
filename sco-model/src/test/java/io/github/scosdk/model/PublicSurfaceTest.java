package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.rules.Severity;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Violation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated Immutables code is no part of the public API: a user sees {@code X}, {@code X.builder()},
 * {@code X.Builder} and the {@code with*} copies, and cannot subclass a value type outside its package (which
 * would skip its checks and could forge a mutable "value").
 */
class PublicSurfaceTest {

  static Stream<Object> values() {
    return Stream.of(
        ModelFixtures.state("CN"),
        ModelFixtures.source("s"),
        ModelFixtures.statusChange("sc"),
        ModelFixtures.meeting("m"),
        ModelFixtures.presidency("p"),
        ModelFixtures.document("d"),
        ModelFixtures.initiative("i"),
        ModelFixtures.official("o"),
        ModelFixtures.rotationException("r"),
        ModelFixtures.application("a"),
        Venue.of("Tianjin", StateCode.of("CN")),
        Participant.ofState(StateCode.of("CN")),
        DocumentLink.of(LinkType.AMENDS, "d"),
        ScoDataset.builder().build(),
        ScoDataset.builder().build().asOf(java.time.LocalDate.of(2025, 1, 1)),
        ScoDataset.builder().build().predictNextHolder(java.time.LocalDate.of(2025, 1, 1)),
        Violation.builder().ruleId("r").severity(Severity.ERROR).subject("s").message("m").build(),
        ValidationReport.builder().build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void theImplementationIsHiddenAndTheValueTypeCannotBeSubclassedOutsideItsPackage(Object value) {
    Class<?> implementation = value.getClass();
    Class<?> type = implementation.getSuperclass();
    assertThat(Modifier.isPublic(implementation.getModifiers())).as("%s is public", implementation).isFalse();
    assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", type).isTrue();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      assertThat(c.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)).as("%s", c).isZero();
    }
    for (Class<?> i : type.getInterfaces()) {
      if (i.getSimpleName().startsWith("With")) {
        assertThat(Modifier.isPublic(i.getModifiers())).as("%s is public", i).isFalse();
      }
    }
    // Venue and DocumentLink are made with of(...) only
    Stream.of(type.getDeclaredClasses())
        .filter(c -> c.getSimpleName().equals("Builder"))
        .forEach(
            b ->
                assertThat(Modifier.isPublic(b.getModifiers()) && Modifier.isFinal(b.getModifiers()))
                    .as("%s is public and final", b)
                    .isTrue());
  }
}
