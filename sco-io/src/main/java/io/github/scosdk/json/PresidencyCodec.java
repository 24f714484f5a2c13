package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.ImmutablePresidency;
import io.github.scosdk.model.Presidency;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;

/** {@link Presidency}: id, holder and term required; openedAt, closedAt, slogan, confidence, note, sources. */
final class PresidencyCodec implements Codec<Presidency> {

  static final PresidencyCodec INSTANCE = new PresidencyCodec();

  private static final String KIND = "presidency";
  private static final String[] FIELDS = {
    "id", "holder", "term", "openedAt", "closedAt", "slogan", "confidence", "note", "sources"
  };
  private static final SerializableString HOLDER = WriteSupport.name("holder");
  private static final SerializableString TERM = WriteSupport.name("term");
  private static final SerializableString OPENED_AT = WriteSupport.name("openedAt");
  private static final SerializableString CLOSED_AT = WriteSupport.name("closedAt");
  private static final SerializableString SLOGAN = WriteSupport.name("slogan");

  private PresidencyCodec() {}

  @Override
  public Class<Presidency> type() {
    return Presidency.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Presidency read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    ImmutablePresidency.Builder b = Presidency.builder();
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "id":
          seen = once(p, seen, 1, KIND, name);
          b.id(ReadSupport.string(p, name));
          break;
        case "holder":
          seen = once(p, seen, 1 << 1, KIND, name);
          b.holder(ReadSupport.stateCode(p, name));
          break;
        case "term":
          seen = once(p, seen, 1 << 2, KIND, name);
          b.term(ReadSupport.object(p, DateRangeCodec.INSTANCE));
          break;
        case "openedAt":
          seen = once(p, seen, 1 << 3, KIND, name);
          b.openedAt(ReadSupport.string(p, name));
          break;
        case "closedAt":
          seen = once(p, seen, 1 << 4, KIND, name);
          b.closedAt(ReadSupport.string(p, name));
          break;
        case "slogan":
          seen = once(p, seen, 1 << 5, KIND, name);
          b.slogan(ReadSupport.string(p, name));
          break;
        case "confidence":
          seen = once(p, seen, 1 << 6, KIND, name);
          b.confidence(ReadSupport.enumValue(p, name, ModelEnums.CONFIDENCE));
          break;
        case "note":
          seen = once(p, seen, 1 << 7, KIND, name);
          b.note(ReadSupport.string(p, name));
          break;
        case "sources":
          seen = once(p, seen, 1 << 8, KIND, name);
          ReadSupport.strings(p, name, b::addSource);
          break;
        default:
          throw unknownField(p, KIND, name);
      }
    }
    require(p, seen, 7, FIELDS, KIND, start);
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  @Override
  public void write(JsonGenerator g, Presidency v) {
    g.writeStartObject();
    WriteSupport.string(g, WriteSupport.ID, v.id());
    WriteSupport.state(g, HOLDER, v.holder());
    g.writeName(TERM);
    DateRangeCodec.INSTANCE.write(g, v.term());
    WriteSupport.string(g, OPENED_AT, v.openedAt());
    WriteSupport.string(g, CLOSED_AT, v.closedAt());
    WriteSupport.string(g, SLOGAN, v.slogan());
    WriteSupport.confidenceAndNote(g, v.confidence(), v.note());
    WriteSupport.strings(g, WriteSupport.SOURCES, v.sources());
    g.writeEndObject();
  }
}
