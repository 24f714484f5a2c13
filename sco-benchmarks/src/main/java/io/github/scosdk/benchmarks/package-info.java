/** JMH benchmarks (not published). */
@NullMarked
package io.github.scosdk.benchmarks;

import org.jspecify.annotations.NullMarked;
