package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: each file under {@code src/test/resources/bad/} holds one fault; {@code expectations.tsv}
 * says for each the pointer, line, column and a fragment of the reason of the {@link ScoJsonException} it must
 * give. Every file is the same small valid document ({@code base.json}) with one change.
 */
class BadInputCorpusTest {

  private static final Path DIR = Path.of("src/test/resources/bad");

  static Stream<Arguments> corpus() throws IOException {
    return Files.readAllLines(DIR.resolve("expectations.tsv"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank())
        .map(l -> l.split("\t", -1))
        .map(f -> Arguments.of(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachFaultGivesOneScoJsonExceptionAtItsPlace(
      String file, String pointer, int line, int column, String reason) {
    Throwable thrown = catchThrowable(() -> ScoJson.standard().readDataset(DIR.resolve(file)));
    assertThat(thrown).as(file).isExactlyInstanceOf(ScoJsonException.class);
    ScoJsonException e = (ScoJsonException) thrown;
    assertThat(e.reason()).as(file).contains(reason);
    assertThat(e.pointer()).as(file + ": " + e.getMessage()).isEqualTo(pointer);
    assertThat(new int[] {e.line(), e.column()}).as(file + ": " + e.getMessage()).containsExactly(line, column);
    assertThat(e.getMessage()).contains(e.reason()).contains("line " + line + ", column " + column);
  }

  @Test
  void theCorpusCoversAtLeastFiftyFaultsAndEveryFileHasAnExpectation() throws IOException {
    List<String> expected = corpus().map(a -> (String) a.get()[0]).collect(Collectors.toList());
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> present =
          files.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json") && !n.equals("base.json"))
              .collect(Collectors.toList());
      assertThat(present).containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(expected).hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  void theBaseDocumentOfTheCorpusIsValid() {
    assertThat(ScoJson.standard().readDataset(DIR.resolve("base.json")).meetings()).hasSize(1);
  }
}
