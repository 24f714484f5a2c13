package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingFormat;
import io.github.scosdk.model.MeetingKind;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * {@link Meeting}: id, body and startDate required. {@code kind} (default regular), {@code endDate} (default the
 * start), {@code format} (default in_person), {@code planned} (default false) and {@code confidence} (default
 * high) are omitted when they hold their default.
 */
final class MeetingCodec implements Codec<Meeting> {

  static final MeetingCodec INSTANCE = new MeetingCodec();

  private static final String[] NAMES = {"id", "body", "kind", "ordinal", "title", "startDate", "endDate", "venue", "format", "host", "chair", "participants", "outcomes", "planned", "confidence", "note", "sources"};
  private static final PropertyNameMatcher MATCHER = BinaryNameMatcher.construct(List.of(NAMES));
  private static final String KIND = "meeting";
  private static final String[] FIELDS = {
    "id", "body", "kind", "ordinal", "title", "startDate", "endDate", "venue", "format", "host", "chair",
    "participants", "outcomes", "planned", "confidence", "note", "sources"
  };
  private static final SerializableString BODY = WriteSupport.name("body");
  private static final SerializableString MEETING_KIND = WriteSupport.name("kind");
  private static final SerializableString ORDINAL = WriteSupport.name("ordinal");
  private static final SerializableString TITLE = WriteSupport.name("title");
  private static final SerializableString START_DATE = WriteSupport.name("startDate");
  private static final SerializableString END_DATE = WriteSupport.name("endDate");
  private static final SerializableString VENUE = WriteSupport.name("venue");
  private static final SerializableString FORMAT = WriteSupport.name("format");
  private static final SerializableString HOST = WriteSupport.name("host");
  private static final SerializableString CHAIR = WriteSupport.name("chair");
  private static final SerializableString PARTICIPANTS = WriteSupport.name("participants");
  private static final SerializableString OUTCOMES = WriteSupport.name("outcomes");
  private static final SerializableString PLANNED = WriteSupport.name("planned");

  private MeetingCodec() {}

  @Override
  public Class<Meeting> type() {
    return Meeting.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Meeting read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    Meeting.Builder b = Meeting.builder();
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(MATCHER)) >= 0) {
      switch (match) {
        case 0: // id
          seen = once(p, seen, 1, KIND, NAMES[match]);
          b.id(ReadSupport.string(p, NAMES[match]));
          break;
        case 1: // body
          seen = once(p, seen, 1 << 1, KIND, NAMES[match]);
          b.body(ReadSupport.enumValue(p, NAMES[match], ModelEnums.BODY));
          break;
        case 2: // kind
          seen = once(p, seen, 1 << 2, KIND, NAMES[match]);
          b.kind(ReadSupport.enumValue(p, NAMES[match], ModelEnums.MEETING_KIND));
          break;
        case 3: // ordinal
          seen = once(p, seen, 1 << 3, KIND, NAMES[match]);
          b.ordinal(ReadSupport.integer(p, NAMES[match]));
          break;
        case 4: // title
          seen = once(p, seen, 1 << 4, KIND, NAMES[match]);
          b.title(ReadSupport.string(p, NAMES[match]));
          break;
        case 5: // startDate
          seen = once(p, seen, 1 << 5, KIND, NAMES[match]);
          b.startDate(ReadSupport.partialDate(p, NAMES[match]));
          break;
        case 6: // endDate
          seen = once(p, seen, 1 << 6, KIND, NAMES[match]);
          b.endDate(ReadSupport.partialDate(p, NAMES[match]));
          break;
        case 7: // venue
          seen = once(p, seen, 1 << 7, KIND, NAMES[match]);
          b.venue(ReadSupport.object(p, VenueCodec.INSTANCE));
          break;
        case 8: // format
          seen = once(p, seen, 1 << 8, KIND, NAMES[match]);
          b.format(ReadSupport.enumValue(p, NAMES[match], ModelEnums.MEETING_FORMAT));
          break;
        case 9: // host
          seen = once(p, seen, 1 << 9, KIND, NAMES[match]);
          b.host(ReadSupport.stateCode(p, NAMES[match]));
          break;
        case 10: // chair
          seen = once(p, seen, 1 << 10, KIND, NAMES[match]);
          b.chair(ReadSupport.stateCode(p, NAMES[match]));
          break;
        case 11: // participants
          seen = once(p, seen, 1 << 11, KIND, NAMES[match]);
          ReadSupport.objects(p, NAMES[match], ParticipantCodec.INSTANCE, b::addParticipant);
          break;
        case 12: // outcomes
          seen = once(p, seen, 1 << 12, KIND, NAMES[match]);
          ReadSupport.strings(p, NAMES[match], b::addOutcome);
          break;
        case 13: // planned
          seen = once(p, seen, 1 << 13, KIND, NAMES[match]);
          b.planned(ReadSupport.bool(p, NAMES[match]));
          break;
        case 14: // confidence
          seen = once(p, seen, 1 << 14, KIND, NAMES[match]);
          b.confidence(ReadSupport.enumValue(p, NAMES[match], ModelEnums.CONFIDENCE));
          break;
        case 15: // note
          seen = once(p, seen, 1 << 15, KIND, NAMES[match]);
          b.note(ReadSupport.string(p, NAMES[match]));
          break;
        case 16: // sources
          seen = once(p, seen, 1 << 16, KIND, NAMES[match]);
          ReadSupport.strings(p, NAMES[match], b::addSource);
          break;
        default:
          throw new IllegalStateException("no case for field " + match);
      }
    }
    if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
      throw unknownField(p, KIND, p.currentName());
    }
    require(p, seen, 1 | 1 << 1 | 1 << 5, FIELDS, KIND, start);
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  @Override
  public void write(JsonGenerator g, Meeting v) {
    g.writeStartObject();
    WriteSupport.string(g, WriteSupport.ID, v.id());
    WriteSupport.enumValue(g, BODY, ModelEnums.BODY, v.body());
    if (v.kind() != MeetingKind.REGULAR) {
      WriteSupport.enumValue(g, MEETING_KIND, ModelEnums.MEETING_KIND, v.kind());
    }
    if (v.ordinal().isPresent()) {
      g.writeName(ORDINAL);
      g.writeNumber(v.ordinal().getAsInt());
    }
    WriteSupport.string(g, TITLE, v.title());
    WriteSupport.date(g, START_DATE, v.startDate());
    if (!v.endDate().equals(v.startDate())) {
      WriteSupport.date(g, END_DATE, v.endDate());
    }
    if (v.venue().isPresent()) {
      g.writeName(VENUE);
      VenueCodec.INSTANCE.write(g, v.venue().get());
    }
    if (v.format() != MeetingFormat.IN_PERSON) {
      WriteSupport.enumValue(g, FORMAT, ModelEnums.MEETING_FORMAT, v.format());
    }
    WriteSupport.state(g, HOST, v.host());
    WriteSupport.state(g, CHAIR, v.chair());
    WriteSupport.objects(g, PARTICIPANTS, ParticipantCodec.INSTANCE, v.participants(), false);
    WriteSupport.strings(g, OUTCOMES, v.outcomes());
    WriteSupport.flag(g, PLANNED, v.planned());
    WriteSupport.confidenceAndNote(g, v.confidence(), v.note());
    WriteSupport.strings(g, WriteSupport.SOURCES, v.sources());
    g.writeEndObject();
  }
}
