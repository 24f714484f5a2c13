/** The embedded SCO reference dataset. */
@NullMarked
package io.github.scosdk.data;

import org.jspecify.annotations.NullMarked;
