package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;

/** A venue as a plain record. */
@CompiledJson
public record VenueRecord(String city, String state) {}
