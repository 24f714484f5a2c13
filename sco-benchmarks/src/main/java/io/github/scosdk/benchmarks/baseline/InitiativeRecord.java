package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/** An initiative as a plain record. */
@CompiledJson
public record InitiativeRecord(
    String id,
    String name,
    String proposerState,
    String proposedBy,
    String proposed,
    String proposedAt,
    String description,
    List<String> areas,
    List<String> endorsedBy,
    String confidence,
    String note,
    List<String> sources) {}
