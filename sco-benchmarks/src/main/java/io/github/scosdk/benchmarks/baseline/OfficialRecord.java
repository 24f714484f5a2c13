package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/** An official as a plain record. */
@CompiledJson
public record OfficialRecord(
    String id,
    String name,
    String post,
    String state,
    TermRecord term,
    String appointedAt,
    String confidence,
    String note,
    List<String> sources) {}
