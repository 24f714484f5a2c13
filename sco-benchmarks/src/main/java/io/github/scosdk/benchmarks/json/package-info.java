/**
 * JSON benchmarks: sco-io against Jackson databind, Gson and DSL-JSON on plain records of the same shape.
 */
package io.github.scosdk.benchmarks.json;
