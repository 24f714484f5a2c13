/**
 * Cross-record rules over a {@link io.github.scosdk.model.ScoDataset}: the {@link
 * io.github.scosdk.model.rules.Validator}, its rules and the report of violations. Rules never throw on bad
 * data; they report.
 */
@ScoStyle
@NullMarked
package io.github.scosdk.model.rules;

import io.github.scosdk.model.ScoStyle;
import org.jspecify.annotations.NullMarked;
