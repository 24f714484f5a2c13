package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.fail;
import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.ImmutableScoDataset;
import io.github.scosdk.model.ScoDataset;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;

/**
 * {@link ScoDataset} as the {@code sco-dataset/1} document: {@code format} (required, first when written),
 * {@code title}, {@code asOfDate}, then the nine record arrays named like the dataset's accessors, always written
 * (possibly empty), optional when read. Ids (and state codes) must be unique; a duplicate is reported at the
 * record that repeats it.
 */
final class DatasetCodec implements Codec<ScoDataset> {

  static final DatasetCodec INSTANCE = new DatasetCodec();

  /** The value of the {@code format} field. */
  static final String FORMAT = "sco-dataset/1";

  private static final String KIND = "dataset";
  private static final String[] ARRAYS = {
    "states", "sources", "statusChanges", "meetings", "presidencies", "documents", "initiatives", "officials",
    "rotationExceptions"
  };
  private static final String[] FIELDS = {"format", "title", "asOfDate"};
  private static final SerializableString FORMAT_NAME = WriteSupport.name("format");
  private static final SerializableString FORMAT_VALUE = WriteSupport.name(FORMAT);
  private static final SerializableString TITLE = WriteSupport.name("title");
  private static final SerializableString AS_OF_DATE = WriteSupport.name("asOfDate");
  private static final SerializableString[] ARRAY_NAMES = new SerializableString[ARRAYS.length];

  static {
    for (int i = 0; i < ARRAYS.length; i++) {
      ARRAY_NAMES[i] = WriteSupport.name(ARRAYS[i]);
    }
  }

  private DatasetCodec() {}

  @Override
  public Class<ScoDataset> type() {
    return ScoDataset.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public ScoDataset read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    ImmutableScoDataset.Builder b = ScoDataset.builder();
    IdTable ids = new IdTable();
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "format":
          seen = once(p, seen, 1, KIND, name);
          String format = ReadSupport.string(p, name);
          if (!FORMAT.equals(format)) {
            throw fail(p, "format: '" + ReadSupport.quote(format) + "' is not supported, expected '" + FORMAT + "'");
          }
          break;
        case "title":
          seen = once(p, seen, 1 << 1, KIND, name);
          b.title(ReadSupport.string(p, name));
          break;
        case "asOfDate":
          seen = once(p, seen, 1 << 2, KIND, name);
          b.asOfDate(ReadSupport.day(p, name));
          break;
        case "states":
          seen = once(p, seen, 1 << 3, KIND, name);
          records(p, 0, StateCodec.INSTANCE, s -> s.code(), b::addState, ids);
          break;
        case "sources":
          seen = once(p, seen, 1 << 4, KIND, name);
          records(p, 1, SourceCodec.INSTANCE, s -> s.id(), b::addSource, ids);
          break;
        case "statusChanges":
          seen = once(p, seen, 1 << 5, KIND, name);
          records(p, 2, StatusChangeCodec.INSTANCE, s -> s.id(), b::addStatusChange, ids);
          break;
        case "meetings":
          seen = once(p, seen, 1 << 6, KIND, name);
          records(p, 3, MeetingCodec.INSTANCE, s -> s.id(), b::addMeeting, ids);
          break;
        case "presidencies":
          seen = once(p, seen, 1 << 7, KIND, name);
          records(p, 4, PresidencyCodec.INSTANCE, s -> s.id(), b::addPresidency, ids);
          break;
        case "documents":
          seen = once(p, seen, 1 << 8, KIND, name);
          records(p, 5, DocumentCodec.INSTANCE, s -> s.id(), b::addDocument, ids);
          break;
        case "initiatives":
          seen = once(p, seen, 1 << 9, KIND, name);
          records(p, 6, InitiativeCodec.INSTANCE, s -> s.id(), b::addInitiative, ids);
          break;
        case "officials":
          seen = once(p, seen, 1 << 10, KIND, name);
          records(p, 7, OfficialCodec.INSTANCE, s -> s.id(), b::addOfficial, ids);
          break;
        case "rotationExceptions":
          seen = once(p, seen, 1 << 11, KIND, name);
          records(p, 8, RotationExceptionCodec.INSTANCE, s -> s.id(), b::addRotationException, ids);
          break;
        default:
          throw unknownField(p, KIND, name);
      }
    }
    require(p, seen, 1, FIELDS, KIND, start);
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  private static <T> void records(
      JsonParser p, int array, Codec<T> codec, Function<T, Object> key, Consumer<T> sink, IdTable ids) {
    String field = ARRAYS[array];
    ReadSupport.startArray(p, field);
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      Object at = ReadSupport.objectStart(p);
      T value = codec.read(p);
      Object id = key.apply(value);
      long previous = ids.putIfAbsent(id, ((long) array << 32) | index);
      if (previous >= 0) {
        String what = array == 0 ? "state code" : "id";
        String first = "/" + ARRAYS[(int) (previous >>> 32)] + "/" + (int) previous;
        throw fail(p, ReadSupport.location(at), codec.kind() + ": duplicate " + what + " '" + id + "' (already used at " + first + ")", null);
      }
      sink.accept(value);
      index++;
    }
  }

  @Override
  public void write(JsonGenerator g, ScoDataset v) {
    g.writeStartObject();
    g.writeName(FORMAT_NAME);
    g.writeString(FORMAT_VALUE);
    WriteSupport.string(g, TITLE, v.title());
    if (v.asOfDate().isPresent()) {
      WriteSupport.day(g, AS_OF_DATE, v.asOfDate().get());
    }
    WriteSupport.objects(g, ARRAY_NAMES[0], StateCodec.INSTANCE, v.states(), true);
    WriteSupport.objects(g, ARRAY_NAMES[1], SourceCodec.INSTANCE, v.sources(), true);
    WriteSupport.objects(g, ARRAY_NAMES[2], StatusChangeCodec.INSTANCE, v.statusChanges(), true);
    WriteSupport.objects(g, ARRAY_NAMES[3], MeetingCodec.INSTANCE, v.meetings(), true);
    WriteSupport.objects(g, ARRAY_NAMES[4], PresidencyCodec.INSTANCE, v.presidencies(), true);
    WriteSupport.objects(g, ARRAY_NAMES[5], DocumentCodec.INSTANCE, v.documents(), true);
    WriteSupport.objects(g, ARRAY_NAMES[6], InitiativeCodec.INSTANCE, v.initiatives(), true);
    WriteSupport.objects(g, ARRAY_NAMES[7], OfficialCodec.INSTANCE, v.officials(), true);
    WriteSupport.objects(g, ARRAY_NAMES[8], RotationExceptionCodec.INSTANCE, v.rotationExceptions(), true);
    g.writeEndObject();
  }
}
