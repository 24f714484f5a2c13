/**
 * The {@code sco-dataset/1} JSON format for the SCO model on Jackson 3: a strict streaming reader, a
 * deterministic writer, JSON Lines, a JSON Schema, and a Jackson module for use with an {@code ObjectMapper}.
 */
module io.github.scosdk.json {
  requires transitive io.github.scosdk.model;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports io.github.scosdk.json;

  provides tools.jackson.databind.JacksonModule with
      io.github.scosdk.json.ScoModule;
}
