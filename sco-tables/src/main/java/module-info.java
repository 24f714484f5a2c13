/**
 * The SCO dataset as tables: status intervals, state-day and state-year panels, dyad-years and one row per record,
 * written as CSV (RFC 4180) or JSON Lines ({@link io.github.scosdk.tables.ScoTables}).
 */
module io.github.scosdk.tables {
  requires transitive io.github.scosdk.model;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires static org.jspecify;

  exports io.github.scosdk.tables;
}
