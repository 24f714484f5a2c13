package io.github.scosdk.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Wraps one of the module's deserializers for a user's mapper: a fault of the format or of the model becomes a
 * Jackson {@link MismatchedInputException} (a {@code DatabindException}, which web frameworks answer with a 400)
 * at the parser's location, with databind's JSON path; its message is the sco-io reason and the JSON Pointer,
 * and its cause the {@link ScoJsonException}.
 */
final class JacksonFaultDeserializer<T> extends ValueDeserializer<T> {

  private final Class<T> type;
  private final ValueDeserializer<T> delegate;

  JacksonFaultDeserializer(Class<T> type, ValueDeserializer<T> delegate) {
    this.type = type;
    this.delegate = delegate;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    try {
      return delegate.deserialize(p, ctxt);
    } catch (ScoJsonException e) {
      String at = e.pointer().isEmpty() ? "" : " (at " + e.pointer() + ")";
      MismatchedInputException failure = MismatchedInputException.from(p, type, e.reason() + at);
      failure.initCause(e);
      throw failure;
    }
  }

  @Override
  public Class<?> handledType() {
    return type;
  }
}
