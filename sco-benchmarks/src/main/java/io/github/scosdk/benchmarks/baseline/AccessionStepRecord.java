package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/** An accession step as a plain record. */
@CompiledJson
public record AccessionStepRecord(
    String id,
    String state,
    String stage,
    String date,
    String decidedAt,
    List<String> documents,
    String confidence,
    String note,
    List<String> sources) {}
