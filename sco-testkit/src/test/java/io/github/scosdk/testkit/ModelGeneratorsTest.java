package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ModelGeneratorsTest {

  static final List<Gen<?>> GENERATORS =
      List.of(
          ModelGenerators.stateCodes(),
          ModelGenerators.states(),
          ModelGenerators.days(),
          ModelGenerators.partialDates(),
          ModelGenerators.dateRanges(),
          ModelGenerators.sources(),
          ModelGenerators.venues(),
          ModelGenerators.participants(),
          ModelGenerators.statusChanges(),
          ModelGenerators.meetings(),
          ModelGenerators.presidencies(),
          ModelGenerators.documentLinks(),
          ModelGenerators.documents(),
          ModelGenerators.initiatives(),
          ModelGenerators.officials(),
          ModelGenerators.rotationExceptions(),
          ModelGenerators.applications(),
          ModelGenerators.datasets(5));

  @ParameterizedTest
  @FieldSource("GENERATORS")
  void valuesAreWellFormedReproducibleAndVaried(Gen<?> gen) {
    java.util.Set<Object> distinct = new java.util.HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      Object a = gen.generate(new SplittableRandom(seed));
      assertThat(a).isNotNull().isEqualTo(gen.generate(new SplittableRandom(seed)));
      distinct.add(a);
    }
    assertThat(distinct).hasSizeGreaterThan(20);
  }
}
