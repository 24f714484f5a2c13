package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.examples.TestData;
import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

  @TempDir Path dir;

  @Test
  void aValidFileExits0AndSaysSo() throws IOException {
    Path file = write("valid.json", ScoJson.standard().toJson(TestData.dataset()));
    Cli.Result r = Cli.run("validate", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains(file + ": valid, 0 errors").contains("rules run");
  }

  @Test
  void aRuleErrorExits1AndNamesRuleSeveritySubjectAndPointer() throws IOException {
    Path file = write("gap.json", ScoJson.standard().toJson(withGapBeforeTerm(3)));
    Cli.Result r = Cli.run("validate", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    String row = r.out().lines().filter(l -> l.contains("presidency.continuity")).findFirst().orElseThrow();
    assertThat(row).startsWith("ERROR").contains("/presidencies/");
    assertThat(r.out()).contains(file + ": invalid, ");
  }

  @Test
  void jsonFormatListsEveryViolationForPrograms() throws IOException {
    Path file = write("gap.json", ScoJson.standard().toJson(withGapBeforeTerm(3)));
    Cli.Result r = Cli.run("validate", "--format", "json", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode report = JsonMapper.builder().build().readTree(r.out());
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("errors").asInt()).isPositive();
    JsonNode first = report.get("violations").get(0);
    assertThat(first.has("ruleId") && first.has("severity") && first.has("subject") && first.has("message")).isTrue();
  }

  @Test
  void strictModeTurnsAnUndeclaredRotationDeviationIntoAnError() throws IOException {
    ScoDataset undeclared = TestData.builder().rotationExceptions(List.of()).build();
    Path file = write("undeclared.json", ScoJson.standard().toJson(undeclared));
    Cli.Result lenient = Cli.run("validate", file.toString());
    Cli.Result strict = Cli.run("validate", "--strict", file.toString());
    assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
    assertThat(lenient.out()).containsPattern("(?m)^WARNING +presidency.rotation-order +pres-2019-ru +/presidencies/3");
    assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(1);
    assertThat(strict.out()).containsPattern("(?m)^ERROR +presidency.rotation-order +pres-2019-ru +/presidencies/3");
  }

  @Test
  void malformedJsonExits2WithLineAndColumn() throws IOException {
    Path file = write("broken.json", "{\n  \"format\": \"sco-dataset/1\",\n  \"states\": [\n");
    Cli.Result r = Cli.run("validate", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).startsWith("sco validate: cannot read '" + file + "': ").contains("line");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingFileExits2() {
    Cli.Result r = Cli.run("validate", dir.resolve("nope.json").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(
        "sco validate: cannot read '" + dir.resolve("nope.json") + "': no such file or directory\n");
  }

  @Test
  void aDirectoryExits2() {
    Cli.Result r = Cli.run("validate", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("it is a directory");
  }

  @Test
  void withoutAFileItValidatesTheDefaultDataset() {
    Cli.Result r = Cli.run("validate");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("the reference dataset: valid");
  }

  @Test
  void dataIsTheOptionAndTheFileParameterItsAlias() throws IOException {
    Path file = write("gap.json", ScoJson.standard().toJson(withGapBeforeTerm(3)));
    Cli.Result option = Cli.run("validate", "--data", file.toString());
    Cli.Result parameter = Cli.run("validate", file.toString());
    assertThat(option.exitCode()).isEqualTo(1);
    assertThat(option.out()).isEqualTo(parameter.out()).contains(file + ": invalid, ");
  }

  @Test
  void twoDifferentFilesAreABadArgument() throws IOException {
    Path a = write("a.json", ScoJson.standard().toJson(TestData.dataset()));
    Path b = write("b.json", ScoJson.standard().toJson(TestData.dataset()));
    Cli.Result r = Cli.run("validate", a.toString(), "--data", b.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).startsWith("sco validate: two dataset files given");
  }

  /** The test dataset with the given term starting a day late, leaving a gap after the previous one. */
  private static ScoDataset withGapBeforeTerm(int index) {
    ScoDataset d = TestData.dataset();
    List<Presidency> terms = new ArrayList<>(d.presidencies());
    Presidency p = terms.get(index);
    LocalDate start = p.term().start().toLocalDate().plusDays(1);
    terms.set(index, Presidency.builder().from(p)
        .term(DateRange.of(start, p.term().end().orElseThrow().toLocalDate())).build());
    return TestData.builder().presidencies(terms).build();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
