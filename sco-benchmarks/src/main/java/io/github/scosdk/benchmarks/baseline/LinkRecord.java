package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;

/** A typed document link as a plain record. */
@CompiledJson
public record LinkRecord(String type, String target) {}
