package io.github.scosdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.ScoReference;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAndWriteJsonTest {

  @TempDir Path dir;

  @Test
  void writesReadsBackAnEqualDatasetAndShowsWhereTheBrokenDocumentFails() {
    String printed =
        Printed.by(out -> ReadAndWriteJson.run(TestData.dataset(), dir.resolve("test.json"), out));
    assertThat(printed).contains("to test.json; read back an equal dataset",
        "Writing again gives the same bytes: true", "Rejected: ", "  at /states/0");
    assertThat(printed).containsPattern("line 4, column \\d+");
  }

  @Test
  void theReferenceDatasetRoundTrips() {
    String printed =
        Printed.by(out -> ReadAndWriteJson.run(ScoReference.dataset(), dir.resolve("ref.json"), out));
    assertThat(printed).contains("read back an equal dataset");
  }
}
