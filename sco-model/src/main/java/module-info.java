/**
 * The SCO domain model: immutable value types, validation rules and as-of queries. No JSON.
 */
// the Immutables annotations jar is an automatic module; requiring it transitively is deliberate (see below)
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.scosdk.model {
  // Guava is used inside only (argument checks, one map): no Guava type is in the public API
  requires com.google.common;
  requires static transitive org.jspecify;
  // the generated classes carry @org.immutables.value.Generated (class retention, which also lets JaCoCo skip
  // them): a consumer's compiler reads it, so the annotations jar is a normal dependency, optional at run time
  requires static transitive org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports io.github.scosdk.model;
  exports io.github.scosdk.model.rules;
}
