package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;

/** A meeting participant as a plain record. */
@CompiledJson
public record ParticipantRecord(
    String state, String organisation, String headOfDelegation, String level, Boolean guest, Boolean remote) {}
