package io.github.scosdk.json;

import io.github.scosdk.model.rules.Violation;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link Violation} completely: {@code ruleId}, {@code severity} ({@code error} or {@code warning}),
 * {@code subject}, {@code pointer} (omitted when unknown) and {@code message}.
 */
final class ViolationSerializer extends ValueSerializer<Violation> {

  @Override
  public void serialize(Violation v, JsonGenerator g, SerializationContext ctxt) {
    g.writeStartObject(v);
    g.writeStringProperty("ruleId", v.ruleId());
    g.writeStringProperty("severity", v.severity().name().toLowerCase(Locale.ROOT));
    g.writeStringProperty("subject", v.subject());
    if (v.pointer().isPresent()) {
      g.writeStringProperty("pointer", v.pointer().get());
    }
    g.writeStringProperty("message", v.message());
    g.writeEndObject();
  }

  @Override
  public Class<?> handledType() {
    return Violation.class;
  }
}
