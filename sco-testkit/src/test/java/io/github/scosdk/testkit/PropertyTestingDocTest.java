package io.github.scosdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the complete example of docs/property-testing.md identical to the test that runs it. */
class PropertyTestingDocTest {

  @Test
  void theDocumentedExampleIsTheExampleTest() throws IOException {
    Path doc = Path.of("..", "docs", "property-testing.md");
    Path test = Path.of("src/test/java/io/github/scosdk/testkit/PresidencyRotationPropertyExampleTest.java");
    String markdown = Files.readString(doc, StandardCharsets.UTF_8);
    String begin = "<!-- example: PresidencyRotationPropertyExampleTest.java -->\n```java\n";
    int from = markdown.indexOf(begin);
    assertThat(from).as("the example marker in %s", doc).isNotNegative();
    int start = from + begin.length();
    int end = markdown.indexOf("```\n", start);
    assertThat(markdown.substring(start, end)).isEqualTo(Files.readString(test, StandardCharsets.UTF_8));
  }
}
