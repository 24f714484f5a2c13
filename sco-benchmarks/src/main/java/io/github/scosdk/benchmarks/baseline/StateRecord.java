package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * A state as a plain record. The alpha-3 code is the component {@code alpha3}, written {@code iso3}: dsl-json reads
 * an accessor {@code iso3()} as the boolean-style getter of a property {@code o3}.
 */
@CompiledJson
public record StateRecord(
    String code,
    String nameEn,
    String nameRu,
    String nameZh,
    @JsonAttribute(name = "iso3") @JsonProperty("iso3") @SerializedName("iso3") String alpha3,
    Integer cowCode,
    Integer gwCode,
    String wikidataId,
    List<String> sources) {}
