package io.github.scosdk.json;

import io.github.scosdk.model.StateCode;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/** Small writing steps shared by the serializers of the query results. */
final class ResultWriting {

  private ResultWriting() {}

  static void codes(JsonGenerator g, String name, List<StateCode> codes) {
    g.writeName(name);
    g.writeStartArray();
    for (StateCode c : codes) {
      g.writeString(c.code());
    }
    g.writeEndArray();
  }

  static void strings(JsonGenerator g, String name, Iterable<String> values) {
    g.writeName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** A member holding a model value, written by the mapper (so by the module's codecs); omitted when absent. */
  static void optional(JsonGenerator g, SerializationContext ctxt, String name, Optional<?> value) {
    if (value.isPresent()) {
      g.writeName(name);
      ctxt.writeValue(g, value.get());
    }
  }

  static void values(JsonGenerator g, SerializationContext ctxt, String name, List<?> values) {
    g.writeName(name);
    g.writeStartArray();
    for (Object v : values) {
      ctxt.writeValue(g, v);
    }
    g.writeEndArray();
  }
}
