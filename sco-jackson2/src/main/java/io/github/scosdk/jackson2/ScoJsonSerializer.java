package io.github.scosdk.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.scosdk.json.ScoJson;
import java.io.IOException;

/** Writes one model type through {@link ScoJson}, as one raw JSON value in the Jackson 2 output. */
final class ScoJsonSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient ScoJson json;

  ScoJsonSerializer(Class<T> type, ScoJson json) {
    super(type);
    this.json = json;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeRawValue(json.toJson(value));
  }
}
