package io.github.scosdk.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoJsonException;
import java.io.IOException;

/**
 * Reads one model type through {@link ScoJson}: the value's tree is read by Jackson 2, then its text by
 * {@code ScoJson} with all the format's checks. A fault becomes a {@link JsonMappingException} at the value's
 * location, naming the pointer inside the value and the reason.
 */
final class ScoJsonDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient ScoJson json;

  ScoJsonDeserializer(Class<T> type, ScoJson json) {
    super(type);
    this.json = json;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    JsonNode tree = p.readValueAsTree();
    try {
      return json.read(tree.toString(), (Class<T>) handledType());
    } catch (ScoJsonException e) {
      String where = e.pointer().isEmpty() ? "" : " at " + e.pointer() + " inside the value";
      throw JsonMappingException.from(
          p, handledType().getSimpleName() + where + ": " + e.reason() + " (value starts at line "
              + start.getLineNr() + ", column " + start.getColumnNr() + ")", e);
    }
  }
}
