package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.Official;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;

/** {@link Official}: id, name, post, state and term required; appointedAt, confidence, note, sources. */
final class OfficialCodec implements Codec<Official> {

  static final OfficialCodec INSTANCE = new OfficialCodec();

  private static final String KIND = "official";
  private static final String[] FIELDS = {
    "id", "name", "post", "state", "term", "appointedAt", "confidence", "note", "sources"
  };
  private static final SerializableString NAME = WriteSupport.name("name");
  private static final SerializableString POST = WriteSupport.name("post");
  private static final SerializableString STATE = WriteSupport.name("state");
  private static final SerializableString TERM = WriteSupport.name("term");
  private static final SerializableString APPOINTED_AT = WriteSupport.name("appointedAt");

  private OfficialCodec() {}

  @Override
  public Class<Official> type() {
    return Official.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Official read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    Official.Builder b = Official.builder();
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
        case "post":
          seen = once(p, seen, 1 << 2, KIND, name);
          b.post(ReadSupport.enumValue(p, name, ModelEnums.POST));
          break;
        case "state":
          seen = once(p, seen, 1 << 3, KIND, name);
          b.state(ReadSupport.stateCode(p, name));
          break;
        case "term":
          seen = once(p, seen, 1 << 4, KIND, name);
          b.term(ReadSupport.object(p, DateRangeCodec.INSTANCE));
          break;
        case "appointedAt":
          seen = once(p, seen, 1 << 5, KIND, name);
          b.appointedAt(ReadSupport.string(p, name));
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
    require(p, seen, 31, FIELDS, KIND, start);
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  @Override
  public void write(JsonGenerator g, Official v) {
    g.writeStartObject();
    WriteSupport.string(g, WriteSupport.ID, v.id());
    WriteSupport.string(g, NAME, v.name());
    WriteSupport.enumValue(g, POST, ModelEnums.POST, v.post());
    WriteSupport.state(g, STATE, v.state());
    g.writeName(TERM);
    DateRangeCodec.INSTANCE.write(g, v.term());
    WriteSupport.string(g, APPOINTED_AT, v.appointedAt());
    WriteSupport.confidenceAndNote(g, v.confidence(), v.note());
    WriteSupport.strings(g, WriteSupport.SOURCES, v.sources());
    g.writeEndObject();
  }
}
