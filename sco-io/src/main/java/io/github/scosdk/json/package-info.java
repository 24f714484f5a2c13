/** JSON for the SCO model: the sco-dataset/1 format on Jackson 3. */
@NullMarked
package io.github.scosdk.json;

import org.jspecify.annotations.NullMarked;
