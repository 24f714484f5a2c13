package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/** A status change as a plain record. */
@CompiledJson
public record StatusChangeRecord(
    String id,
    String state,
    String status,
    String date,
    String decidedAt,
    List<String> documents,
    String confidence,
    String note,
    List<String> sources) {}
