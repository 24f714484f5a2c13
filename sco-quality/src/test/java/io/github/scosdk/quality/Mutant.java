package io.github.scosdk.quality;

/** A mutated document and a short description of how it was made (to reproduce a failing case). */
record Mutant(byte[] bytes, String description) {}
