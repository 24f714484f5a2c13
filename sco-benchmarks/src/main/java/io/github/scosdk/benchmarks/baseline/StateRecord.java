package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/** A state as a plain record. */
@CompiledJson
public record StateRecord(String code, String nameEn, String nameRu, String nameZh, List<String> sources) {}
