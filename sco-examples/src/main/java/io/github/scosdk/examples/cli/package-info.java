/**
 * The {@code sco} command line: queries, validation, export and a chart over the embedded SCO reference dataset
 * or a {@code sco-dataset/1} JSON file. Start at {@link io.github.scosdk.examples.cli.Sco}.
 *
 * <p>Exit codes: 0 success, 1 the dataset breaks a rule (errors from {@code sco validate}), 2 bad arguments or
 * unreadable input, 3 an unexpected internal failure. Every failure is reported as one line on standard error,
 * never as a stack trace.
 */
@NullMarked
package io.github.scosdk.examples.cli;

import org.jspecify.annotations.NullMarked;
