package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/** An application for membership or a status as a plain record. */
@CompiledJson
public record ApplicationRecord(
    String id,
    String state,
    String sought,
    String date,
    String decidedAt,
    String confidence,
    String note,
    List<String> sources) {}
