package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/** A presidency term as a plain record. */
@CompiledJson
public record PresidencyRecord(
    String id,
    String body,
    String holder,
    TermRecord term,
    String openedAt,
    String closedAt,
    String slogan,
    String confidence,
    String note,
    List<String> sources) {}
