/**
 * The SCO domain model: immutable, always well-formed value types for states, statuses, presidencies,
 * meetings, documents, initiatives, officials, applications and sources, aggregated in
 * {@link io.github.scosdk.model.ScoDataset}
 * with as-of queries.
 *
 * <p>This package knows nothing of JSON. Builders reject malformed values at once with
 * {@link java.lang.IllegalArgumentException} (a bad value) or {@link java.lang.NullPointerException} (a missing
 * one), naming the field and the value. Cross-record business rules are not checked here; they are reported by
 * {@link io.github.scosdk.model.rules.Validator}.
 */
@ScoStyle
@NullMarked
package io.github.scosdk.model;

import org.jspecify.annotations.NullMarked;
