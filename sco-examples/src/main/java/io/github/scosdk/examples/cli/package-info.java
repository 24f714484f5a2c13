/**
 * The {@code sco} command line: queries, validation, export and a chart over the embedded SCO reference dataset
 * or a {@code sco-dataset/1} JSON file. Start at {@link io.github.scosdk.examples.cli.Sco}.
 *
 * <p>Shape: {@link io.github.scosdk.examples.cli.Sco} is the root command; its standard options are inherited.
 * {@code CommandFactory} gives every subcommand its clock and dataset source; a
 * subcommand extends {@code ScoCommand} ({@code --data}) or, for a query,
 * {@code Query} ({@code --format text|json|csv}), and prints through
 * {@code Output}.
 *
 * <p>Exit codes: 0 success, 1 the dataset breaks a rule (errors from {@code sco validate}), 2 bad arguments,
 * unreadable input or output that cannot be written, 3 an unexpected internal failure (an {@link Error} such as
 * {@link OutOfMemoryError} included). Every failure is reported as one line on standard error, with control
 * characters escaped, never as a stack trace.
 */
@NullMarked
package io.github.scosdk.examples.cli;

import org.jspecify.annotations.NullMarked;
