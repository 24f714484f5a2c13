package io.github.scosdk.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * Jackson databind adapters for a {@link JsonType}: a model value (a dataset, a record, a part, a date, a state
 * code or an enum constant) read and written exactly as inside a document. Reading faults are thrown as
 * {@link ScoJsonException}; databind may wrap it (with its own path) when the value is nested in a user's type.
 */
final class TypeAdapters {

  private TypeAdapters() {}

  static final class Serializer<V> extends ValueSerializer<V> {
    private final Class<V> type;
    private final JsonType<V> json;

    Serializer(Class<V> type, JsonType<V> json) {
      this.type = type;
      this.json = json;
    }

    @Override
    public void serialize(V value, JsonGenerator gen, SerializationContext ctxt) {
      json.write(gen, value);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  static final class Deserializer<V> extends ValueDeserializer<V> {
    private final Class<V> type;
    private final JsonType<V> json;

    Deserializer(Class<V> type, JsonType<V> json) {
      this.type = type;
      this.json = json;
    }

    @Override
    public V deserialize(JsonParser p, DeserializationContext ctxt) {
      String name = p.currentName();
      return json.read(p, name != null ? name : "value", new Slots());
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
