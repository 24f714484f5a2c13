/**
 * The SCO domain model: immutable value types, validation rules and as-of queries. No JSON.
 */
module io.github.scosdk.model {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports io.github.scosdk.model;
  exports io.github.scosdk.model.rules;
}
