package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;

/** A source as a plain record. */
@CompiledJson
public record SourceRecord(String id, String title, String publisher, String url, String published) {}
