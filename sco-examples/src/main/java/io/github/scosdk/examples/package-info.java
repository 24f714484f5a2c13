/**
 * Small runnable examples that read as documentation of the SDK, one task per class, each with a {@code main}:
 *
 * <ul>
 *   <li>{@link io.github.scosdk.examples.BuildAMeeting}: build a summit and its communiqué with the builders;
 *   <li>{@link io.github.scosdk.examples.ValidateADataset}: validate a dataset and print the violations;
 *   <li>{@link io.github.scosdk.examples.MembersOnADate}: members and partners on a date;
 *   <li>{@link io.github.scosdk.examples.PresidencyTimeline}: the presidency timeline with its summits;
 *   <li>{@link io.github.scosdk.examples.ReadAndWriteJson}: write a dataset as JSON and read it back.
 * </ul>
 *
 * <p>The {@code sco} command line is in {@link io.github.scosdk.examples.cli}.
 */
@NullMarked
package io.github.scosdk.examples;

import org.jspecify.annotations.NullMarked;
