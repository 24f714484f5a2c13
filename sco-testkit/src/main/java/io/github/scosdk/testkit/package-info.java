/** Generators and helpers for property-testing SCO rules. */
@NullMarked
package io.github.scosdk.testkit;

import org.jspecify.annotations.NullMarked;
