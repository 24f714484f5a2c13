/** Benchmarks of the model: the standard validator and the as-of look-ups. */
package io.github.scosdk.benchmarks.model;
