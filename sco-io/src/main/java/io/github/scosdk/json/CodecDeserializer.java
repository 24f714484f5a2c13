package io.github.scosdk.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Adapts a {@link Codec} to Jackson databind for reading. Faults are thrown as {@link ScoJsonException}; databind
 * may wrap it (with its own path) when the value is nested in a user's type.
 */
final class CodecDeserializer<T> extends ValueDeserializer<T> {

  private final Codec<T> codec;

  CodecDeserializer(Codec<T> codec) {
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    return codec.read(p);
  }

  @Override
  public Class<?> handledType() {
    return codec.type();
  }
}
