/**
 * Means the model's two packages share that are not part of its API: this package is not exported by the
 * module, so no user can reach it.
 */
@NullMarked
package io.github.scosdk.model.internal;

import org.jspecify.annotations.NullMarked;
