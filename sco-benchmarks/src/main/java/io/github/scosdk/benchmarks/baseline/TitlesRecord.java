package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;

/** A document's titles by language as a plain record. */
@CompiledJson
public record TitlesRecord(String en, String ru, String zh) {}
