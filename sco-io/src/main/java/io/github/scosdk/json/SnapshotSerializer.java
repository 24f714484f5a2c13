package io.github.scosdk.json;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoSnapshot;
import io.github.scosdk.model.StateCode;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link ScoSnapshot} completely: {@code date}, {@code members}, {@code nonMembersByStatus},
 * {@code statuses}, {@code accessionStages} (only when a state accedes), {@code presidency}, {@code secretaryGeneral}, {@code meetings}, {@code documents} (see
 * docs/json-format.md, "Query results"). Records inside are written in the {@code sco-dataset/1} form.
 */
final class SnapshotSerializer extends ValueSerializer<ScoSnapshot> {

  @Override
  public void serialize(ScoSnapshot s, JsonGenerator g, SerializationContext ctxt) {
    g.writeStartObject(s);
    g.writeStringProperty("date", s.date().toString());
    ResultWriting.codes(g, "members", s.members());
    g.writeName("nonMembersByStatus");
    g.writeStartObject();
    for (Map.Entry<MembershipStatus, List<StateCode>> e : s.nonMembersByStatus().entrySet()) {
      ResultWriting.codes(g, Format.MEMBERSHIP_STATUS.<MembershipStatus>names().name(e.getKey()).getValue(), e.getValue());
    }
    g.writeEndObject();
    byState(g, "statuses", s.statuses(), Format.MEMBERSHIP_STATUS);
    if (!s.accessionStages().isEmpty()) {
      byState(g, "accessionStages", s.accessionStages(), Format.ACCESSION_STAGE);
    }
    ResultWriting.optional(g, ctxt, "presidency", s.presidency());
    ResultWriting.optional(g, ctxt, "secretaryGeneral", s.secretaryGeneral());
    ResultWriting.values(g, ctxt, "meetings", s.meetings());
    ResultWriting.values(g, ctxt, "documents", s.documents());
    g.writeEndObject();
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

  @Override
  public Class<?> handledType() {
    return ScoSnapshot.class;
  }
}
