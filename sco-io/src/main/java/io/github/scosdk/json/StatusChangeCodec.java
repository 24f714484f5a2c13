package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.StatusChange;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/** {@link StatusChange}: id, state, status, date required; decidedAt, documents, confidence, note, sources. */
final class StatusChangeCodec implements Codec<StatusChange> {

  static final StatusChangeCodec INSTANCE = new StatusChangeCodec();

  private static final String[] NAMES = {"id", "state", "status", "date", "decidedAt", "documents", "confidence", "note", "sources"};
  private static final PropertyNameMatcher MATCHER = BinaryNameMatcher.construct(List.of(NAMES));
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
    StatusChange.Builder b = StatusChange.builder();
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(MATCHER)) >= 0) {
      switch (match) {
        case 0: // id
          seen = once(p, seen, 1, KIND, NAMES[match]);
          b.id(ReadSupport.string(p, NAMES[match]));
          break;
        case 1: // state
          seen = once(p, seen, 2, KIND, NAMES[match]);
          b.state(ReadSupport.stateCode(p, NAMES[match]));
          break;
        case 2: // status
          seen = once(p, seen, 4, KIND, NAMES[match]);
          b.status(ReadSupport.enumValue(p, NAMES[match], ModelEnums.MEMBERSHIP_STATUS));
          break;
        case 3: // date
          seen = once(p, seen, 8, KIND, NAMES[match]);
          b.date(ReadSupport.partialDate(p, NAMES[match]));
          break;
        case 4: // decidedAt
          seen = once(p, seen, 16, KIND, NAMES[match]);
          b.decidedAt(ReadSupport.string(p, NAMES[match]));
          break;
        case 5: // documents
          seen = once(p, seen, 32, KIND, NAMES[match]);
          ReadSupport.strings(p, NAMES[match], b::addDocument);
          break;
        case 6: // confidence
          seen = once(p, seen, 64, KIND, NAMES[match]);
          b.confidence(ReadSupport.enumValue(p, NAMES[match], ModelEnums.CONFIDENCE));
          break;
        case 7: // note
          seen = once(p, seen, 128, KIND, NAMES[match]);
          b.note(ReadSupport.string(p, NAMES[match]));
          break;
        case 8: // sources
          seen = once(p, seen, 256, KIND, NAMES[match]);
          ReadSupport.strings(p, NAMES[match], b::addSource);
          break;
        default:
          throw new IllegalStateException("no case for field " + match);
      }
    }
    if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
      throw unknownField(p, KIND, p.currentName());
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
