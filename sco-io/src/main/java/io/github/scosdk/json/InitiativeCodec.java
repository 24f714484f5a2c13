package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.Initiative;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;

/** {@link Initiative}: id and name required; the rest optional. */
final class InitiativeCodec implements Codec<Initiative> {

  static final InitiativeCodec INSTANCE = new InitiativeCodec();

  private static final String KIND = "initiative";
  private static final String[] FIELDS = {
    "id", "name", "proposerState", "proposedBy", "proposed", "proposedAt", "description", "areas", "endorsedBy",
    "confidence", "note", "sources"
  };
  private static final SerializableString NAME = WriteSupport.name("name");
  private static final SerializableString PROPOSER_STATE = WriteSupport.name("proposerState");
  private static final SerializableString PROPOSED_BY = WriteSupport.name("proposedBy");
  private static final SerializableString PROPOSED = WriteSupport.name("proposed");
  private static final SerializableString PROPOSED_AT = WriteSupport.name("proposedAt");
  private static final SerializableString DESCRIPTION = WriteSupport.name("description");
  private static final SerializableString AREAS = WriteSupport.name("areas");
  private static final SerializableString ENDORSED_BY = WriteSupport.name("endorsedBy");

  private InitiativeCodec() {}

  @Override
  public Class<Initiative> type() {
    return Initiative.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Initiative read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    Initiative.Builder b = Initiative.builder();
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "id":
          seen = once(p, seen, 1, KIND, name);
          b.id(ReadSupport.string(p, name));
          break;
        case "name":
          seen = once(p, seen, 1 << 1, KIND, name);
          b.name(ReadSupport.string(p, name));
          break;
        case "proposerState":
          seen = once(p, seen, 1 << 2, KIND, name);
          b.proposerState(ReadSupport.stateCode(p, name));
          break;
        case "proposedBy":
          seen = once(p, seen, 1 << 3, KIND, name);
          b.proposedBy(ReadSupport.string(p, name));
          break;
        case "proposed":
          seen = once(p, seen, 1 << 4, KIND, name);
          b.proposed(ReadSupport.partialDate(p, name));
          break;
        case "proposedAt":
          seen = once(p, seen, 1 << 5, KIND, name);
          b.proposedAt(ReadSupport.string(p, name));
          break;
        case "description":
          seen = once(p, seen, 1 << 6, KIND, name);
          b.description(ReadSupport.string(p, name));
          break;
        case "areas":
          seen = once(p, seen, 1 << 7, KIND, name);
          ReadSupport.strings(p, name, b::addArea);
          break;
        case "endorsedBy":
          seen = once(p, seen, 1 << 8, KIND, name);
          ReadSupport.strings(p, name, b::addEndorsedBy);
          break;
        case "confidence":
          seen = once(p, seen, 1 << 9, KIND, name);
          b.confidence(ReadSupport.enumValue(p, name, ModelEnums.CONFIDENCE));
          break;
        case "note":
          seen = once(p, seen, 1 << 10, KIND, name);
          b.note(ReadSupport.string(p, name));
          break;
        case "sources":
          seen = once(p, seen, 1 << 11, KIND, name);
          ReadSupport.strings(p, name, b::addSource);
          break;
        default:
          throw unknownField(p, KIND, name);
      }
    }
    require(p, seen, 3, FIELDS, KIND, start);
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  @Override
  public void write(JsonGenerator g, Initiative v) {
    g.writeStartObject();
    WriteSupport.string(g, WriteSupport.ID, v.id());
    WriteSupport.string(g, NAME, v.name());
    WriteSupport.state(g, PROPOSER_STATE, v.proposerState());
    WriteSupport.string(g, PROPOSED_BY, v.proposedBy());
    WriteSupport.date(g, PROPOSED, v.proposed());
    WriteSupport.string(g, PROPOSED_AT, v.proposedAt());
    WriteSupport.string(g, DESCRIPTION, v.description());
    WriteSupport.strings(g, AREAS, v.areas());
    WriteSupport.strings(g, ENDORSED_BY, v.endorsedBy());
    WriteSupport.confidenceAndNote(g, v.confidence(), v.note());
    WriteSupport.strings(g, WriteSupport.SOURCES, v.sources());
    g.writeEndObject();
  }
}
