package io.github.scosdk.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.Sources.Entry;
import io.github.scosdk.data.Sources.TitleBasis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The source registry file: one source per line, and each title says honestly where it comes from. */
class SourceRegistryTest {

  private final List<Entry> registry = Sources.registry();

  @Test
  void suppliedTitlesAreInSquareBracketsAndNoOtherTitleIs() {
    assertThat(registry).allSatisfy(e -> {
      boolean bracketed = e.source().title().startsWith("[") && e.source().title().endsWith("]");
      assertThat(bracketed).as(e.source().id()).isEqualTo(e.basis() == TitleBasis.SUPPLIED);
    });
  }

  @Test
  void theRegistryIsWhatTheDatasetCarries() {
    assertThat(registry.stream().map(Entry::source).toList()).isEqualTo(ReferenceFixture.dataset().sources());
  }

  @Test
  void mostTitlesAreThePagesOwn() {
    long real = registry.stream().filter(e -> e.basis() != TitleBasis.SUPPLIED).count();
    assertThat(real).isGreaterThan(registry.size() / 2);
  }
}
