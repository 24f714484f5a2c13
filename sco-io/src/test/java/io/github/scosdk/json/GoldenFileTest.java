package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The golden example: fixed bytes for a fixed dataset, in both directions, and the same text in the docs. */
class GoldenFileTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/example-dataset.json");
  private static final Path DOC = Path.of("../docs/json-format.md");

  @Test
  void writingTheExampleGivesTheGoldenBytes() throws IOException {
    byte[] expected = Files.readAllBytes(GOLDEN);
    assertThat(new String(ScoJson.standard().toJsonBytes(GoldenExample.dataset()), StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
  }

  @Test
  void readingTheGoldenFileGivesTheExample() {
    ScoDataset read = ScoJson.standard().readDataset(GOLDEN);
    assertThat(read).isEqualTo(GoldenExample.dataset());
  }

  @Test
  void theDocumentationShowsTheGoldenExampleVerbatim() throws IOException {
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).contains("```json\n" + golden + "```\n");
  }
}
