/**
 * The baseline a user would write instead of sco-sdk: plain Java records that mirror the model field by field and
 * read and write the same {@code sco-dataset/1} JSON shape with a general-purpose mapper (Jackson databind, Gson,
 * DSL-JSON). Dates and enum values stay strings and nothing is checked: this is the cheapest faithful mirror, so
 * every ratio against it is conservative for sco-sdk.
 */
package io.github.scosdk.benchmarks.baseline;
