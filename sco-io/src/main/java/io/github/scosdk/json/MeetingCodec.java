package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.ImmutableMeeting;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingFormat;
import io.github.scosdk.model.MeetingKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;

/**
 * {@link Meeting}: id, body and startDate required. {@code kind} (default regular), {@code endDate} (default the
 * start), {@code format} (default in_person), {@code planned} (default false) and {@code confidence} (default
 * high) are omitted when they hold their default.
 */
final class MeetingCodec implements Codec<Meeting> {

  static final MeetingCodec INSTANCE = new MeetingCodec();

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
    ImmutableMeeting.Builder b = Meeting.builder();
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "id":
          seen = once(p, seen, 1, KIND, name);
          b.id(ReadSupport.string(p, name));
          break;
        case "body":
          seen = once(p, seen, 1 << 1, KIND, name);
          b.body(ReadSupport.enumValue(p, name, ModelEnums.BODY));
          break;
        case "kind":
          seen = once(p, seen, 1 << 2, KIND, name);
          b.kind(ReadSupport.enumValue(p, name, ModelEnums.MEETING_KIND));
          break;
        case "ordinal":
          seen = once(p, seen, 1 << 3, KIND, name);
          b.ordinal(ReadSupport.integer(p, name));
          break;
        case "title":
          seen = once(p, seen, 1 << 4, KIND, name);
          b.title(ReadSupport.string(p, name));
          break;
        case "startDate":
          seen = once(p, seen, 1 << 5, KIND, name);
          b.startDate(ReadSupport.partialDate(p, name));
          break;
        case "endDate":
          seen = once(p, seen, 1 << 6, KIND, name);
          b.endDate(ReadSupport.partialDate(p, name));
          break;
        case "venue":
          seen = once(p, seen, 1 << 7, KIND, name);
          b.venue(ReadSupport.object(p, VenueCodec.INSTANCE));
          break;
        case "format":
          seen = once(p, seen, 1 << 8, KIND, name);
          b.format(ReadSupport.enumValue(p, name, ModelEnums.MEETING_FORMAT));
          break;
        case "host":
          seen = once(p, seen, 1 << 9, KIND, name);
          b.host(ReadSupport.stateCode(p, name));
          break;
        case "chair":
          seen = once(p, seen, 1 << 10, KIND, name);
          b.chair(ReadSupport.stateCode(p, name));
          break;
        case "participants":
          seen = once(p, seen, 1 << 11, KIND, name);
          ReadSupport.objects(p, name, ParticipantCodec.INSTANCE, b::addParticipant);
          break;
        case "outcomes":
          seen = once(p, seen, 1 << 12, KIND, name);
          ReadSupport.strings(p, name, b::addOutcome);
          break;
        case "planned":
          seen = once(p, seen, 1 << 13, KIND, name);
          b.planned(ReadSupport.bool(p, name));
          break;
        case "confidence":
          seen = once(p, seen, 1 << 14, KIND, name);
          b.confidence(ReadSupport.enumValue(p, name, ModelEnums.CONFIDENCE));
          break;
        case "note":
          seen = once(p, seen, 1 << 15, KIND, name);
          b.note(ReadSupport.string(p, name));
          break;
        case "sources":
          seen = once(p, seen, 1 << 16, KIND, name);
          ReadSupport.strings(p, name, b::addSource);
          break;
        default:
          throw unknownField(p, KIND, name);
      }
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
