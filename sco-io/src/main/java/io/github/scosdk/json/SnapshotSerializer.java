package io.github.scosdk.json;

import io.github.scosdk.model.AccessionStage;
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
    g.writeName("statuses");
    g.writeStartObject();
    for (Map.Entry<StateCode, MembershipStatus> e : s.statuses().entrySet()) {
      g.writeName(e.getKey().code());
      g.writeString(Format.MEMBERSHIP_STATUS.<MembershipStatus>names().name(e.getValue()));
    }
    g.writeEndObject();
    if (!s.accessionStages().isEmpty()) {
      g.writeName("accessionStages");
      g.writeStartObject();
      for (Map.Entry<StateCode, AccessionStage> e : s.accessionStages().entrySet()) {
        g.writeName(e.getKey().code());
        g.writeString(Format.ACCESSION_STAGE.<AccessionStage>names().name(e.getValue()));
      }
      g.writeEndObject();
    }
    ResultWriting.optional(g, ctxt, "presidency", s.presidency());
    ResultWriting.optional(g, ctxt, "secretaryGeneral", s.secretaryGeneral());
    ResultWriting.values(g, ctxt, "meetings", s.meetings());
    ResultWriting.values(g, ctxt, "documents", s.documents());
    g.writeEndObject();
  }

  @Override
  public Class<?> handledType() {
    return ScoSnapshot.class;
  }
}
