package io.github.scosdk.json;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.HolderPrediction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link HolderPrediction} completely: {@code body} (the chaired body, named as in the format),
 * {@code after}, {@code current} (a presidency record),
 * {@code predicted}, {@code order}, {@code reasoning} (see docs/json-format.md, "Query results").
 */
final class HolderPredictionSerializer extends ValueSerializer<HolderPrediction> {

  @Override
  public void serialize(HolderPrediction p, JsonGenerator g, SerializationContext ctxt) {
    g.writeStartObject(p);
    g.writeStringProperty("body", Format.BODY.<Body>names().name(p.body()).getValue());
    g.writeStringProperty("after", p.after().toString());
    ResultWriting.optional(g, ctxt, "current", p.current());
    if (p.predicted().isPresent()) {
      g.writeStringProperty("predicted", p.predicted().get().code());
    }
    ResultWriting.codes(g, "order", p.order());
    ResultWriting.strings(g, "reasoning", p.reasoning());
    g.writeEndObject();
  }

  @Override
  public Class<?> handledType() {
    return HolderPrediction.class;
  }
}
