/** Cold starts: the library's first answer in a fresh JVM. */
package io.github.scosdk.benchmarks.cold;
