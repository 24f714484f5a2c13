package io.github.scosdk.json;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.HolderPrediction;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoSnapshot;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The query results of {@link ScoModule}: {@code ScoSnapshot}, {@code HolderPrediction}, {@code ValidationReport}
 * and {@code Violation} are written completely (see docs/json-format.md, "Query results"; records inside in the
 * {@code sco-dataset/1} form, through the mapper) and refused when read, with a Jackson exception that says what to
 * do instead: results are computed from a dataset, not read.
 */
final class QueryResults {

  private static final String INSTEAD = "read the ScoDataset and ask it (asOf, predictNextHolder) or the Validator";

  /** Writes the members of one result, between the braces. */
  private interface Members<T> {
    void write(T value, JsonGenerator g, SerializationContext ctxt);
  }

  private QueryResults() {}

  static void register(SimpleSerializers ser, SimpleDeserializers deser) {
    add(ser, deser, ScoSnapshot.class, QueryResults::snapshot);
    add(ser, deser, HolderPrediction.class, QueryResults::prediction);
    add(ser, deser, ValidationReport.class, QueryResults::report);
    add(ser, deser, Violation.class, QueryResults::violation);
  }

  private static <T> void add(SimpleSerializers ser, SimpleDeserializers deser, Class<T> type, Members<T> members) {
    ser.addSerializer(type, new StdSerializer<T>(type) {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(value);
        members.write(value, g, ctxt);
        g.writeEndObject();
      }
    });
    deser.addDeserializer(type, new StdDeserializer<T>(type) {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        return ctxt.reportInputMismatch(this, "%s is a query result: sco-io writes it but does not read it back; %s",
            type.getSimpleName(), INSTEAD);
      }
    });
  }

  /**
   * {@code date}, {@code members}, {@code nonMembersByStatus}, {@code statuses}, {@code accessionStages} (only when
   * a state accedes), {@code presidency}, {@code secretaryGeneral}, {@code meetings}, {@code documents}.
   */
  private static void snapshot(ScoSnapshot s, JsonGenerator g, SerializationContext ctxt) {
    g.writeStringProperty("date", s.date().toString());
    array(g, null, "members", s.members());
    g.writeName("nonMembersByStatus");
    g.writeStartObject();
    for (Map.Entry<MembershipStatus, List<StateCode>> e : s.nonMembersByStatus().entrySet()) {
      array(g, null, Format.MEMBERSHIP_STATUS.<MembershipStatus>names().name(e.getKey()).getValue(), e.getValue());
    }
    g.writeEndObject();
    byState(g, "statuses", s.statuses(), Format.MEMBERSHIP_STATUS);
    if (!s.accessionStages().isEmpty()) {
      byState(g, "accessionStages", s.accessionStages(), Format.ACCESSION_STAGE);
    }
    optional(g, ctxt, "presidency", s.presidency());
    optional(g, ctxt, "secretaryGeneral", s.secretaryGeneral());
    array(g, ctxt, "meetings", s.meetings());
    array(g, ctxt, "documents", s.documents());
  }

  /**
   * {@code body} (the chaired body, named as in the format), {@code after}, {@code current} (a presidency record),
   * {@code predicted}, {@code order}, {@code reasoning}.
   */
  private static void prediction(HolderPrediction p, JsonGenerator g, SerializationContext ctxt) {
    g.writeStringProperty("body", Format.BODY.<Body>names().name(p.body()).getValue());
    g.writeStringProperty("after", p.after().toString());
    optional(g, ctxt, "current", p.current());
    if (p.predicted().isPresent()) {
      g.writeStringProperty("predicted", p.predicted().get().code());
    }
    array(g, null, "order", p.order());
    array(g, ctxt, "reasoning", p.reasoning());
  }

  /**
   * In the shape of {@code sco validate --format json}: {@code valid} (no errors), {@code clean} (no violations),
   * {@code errors} and {@code warnings} (counts), {@code rulesRun}, {@code violations}.
   */
  private static void report(ValidationReport r, JsonGenerator g, SerializationContext ctxt) {
    g.writeBooleanProperty("valid", !r.hasErrors());
    g.writeBooleanProperty("clean", r.isClean());
    g.writeNumberProperty("errors", r.errors().size());
    g.writeNumberProperty("warnings", r.warnings().size());
    array(g, ctxt, "rulesRun", r.rulesRun());
    array(g, ctxt, "violations", r.violations());
  }

  /** {@code ruleId}, {@code severity} ({@code error} or {@code warning}), {@code subject}, {@code pointer}
   * (omitted when unknown) and {@code message}. */
  private static void violation(Violation v, JsonGenerator g, SerializationContext ctxt) {
    g.writeStringProperty("ruleId", v.ruleId());
    g.writeStringProperty("severity", v.severity().name().toLowerCase(Locale.ROOT));
    g.writeStringProperty("subject", v.subject());
    if (v.pointer().isPresent()) {
      g.writeStringProperty("pointer", v.pointer().get());
    }
    g.writeStringProperty("message", v.message());
  }

  /** An object of enum constants by state code. */
  private static <E extends Enum<E>> void byState(JsonGenerator g, String name, Map<StateCode, E> map, JsonType<E> type) {
    g.writeName(name);
    g.writeStartObject();
    for (Map.Entry<StateCode, E> e : map.entrySet()) {
      g.writeName(e.getKey().code());
      type.write(g, e.getValue());
    }
    g.writeEndObject();
  }

  /** A member holding a model value, written by the mapper (so by the module's codecs); omitted when absent. */
  private static void optional(JsonGenerator g, SerializationContext ctxt, String name, Optional<?> value) {
    if (value.isPresent()) {
      g.writeName(name);
      ctxt.writeValue(g, value.get());
    }
  }

  /** An array: strings and state codes as strings, other values (records) written by the mapper. */
  private static void array(JsonGenerator g, SerializationContext ctxt, String name, Iterable<?> values) {
    g.writeName(name);
    g.writeStartArray();
    for (Object v : values) {
      if (v instanceof String || v instanceof StateCode) {
        g.writeString(v instanceof String ? (String) v : ((StateCode) v).code());
      } else {
        ctxt.writeValue(g, v);
      }
    }
    g.writeEndArray();
  }
}
