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
    assertThatThrownBy(() -> ReferenceLoader.load(ScoReference.class, "no-such.json", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such.json")
        .hasMessageContaining("missing");
  }

  @Test
  void anInvalidResourceIsAnIllegalStateWithTheReadersMessage() {
    assertThatThrownBy(() -> ReferenceLoader.load(ScoReference.class, "broken-dataset.json", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken-dataset.json")
        .hasMessageContaining("unknownField");
  }

  @Test
  void theEmbeddedResourceHasTheChecksumRecordedAtBuildTime() throws Exception {
    byte[] bytes;
    try (var in = ScoReference.class.getResourceAsStream(ScoReference.RESOURCE)) {
      bytes = in.readAllBytes();
    }
    assertThat(ReferenceChecksum.SHA256).matches("[0-9a-f]{64}").isEqualTo(ReferenceLoader.sha256(bytes));
    assertThat(ReferenceLoader.sha256(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aResourceThatIsNotTheRecordedOneIsAnIllegalStateSayingItIsShadowed() {
    // a valid dataset, but not the bytes recorded: what a shadowing class-path entry would supply
    assertThatThrownBy(() -> ReferenceLoader.load(ScoReference.class, ScoReference.RESOURCE, "0".repeat(64)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sco-reference.json")
        .hasMessageContaining("SHA-256")
        .hasMessageContaining("shadows it");
  }

  @Test
  void theCompactFormIsReadBesideTheClassAndEqualsTheJsonResource() {
    ScoDataset compact = ReferenceLoader.loadBeside(ScoReference.class, CompactForm.RESOURCE, CompactForm::read);
    assertThat(compact)
        .isEqualTo(ReferenceLoader.load(ScoReference.class, ScoReference.RESOURCE, ReferenceChecksum.SHA256));
    assertThat(ScoReference.dataset()).isEqualTo(compact);
  }

  @Test
  void aResourceFoundElsewhereThanBesideTheClassIsAnIllegalStateSayingItIsShadowed() {
    // broken-dataset.json lies in the test classes, ScoReference.class in the main classes: another class-path
    // entry, as a shadowing jar would be; it is rejected before it is read
    assertThatThrownBy(() -> ReferenceLoader.loadBeside(ScoReference.class, "broken-dataset.json", CompactForm::read))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken-dataset.json")
        .hasMessageContaining("not beside")
        .hasMessageContaining("shadows it");
  }

  @Test
  void aMissingOrUnreadableCompactResourceIsAnIllegalStateNamingIt() {
    assertThatThrownBy(() -> ReferenceLoader.loadBeside(ScoReference.class, "no-such.bin", CompactForm::read))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such.bin")
        .hasMessageContaining("missing");
    // the JSON resource lies beside the class but is not the compact form
    assertThatThrownBy(() -> ReferenceLoader.loadBeside(ScoReference.class, ScoReference.RESOURCE, CompactForm::read))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("could not be read")
        .hasMessageContaining("not the compact form");
  }

  @Test
  void aFailedLoadIsAnIllegalStateOnEveryCallAndTheLoaderRunsOnce() {
    int[] runs = {0};
    LazyDataset lazy =
        new LazyDataset(
            () -> {
              runs[0]++;
              return ReferenceLoader.load(ScoReference.class, "no-such.json", null);
            });
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(lazy::get)
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no-such.json");
    }
    assertThat(runs[0]).isEqualTo(1);
  }

  @Test
  void aLoaderFailingWithAnotherRuntimeExceptionIsAlsoAnIllegalState() {
    LazyDataset lazy = new LazyDataset(() -> { throw new ArithmeticException("boom"); });
    assertThatThrownBy(lazy::get).isExactlyInstanceOf(IllegalStateException.class).hasMessageContaining("boom");
    assertThatThrownBy(lazy::get).isExactlyInstanceOf(IllegalStateException.class).hasMessageContaining("boom");
  }

  @Test
  void aSuccessfulLoadIsSharedAndRunsOnce() {
    int[] runs = {0};
    ScoDataset empty = ScoDataset.builder().build();
    LazyDataset lazy = new LazyDataset(() -> { runs[0]++; return empty; });
    assertThat(lazy.get()).isSameAs(empty);
    assertThat(lazy.get()).isSameAs(empty);
    assertThat(runs[0]).isEqualTo(1);
  }

  @Test
  void aShadowingResourceThatAlsoFailsToParseIsReportedAsShadowed() {
    // the hash runs beside the parse: a resource that is neither the recorded one nor valid is still "shadowed"
    assertThatThrownBy(() -> ReferenceLoader.load(ScoReference.class, "broken-dataset.json", ReferenceChecksum.SHA256))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken-dataset.json")
        .hasMessageContaining("SHA-256")
        .hasMessageContaining("shadows it");
  }

  @Test
  void theRecordedResourceLoadsWithItsChecksumCheckedAndKeepsAnInterrupt() {
    Thread.currentThread().interrupt();
    try {
      ScoDataset d = ReferenceLoader.load(ScoReference.class, ScoReference.RESOURCE, ReferenceChecksum.SHA256);
      assertThat(d.states()).isNotEmpty();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
