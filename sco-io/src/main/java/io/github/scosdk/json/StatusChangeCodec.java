package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.ImmutableStatusChange;
import io.github.scosdk.model.StatusChange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;

/** {@link StatusChange}: id, state, status, date required; decidedAt, documents, confidence, note, sources. */
final class StatusChangeCodec implements Codec<StatusChange> {

  static final StatusChangeCodec INSTANCE = new StatusChangeCodec();

  private static final String KIND = "status change";
  private static final String[] FIELDS = {
    "id", "state", "status", "date", "decidedAt", "documents", "confidence", "note", "sources"
  };
  private static final SerializableString STATE = WriteSupport.name("state");
  private static final SerializableString STATUS = WriteSupport.name("status");
  private static final SerializableString DATE = WriteSupport.name("date");
  private static final SerializableString DECIDED_AT = WriteSupport.name("decidedAt");
  private static final SerializableString DOCUMENTS = WriteSupport.name("documents");

  private StatusChangeCodec() {}

  @Override
  public Class<StatusChange> type() {
    return StatusChange.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public StatusChange read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    ImmutableStatusChange.Builder b = StatusChange.builder();
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "id":
          seen = once(p, seen, 1, KIND, name);
          b.id(ReadSupport.string(p, name));
          break;
        case "state":
          seen = once(p, seen, 2, KIND, name);
          b.state(ReadSupport.stateCode(p, name));
          break;
        case "status":
          seen = once(p, seen, 4, KIND, name);
          b.status(ReadSupport.enumValue(p, name, ModelEnums.MEMBERSHIP_STATUS));
          break;
        case "date":
          seen = once(p, seen, 8, KIND, name);
          b.date(ReadSupport.partialDate(p, name));
          break;
        case "decidedAt":
          seen = once(p, seen, 16, KIND, name);
          b.decidedAt(ReadSupport.string(p, name));
          break;
        case "documents":
          seen = once(p, seen, 32, KIND, name);
          ReadSupport.strings(p, name, b::addDocument);
          break;
        case "confidence":
          seen = once(p, seen, 64, KIND, name);
          b.confidence(ReadSupport.enumValue(p, name, ModelEnums.CONFIDENCE));
          break;
        case "note":
          seen = once(p, seen, 128, KIND, name);
          b.note(ReadSupport.string(p, name));
          break;
        case "sources":
          seen = once(p, seen, 256, KIND, name);
          ReadSupport.strings(p, name, b::addSource);
          break;
        default:
          throw unknownField(p, KIND, name);
      }
    }
    require(p, seen, 15, FIELDS, KIND, start);
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  @Override
  public void write(JsonGenerator g, StatusChange v) {
    g.writeStartObject();
    WriteSupport.string(g, WriteSupport.ID, v.id());
    WriteSupport.state(g, STATE, v.state());
    WriteSupport.enumValue(g, STATUS, ModelEnums.MEMBERSHIP_STATUS, v.status());
    WriteSupport.date(g, DATE, v.date());
    WriteSupport.string(g, DECIDED_AT, v.decidedAt());
    WriteSupport.strings(g, DOCUMENTS, v.documents());
    WriteSupport.confidenceAndNote(g, v.confidence(), v.note());
    WriteSupport.strings(g, WriteSupport.SOURCES, v.sources());
    g.writeEndObject();
  }
}
