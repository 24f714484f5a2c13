package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;

/** A half-open date range ({@code term}) as a plain record. */
@CompiledJson
public record TermRecord(String start, String end, Boolean ongoing, Boolean endUnknown) {}
