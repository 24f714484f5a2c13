package io.github.scosdk.examples.cli;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import io.github.scosdk.model.rules.Violation;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;

/**
 * {@code sco validate [--data FILE]}: runs every standard rule over a dataset and lists the violations. Exit 0
 * when there is no error (warnings allowed), 1 when a rule reports an error, 2 when the file cannot be read.
 */
@Command(
    name = "validate",
    description = {
      "Checks a dataset file against every standard rule.",
      "Lists each violation with its rule id, severity, subject and JSON Pointer. Without a file, checks the"
          + " embedded reference dataset.",
      "Exit code: 0 no error (warnings allowed), 1 rule errors, 2 the file cannot be read."
    })
final class ValidateCommand extends Query<ValidationReport> {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The sco-dataset/1 JSON file; the same as --data FILE.")
  @Nullable Path file;

  @Option(names = "--strict", description = "Report undeclared rotation deviations as errors, not warnings.")
  boolean strict;

  ValidateCommand(Clock clock, DatasetSource datasets) {
    super(clock, datasets);
  }

  @Override
  @Nullable Path dataFile() {
    if (file != null && data.file != null && !file.equals(data.file)) {
      throw new BadInputException("two dataset files given (" + TerminalText.quoted(file) + " and --data "
          + TerminalText.quoted(data.file) + "): give one");
    }
    return file != null ? file : data.file;
  }

  @Override
  ValidationReport answer(ScoDataset dataset) {
    Validator validator = strict ? Validator.standard().strict() : Validator.standard();
    return validator.validate(dataset);
  }

  @Override
  int exitCode(ValidationReport report) {
    return report.hasErrors() ? ExitCodes.RULE_ERRORS : ExitCodes.OK;
  }

  @Override
  String text(ScoDataset dataset, ValidationReport report) {
    Path source = dataFile();
    String name = (source != null ? TerminalText.escape(source.toString()) : "the reference dataset")
        + (data.overlays.isEmpty() ? "" : " with overlay " + data.overlays.stream().map(p -> TerminalText.escape(p.toString()))
            .collect(java.util.stream.Collectors.joining(", ")));
    StringBuilder b = new StringBuilder();
    if (!report.violations().isEmpty()) {
      TextTable t = new TextTable("SEVERITY", "RULE", "SUBJECT", "POINTER", "MESSAGE");
      for (Violation v : report.violations()) {
        t.row(v.severity().name(), v.ruleId(), v.subject(), v.pointer().orElse("-"), Sco.oneLine(v.message()));
      }
      b.append(t.render()).append('\n');
    }
    int errors = report.errors().size();
    int warnings = report.warnings().size();
    b.append(name).append(": ")
        .append(errors == 0 ? "valid" : "invalid")
        .append(", ").append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"))
        .append(" (").append(plural(report.rulesRun().size(), "rule")).append(" run")
        .append(strict ? ", strict" : "").append(").\n");
    return b.toString();
  }

  @Override
  void json(JsonGenerator g, ScoDataset dataset, ValidationReport report) {
    g.writeStartObject();
    g.writeBooleanProperty("valid", !report.hasErrors());
    g.writeNumberProperty("errors", report.errors().size());
    g.writeNumberProperty("warnings", report.warnings().size());
    Json.strings(g, "rulesRun", report.rulesRun());
    Json.array(g, "violations", report.violations(), ValidateCommand::violation);
    g.writeEndObject();
  }

  private static void violation(JsonGenerator g, Violation v) {
    g.writeStartObject();
    Json.member(g, "ruleId", v.ruleId());
    Json.member(g, "severity", Labels.id(v.severity()));
    Json.member(g, "subject", v.subject());
    Json.member(g, "pointer", v.pointer().orElse(null));
    Json.member(g, "message", v.message());
    g.writeEndObject();
  }

  @Override
  Csv csv(ScoDataset dataset, ValidationReport report) {
    Csv c = new Csv().row("severity", "rule_id", "subject", "pointer", "message");
    for (Violation v : report.violations()) {
      c.row(Labels.id(v.severity()), v.ruleId(), v.subject(), v.pointer().orElse(""), Sco.oneLine(v.message()));
    }
    return c;
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
