/**
 * The SCO dataset in the shapes other tools join: {@link io.github.scosdk.tables.ScoTables} builds a
 * {@link io.github.scosdk.tables.Table} for a {@link io.github.scosdk.tables.TableShape}, and
 * {@link io.github.scosdk.tables.TableFormat} writes it as CSV (RFC 4180) or JSON Lines. The layouts are documented
 * in {@code docs/tables.md}.
 */
@NullMarked
package io.github.scosdk.tables;

import org.jspecify.annotations.NullMarked;
