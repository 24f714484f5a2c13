package io.github.scosdk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.model.ScoDataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The public entry point: one shared dataset, its version, and clear failures for a broken resource. */
class ScoReferenceTest {

  @Test
  void concurrentCallersAllGetTheSameInstance() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<ScoDataset>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(ScoReference::dataset);
      }
      List<Future<ScoDataset>> results = pool.invokeAll(calls);
      for (Future<ScoDataset> f : results) {
        assertThat(f.get()).isSameAs(ScoReference.dataset());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void versionSaysWhatItCoversAndAsOfWhichDay() {
    ReferenceVersion v = ScoReference.version();
    assertThat(v.asOf()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(v.asOfBasis()).contains("APP-CHG26").contains("2026-03-02");
    assertThat(v.coverage()).contains("10 member states").contains("17 partner states");
    assertThat(v.version()).isNotBlank();
  }

  @Test
  void versionRejectsBlankAndNullParts() {
    LocalDate day = LocalDate.of(2026, 2, 12);
    assertThatThrownBy(() -> new ReferenceVersion(" ", "c", day, "b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReferenceVersion("v", "c", null, "b"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("asOf");
  }

  @Test
  void aMissingResourceIsAnIllegalStateNamingIt() {
    assertThatThrownBy(() -> ReferenceLoader.load(ScoReference.class, "no-such.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such.json")
        .hasMessageContaining("missing");
  }

  @Test
  void anInvalidResourceIsAnIllegalStateWithTheReadersMessage() {
    assertThatThrownBy(() -> ReferenceLoader.load(ScoReference.class, "broken-dataset.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken-dataset.json")
        .hasMessageContaining("unknownField");
  }
}
