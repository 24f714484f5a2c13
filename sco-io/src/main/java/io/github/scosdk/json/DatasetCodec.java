package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.fail;
import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoRecord;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;

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
  private static final String[] KINDS = {
    StateCodec.INSTANCE.kind(),
    SourceCodec.INSTANCE.kind(),
    StatusChangeCodec.INSTANCE.kind(),
    MeetingCodec.INSTANCE.kind(),
    PresidencyCodec.INSTANCE.kind(),
    DocumentCodec.INSTANCE.kind(),
    InitiativeCodec.INSTANCE.kind(),
    OfficialCodec.INSTANCE.kind(),
    RotationExceptionCodec.INSTANCE.kind()
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
    ScoDataset.Builder b = ScoDataset.builder();
    Records read = new Records();
    try {
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
            b.addAllStates(read.array(p, 0, StateCodec.INSTANCE));
            break;
          case "sources":
            seen = once(p, seen, 1 << 4, KIND, name);
            b.addAllSources(read.array(p, 1, SourceCodec.INSTANCE));
            break;
          case "statusChanges":
            seen = once(p, seen, 1 << 5, KIND, name);
            b.addAllStatusChanges(read.array(p, 2, StatusChangeCodec.INSTANCE));
            break;
          case "meetings":
            seen = once(p, seen, 1 << 6, KIND, name);
            b.addAllMeetings(read.array(p, 3, MeetingCodec.INSTANCE));
            break;
          case "presidencies":
            seen = once(p, seen, 1 << 7, KIND, name);
            b.addAllPresidencies(read.array(p, 4, PresidencyCodec.INSTANCE));
            break;
          case "documents":
            seen = once(p, seen, 1 << 8, KIND, name);
            b.addAllDocuments(read.array(p, 5, DocumentCodec.INSTANCE));
            break;
          case "initiatives":
            seen = once(p, seen, 1 << 9, KIND, name);
            b.addAllInitiatives(read.array(p, 6, InitiativeCodec.INSTANCE));
            break;
          case "officials":
            seen = once(p, seen, 1 << 10, KIND, name);
            b.addAllOfficials(read.array(p, 7, OfficialCodec.INSTANCE));
            break;
          case "rotationExceptions":
            seen = once(p, seen, 1 << 11, KIND, name);
            b.addAllRotationExceptions(read.array(p, 8, RotationExceptionCodec.INSTANCE));
            break;
          default:
            throw unknownField(p, KIND, name);
        }
      }
      require(p, seen, 1, FIELDS, KIND, start);
    } catch (RuntimeException e) {
      // a repeated id came earlier in the document than this fault: it is the fault to report
      Optional<ScoJsonException> duplicate = read.firstDuplicate();
      if (duplicate.isPresent()) {
        throw duplicate.get();
      }
      throw e;
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw read.firstDuplicate().orElseGet(() -> invalid(p, KIND, start, e));
    }
  }

  /**
   * The records read so far, in document order, with where each starts. Ids must be unique, but they are not
   * checked here record by record: the dataset's builder checks them anyway, so only when reading fails (the
   * builder rejected the dataset, or a later fault stopped the reading) are the records scanned, in order, for the
   * first one whose id (or state code) was already used; that is the earliest fault and the one reported, at that
   * record, exactly as if it had been caught on the spot.
   */
  private static final class Records {
    private final List<?>[] lists = new List<?>[ARRAYS.length];
    private final long[][] starts = new long[ARRAYS.length][];
    private final int[] order = new int[ARRAYS.length];
    private int arrays;

    <T> List<T> array(JsonParser p, int array, Codec<T> codec) {
      ReadSupport.startArray(p, ARRAYS[array]);
      List<T> list = new ArrayList<>();
      long[] where = new long[16];
      lists[array] = list;
      starts[array] = where;
      order[arrays++] = array;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Object at = ReadSupport.objectStart(p);
        T value = codec.read(p);
        TokenStreamLocation loc = ReadSupport.location(at);
        int index = list.size();
        if (index == where.length) {
          where = Arrays.copyOf(where, index * 2);
          starts[array] = where;
        }
        where[index] = (long) loc.getLineNr() << 32 | (loc.getColumnNr() & 0xFFFFFFFFL);
        list.add(value);
      }
      return list;
    }

    Optional<ScoJsonException> firstDuplicate() {
      Map<Object, Long> ids = new HashMap<>();
      for (int k = 0; k < arrays; k++) {
        int array = order[k];
        List<?> list = lists[array];
        for (int index = 0; index < list.size(); index++) {
          Object value = list.get(index);
          Object id = array == 0 ? ((State) value).code() : array == 1 ? ((Source) value).id() : ((ScoRecord) value).id();
          Long previous = ids.putIfAbsent(id, ((long) array << 32) | index);
          if (previous != null) {
            String what = array == 0 ? "state code" : "id";
            String first = "/" + ARRAYS[(int) (previous >>> 32)] + "/" + (int) (long) previous;
            long where = starts[array][index];
            return Optional.of(
                new ScoJsonException(
                    KINDS[array] + ": duplicate " + what + " '" + id + "' (already used at " + first + ")",
                    "/" + ARRAYS[array] + "/" + index,
                    (int) (where >>> 32),
                    (int) where,
                    null));
          }
        }
      }
      return Optional.empty();
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
