package io.github.scosdk.json;

import io.github.scosdk.model.rules.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link ValidationReport} completely, in the shape of {@code sco validate --format json}:
 * {@code valid} (no errors), {@code clean} (no violations), {@code errors} and {@code warnings} (counts),
 * {@code rulesRun}, {@code violations}.
 */
final class ValidationReportSerializer extends ValueSerializer<ValidationReport> {

  @Override
  public void serialize(ValidationReport r, JsonGenerator g, SerializationContext ctxt) {
    g.writeStartObject(r);
    g.writeBooleanProperty("valid", !r.hasErrors());
    g.writeBooleanProperty("clean", r.isClean());
    g.writeNumberProperty("errors", r.errors().size());
    g.writeNumberProperty("warnings", r.warnings().size());
    ResultWriting.strings(g, "rulesRun", r.rulesRun());
    ResultWriting.values(g, ctxt, "violations", r.violations());
    g.writeEndObject();
  }

  @Override
  public Class<?> handledType() {
    return ValidationReport.class;
  }
}
