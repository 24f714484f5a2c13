package io.github.scosdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.benchmarks.baseline.DatasetRecord;
import io.github.scosdk.benchmarks.data.BenchmarkData;
import io.github.scosdk.benchmarks.json.JsonLibrary;
import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.ScoDataset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The libraries compared really do the same job: they read the same document and write an equivalent one. */
class JsonLibraryTest {

  private static final ScoJson COMPACT = ScoJson.builder().pretty(false).build();

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void readsTheReferenceAndWritesWhatScoIoReadsBackAsTheSameDataset(JsonLibrary library) {
    roundTrip(library, BenchmarkData.reference());
  }

  @ParameterizedTest
  @EnumSource(JsonLibrary.class)
  void readsASyntheticDatasetAndWritesWhatScoIoReadsBackAsTheSameDataset(JsonLibrary library) {
    roundTrip(library, BenchmarkData.dataset("200"));
  }

  private static void roundTrip(JsonLibrary library, ScoDataset dataset) {
    byte[] json = COMPACT.toJsonBytes(dataset);

    Object value = library.read(json);
    if (library != JsonLibrary.SCO_IO) {
      DatasetRecord records = (DatasetRecord) value;
      assertThat(records.meetings()).hasSameSizeAs(dataset.meetings());
      assertThat(records.documents()).hasSameSizeAs(dataset.documents());
    }
    byte[] written = library.write(value);

    assertThat(COMPACT.readDataset(new String(written, StandardCharsets.UTF_8))).isEqualTo(dataset);
  }
}
