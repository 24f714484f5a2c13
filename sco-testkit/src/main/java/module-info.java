/**
 * Seeded generators, defect injection, shrinking, stateful histories and JUnit 5 helpers for property-testing
 * SCO presidency and membership rules.
 */
module io.github.scosdk.testkit {
  requires transitive io.github.scosdk.model;
  requires transitive org.junit.jupiter.api;
  requires transitive org.junit.jupiter.params;
  requires static org.jspecify;

  exports io.github.scosdk.testkit;

  // JUnit instantiates the seed provider of @RandomSeeds reflectively
  opens io.github.scosdk.testkit to
      org.junit.platform.commons;
}
