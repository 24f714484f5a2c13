/** Turns a JMH JSON result file into {@code docs/performance.md}. */
package io.github.scosdk.benchmarks.report;
