package io.github.scosdk.json;

import io.github.scosdk.model.RecordKind;
import io.github.scosdk.model.ScoDataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * {@link ScoDataset} as the {@code sco-dataset/1} document: {@code format} (required, first when written),
 * {@code title}, {@code asOfDate}, then one array per {@link RecordKind}, named by its collection name, optional when
 * read; written always (possibly empty), except the arrays added later ({@link #OPTIONAL_ARRAYS}:
 * {@code accessionSteps}, {@code applications}), which are written only when not empty, so that a dataset without
 * such records writes the bytes it wrote before and stays readable by earlier readers. Ids (and state codes) must be unique; the dataset's builder checks
 * that, and a repeated one is reported at the record that repeats it.
 */
final class DatasetCodec {

  /** The value of the {@code format} field. */
  static final String FORMAT = "sco-dataset/1";

  private static final RecordKind[] KINDS = RecordKind.values();

  /** The kinds added to the format after its first version: their arrays are written only when not empty. */
  static final java.util.Set<RecordKind> OPTIONAL_ARRAYS = java.util.EnumSet.of(RecordKind.ACCESSION_STEP, RecordKind.APPLICATION);

  /** The dataset codec. */
  static final Codec<ScoDataset, Reading> CODEC =
      Codec.of(ScoDataset.class, "dataset", Reading::new, Reading::build, fields()).recover(Reading::earliestFault);

  private DatasetCodec() {}

  @SuppressWarnings("unchecked")
  private static Field<ScoDataset, Reading, ?>[] fields() {
    Stream<Field<ScoDataset, Reading, ?>> header =
        Stream.of(
            Field.<ScoDataset, Reading, String>value("format", JsonType.constant(FORMAT), (r, v) -> {}, d -> FORMAT)
                .required(),
            Field.<ScoDataset, Reading, String>optional(
                "title", JsonType.STRING, (r, v) -> r.builder.title(v), ScoDataset::title),
            Field.<ScoDataset, Reading, LocalDate>optional(
                "asOfDate", JsonType.DAY, (r, v) -> r.builder.asOfDate(v), ScoDataset::asOfDate));
    return Stream.concat(header, Arrays.stream(KINDS).map(DatasetCodec::array)).toArray(Field[]::new);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Field<ScoDataset, Reading, ?> array(RecordKind kind) {
    Codec<?, ?> codec = Format.codec(kind.type());
    Field<ScoDataset, Reading, ?> field =
        Field.list(kind.collectionName(), JsonType.of((Codec) codec), (r, v) -> {}, (Function) kind.accessor());
    // the arrays of sco-dataset/1 as first published are always written; later additions only when not empty, so a
    // dataset without them writes the same bytes as before
    if (!OPTIONAL_ARRAYS.contains(kind)) {
      field.always();
    }
    return field.readWith((p, r, slots) -> r.array(p, kind, codec, slots));
  }

  /**
   * A dataset being read: its builder and the records read so far, in document order, with where each starts.
   * Ids are not checked here: the dataset's builder checks them. Only when reading fails (the builder rejected the
   * dataset, or a later fault stopped the reading) does it look for the first record, in document order, that the
   * builder rejects after the records before it, and the earlier record that the builder then rejects it with;
   * that is the earliest fault, reported at that record as if it had been caught on the spot.
   */
  static final class Reading {
    private final ScoDataset.Builder builder = ScoDataset.builder();
    private final List<?>[] lists = new List<?>[KINDS.length];
    private final long[][] starts = new long[KINDS.length][];
    private final RecordKind[] order = new RecordKind[KINDS.length];
    private int arrays;

    <T> void array(JsonParser p, RecordKind kind, Codec<T, ?> codec, Slots slots) {
      List<T> list = new ArrayList<>();
      long[] where = new long[16];
      lists[kind.ordinal()] = list;
      starts[kind.ordinal()] = where;
      order[arrays++] = kind;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Object at = ReadSupport.objectStart(p);
        T value = codec.read(p, slots);
        TokenStreamLocation loc = ReadSupport.location(at);
        if (list.size() == where.length) {
          where = Arrays.copyOf(where, where.length * 2);
          starts[kind.ordinal()] = where;
        }
        where[list.size()] = (long) loc.getLineNr() << 32 | (loc.getColumnNr() & 0xFFFFFFFFL);
        list.add(value);
      }
    }

    ScoDataset build() {
      return dataset(Integer.MAX_VALUE, null, -1, builder);
    }

    /** The first {@code count} records in document order, plus the record {@code index} of {@code extra}. */
    private ScoDataset dataset(int count, RecordKind extra, int index, ScoDataset.Builder b) {
      int left = count;
      for (int k = 0; k < arrays; k++) {
        List<?> list = lists[order[k].ordinal()];
        if (left >= list.size() && order[k] != extra) {
          b.addAll(order[k], list);
          left -= list.size();
          continue;
        }
        List<Object> part = new ArrayList<>(list.subList(0, Math.min(left, list.size())));
        left -= part.size();
        if (order[k] == extra) {
          part.add(list.get(index));
        }
        b.addAll(order[k], part);
      }
      return b.build();
    }

    private boolean rejects(int count, RecordKind extra, int index) {
      try {
        dataset(count, extra, index, ScoDataset.builder());
        return false;
      } catch (RuntimeException e) {
        return true;
      }
    }

    /** The earliest fault: a repeated key before the place of {@code fault}, or the fault itself. */
    RuntimeException earliestFault(RuntimeException fault) {
      int total = 0;
      for (int k = 0; k < arrays; k++) {
        total += lists[order[k].ordinal()].size();
      }
      if (!rejects(total, null, -1)) {
        return fault;
      }
      long repeat = locate(smallestRejected(total, null, -1) - 1);
      RecordKind kind = KINDS[(int) (repeat >>> 32)];
      int index = (int) repeat;
      int before = smallestRejected(position(kind, index), kind, index) - 1;
      long first = locate(before);
      RecordKind firstKind = KINDS[(int) (first >>> 32)];
      Object key = kind.key(lists[kind.ordinal()].get(index));
      if (before >= position(kind, index) || !key.equals(firstKind.key(lists[firstKind.ordinal()].get((int) first)))) {
        return fault;
      }
      long where = starts[kind.ordinal()][index];
      return new ScoJsonException(
          kind.displayName() + ": duplicate " + (kind == RecordKind.STATE ? "state code" : "id") + " '" + key
              + "' (already used at /" + firstKind.collectionName() + "/" + (int) first + ")",
          "/" + kind.collectionName() + "/" + index,
          (int) (where >>> 32),
          (int) where,
          null);
    }

    /** The smallest count of records (1 to {@code max}) the builder rejects, with the extra record. */
    private int smallestRejected(int max, RecordKind extra, int index) {
      int low = 1;
      int high = max;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (rejects(mid, extra, index)) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      return low;
    }

    /** The kind (high half) and index (low half) of the record at the position in document order. */
    private long locate(int position) {
      int k = 0;
      int n = position;
      while (n >= lists[order[k].ordinal()].size()) {
        n -= lists[order[k++].ordinal()].size();
      }
      return (long) order[k].ordinal() << 32 | n;
    }

    private int position(RecordKind kind, int index) {
      int n = index;
      for (int k = 0; order[k] != kind; k++) {
        n += lists[order[k].ordinal()].size();
      }
      return n;
    }
  }
}
