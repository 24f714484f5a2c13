/**
 * The embedded SCO reference dataset ({@link io.github.scosdk.data.ScoReference}), read from a
 * {@code sco-dataset/1} JSON resource in this module.
 */
module io.github.scosdk.data {
  requires transitive io.github.scosdk.json;
  requires static org.jspecify;

  exports io.github.scosdk.data;
}
