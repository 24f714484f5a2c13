/** Runnable examples and the sco command line. */
@NullMarked
package io.github.scosdk.examples;

import org.jspecify.annotations.NullMarked;
