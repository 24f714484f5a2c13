package io.github.scosdk.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Refuses to read a query result ({@code ScoSnapshot}, {@code HolderPrediction}, {@code ValidationReport},
 * {@code Violation}) with a Jackson exception that says what to do instead: results are computed from a dataset,
 * not read.
 */
final class ResultDeserializer<T> extends ValueDeserializer<T> {

  private final Class<T> type;
  private final String instead;

  ResultDeserializer(Class<T> type, String instead) {
    this.type = type;
    this.instead = instead;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    return ctxt.reportInputMismatch(this,
        "%s is a query result: sco-io writes it but does not read it back; %s", type.getSimpleName(), instead);
  }

  @Override
  public Class<?> handledType() {
    return type;
  }
}
