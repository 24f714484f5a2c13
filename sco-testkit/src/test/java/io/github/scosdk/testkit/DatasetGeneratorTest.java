package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {

  @Test
  void sameSeedGivesEqualDatasets() {
    DatasetGenerator gen = DatasetGenerator.ofSize(12);
    for (long seed = 0; seed < 20; seed++) {
      assertThat(gen.generate(new SplittableRandom(seed))).isEqualTo(gen.generate(new SplittableRandom(seed)));
    }
  }

  @Test
  void differentSeedsGiveDifferentDatasets() {
    DatasetGenerator gen = DatasetGenerator.ofSize(12);
    assertThat(gen.generate(new SplittableRandom(1))).isNotEqualTo(gen.generate(new SplittableRandom(2)));
  }

  @Test
  void termsStayWithinTheSize() {
    for (long seed = 0; seed < 300; seed++) {
      int size = 1 + (int) (seed % 30);
      ScoDataset d = DatasetGenerator.ofSize(size).generate(new SplittableRandom(seed));
      assertThat(d.presidencies()).hasSizeBetween(Math.min(2, size), size);
    }
  }
}
