package io.github.scosdk.examples.cli;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Validator;
import io.github.scosdk.model.rules.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sco validate FILE}: runs every standard rule over a dataset file and lists the violations. Exit 0 when
 * there is no error (warnings allowed), 1 when a rule reports an error, 2 when the file cannot be read.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Checks a dataset file against every standard rule.",
      "Lists each violation with its rule id, severity, subject and JSON Pointer. Without FILE, checks the"
          + " embedded reference dataset.",
      "Exit code: 0 no error (warnings allowed), 1 rule errors, 2 the file cannot be read."
    })
final class ValidateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    text,
    json
  }

  @ParentCommand @Nullable Sco sco;
  @Spec @Nullable CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The sco-dataset/1 JSON file.")
  @Nullable Path file;

  @Option(names = "--strict", description = "Report undeclared rotation deviations as errors, not warnings.")
  boolean strict;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text or json; default: ${DEFAULT-VALUE}.")
  Format format = Format.text;

  @Override
  public Integer call() {
    ScoDataset dataset = Commands.root(sco).dataset(file);
    Validator validator = strict ? Validator.standard().strict() : Validator.standard();
    ValidationReport report = validator.validate(dataset);
    PrintWriter out = Commands.out(spec);
    out.print(format == Format.json ? json(report) : text(report));
    out.flush();
    return report.hasErrors() ? ExitCodes.RULE_ERRORS : ExitCodes.OK;
  }

  private String text(ValidationReport report) {
    String name = file != null ? file.toString() : "the reference dataset";
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

  private static String json(ValidationReport report) {
    JsonOut j = new JsonOut().beginObject()
        .name("valid").value(!report.hasErrors())
        .name("errors").value(report.errors().size())
        .name("warnings").value(report.warnings().size());
    j.name("rulesRun").beginArray();
    report.rulesRun().forEach(j::value);
    j.endArray();
    j.name("violations").beginArray();
    for (Violation v : report.violations()) {
      j.beginObject()
          .member("ruleId", v.ruleId())
          .member("severity", v.severity().name().toLowerCase(Locale.ROOT))
          .member("subject", v.subject())
          .member("pointer", v.pointer().orElse(null))
          .member("message", v.message())
          .endObject();
    }
    return j.endArray().endObject() + "\n";
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
