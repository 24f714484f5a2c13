package io.github.scosdk.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.Sources.Entry;
import io.github.scosdk.data.Sources.TitleBasis;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The source registry file: one source per line, and each title says honestly where it comes from. */
class SourceRegistryTest {

  /** An address written as a title: with or without a scheme, a host name and an optional path. */
  private static final Pattern ADDRESS = Pattern.compile("^(https?://|www\\.)\\S*$|^[\\w-]+(\\.[\\w-]+)+(/\\S*)?$");

  private final List<Entry> registry = Sources.registry();

  @Test
  void noTitleIsInSquareBracketsOrAnAddress() {
    assertThat(registry).allSatisfy(e -> {
      String title = e.source().title().strip();
      assertThat(title).as(e.source().id()).doesNotStartWith("[").doesNotMatch(ADDRESS).doesNotContain("://");
    });
  }

  @Test
  void theAddressPatternCatchesWhatItMustAndSparesATitle() {
    assertThat("https://tass.com/world/1335687").matches(ADDRESS);
    assertThat("www.dawn.com/news/1338647").matches(ADDRESS);
    assertThat("tass.com/world/1335687").matches(ADDRESS);
    assertThat("India and Pakistan join SCO").doesNotMatch(ADDRESS);
    assertThat("CountriesRegions.ts (owid-grapher)").doesNotMatch(ADDRESS);
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
