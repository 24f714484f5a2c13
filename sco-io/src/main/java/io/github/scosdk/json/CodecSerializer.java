package io.github.scosdk.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Adapts a {@link Codec} to Jackson databind for writing. */
final class CodecSerializer<T> extends ValueSerializer<T> {

  private final Codec<T> codec;

  CodecSerializer(Codec<T> codec) {
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    codec.write(gen, value);
  }

  @Override
  public Class<?> handledType() {
    return codec.type();
  }
}
