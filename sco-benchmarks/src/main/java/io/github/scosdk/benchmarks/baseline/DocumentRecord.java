package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/** A document as a plain record. */
@CompiledJson
public record DocumentRecord(
    String id,
    String kind,
    TitlesRecord titles,
    String adopted,
    String signed,
    String inForce,
    String adoptedAt,
    List<String> signatories,
    List<LinkRecord> links,
    String confidence,
    String note,
    List<String> sources) {}
