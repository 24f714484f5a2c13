package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.Presidency;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/** {@link Presidency}: id, holder and term required; openedAt, closedAt, slogan, confidence, note, sources. */
final class PresidencyCodec implements Codec<Presidency> {

  static final PresidencyCodec INSTANCE = new PresidencyCodec();

  private static final String[] NAMES = {"id", "holder", "term", "openedAt", "closedAt", "slogan", "confidence", "note", "sources"};
  private static final PropertyNameMatcher MATCHER = BinaryNameMatcher.construct(List.of(NAMES));
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
    Presidency.Builder b = Presidency.builder();
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(MATCHER)) >= 0) {
      switch (match) {
        case 0: // id
          seen = once(p, seen, 1, KIND, NAMES[match]);
          b.id(ReadSupport.string(p, NAMES[match]));
          break;
        case 1: // holder
          seen = once(p, seen, 1 << 1, KIND, NAMES[match]);
          b.holder(ReadSupport.stateCode(p, NAMES[match]));
          break;
        case 2: // term
          seen = once(p, seen, 1 << 2, KIND, NAMES[match]);
          b.term(ReadSupport.object(p, DateRangeCodec.INSTANCE));
          break;
        case 3: // openedAt
          seen = once(p, seen, 1 << 3, KIND, NAMES[match]);
          b.openedAt(ReadSupport.string(p, NAMES[match]));
          break;
        case 4: // closedAt
          seen = once(p, seen, 1 << 4, KIND, NAMES[match]);
          b.closedAt(ReadSupport.string(p, NAMES[match]));
          break;
        case 5: // slogan
          seen = once(p, seen, 1 << 5, KIND, NAMES[match]);
          b.slogan(ReadSupport.string(p, NAMES[match]));
          break;
        case 6: // confidence
          seen = once(p, seen, 1 << 6, KIND, NAMES[match]);
          b.confidence(ReadSupport.enumValue(p, NAMES[match], ModelEnums.CONFIDENCE));
          break;
        case 7: // note
          seen = once(p, seen, 1 << 7, KIND, NAMES[match]);
          b.note(ReadSupport.string(p, NAMES[match]));
          break;
        case 8: // sources
          seen = once(p, seen, 1 << 8, KIND, NAMES[match]);
          ReadSupport.strings(p, NAMES[match], b::addSource);
          break;
        default:
          throw new IllegalStateException("no case for field " + match);
      }
    }
    if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
      throw unknownField(p, KIND, p.currentName());
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
