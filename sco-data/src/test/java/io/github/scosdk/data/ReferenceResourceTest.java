package io.github.scosdk.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed JSON resource is exactly what the Java source of the dataset produces, and {@link ScoReference}
 * reads it back to an equal dataset.
 *
 * <p>After changing the Java source, regenerate the resource with
 * {@code mvn -B -ntp -q -pl sco-data -am verify -Dsco.data.regenerate=true}, then run the build again.
 */
class ReferenceResourceTest {

  private static final Path RESOURCE =
      Path.of("src/main/resources/io/github/scosdk/data", ScoReference.RESOURCE);

  private final ScoDataset source = ReferenceDatasetSource.build();

  @Test
  void committedResourceIsWhatTheSourceProduces() throws IOException {
    String expected = ScoJson.standard().toJson(source);
    if (Boolean.getBoolean("sco.data.regenerate")) {
      Files.createDirectories(RESOURCE.getParent());
      Files.writeString(RESOURCE, expected, StandardCharsets.UTF_8);
    }
    assertThat(RESOURCE).as("run with -Dsco.data.regenerate=true to create it").exists();
    String committed = Files.readString(RESOURCE, StandardCharsets.UTF_8);
    assertThat(committed)
        .as("%s is stale: run the build with -Dsco.data.regenerate=true", RESOURCE)
        .isEqualTo(expected);
  }

  @Test
  void scoReferenceLoadsADatasetEqualToTheSource() {
    assertThat(ScoReference.dataset()).isEqualTo(source);
  }

  @Test
  void scoReferenceLoadsOnce() {
    assertThat(ScoReference.dataset()).isSameAs(ScoReference.dataset());
  }

  @Test
  void theResourceDeclaresTheFormat() throws IOException {
    assertThat(Files.readString(RESOURCE, StandardCharsets.UTF_8)).contains("\"format\": \"" + ScoJson.FORMAT + "\"");
  }
}
