package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/** A declared rotation exception as a plain record. */
@CompiledJson
public record RotationExceptionRecord(
    String id,
    String body,
    String kind,
    List<String> presidencies,
    List<String> states,
    String description,
    String note,
    List<String> sources) {}
