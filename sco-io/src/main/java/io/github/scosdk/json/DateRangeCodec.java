package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.fail;
import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.PartialDate;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * {@link DateRange} as an object with a required {@code start} and exactly one of {@code end} (a date, exclusive),
 * {@code "ongoing": true} or {@code "endUnknown": true}.
 */
final class DateRangeCodec implements Codec<DateRange> {

  static final DateRangeCodec INSTANCE = new DateRangeCodec();

  private static final String[] NAMES = {"start", "end", "ongoing", "endUnknown"};
  private static final PropertyNameMatcher MATCHER = BinaryNameMatcher.construct(List.of(NAMES));
  private static final String KIND = "term";
  private static final String[] FIELDS = {"start", "end", "ongoing", "endUnknown"};
  private static final SerializableString START = WriteSupport.name("start");
  private static final SerializableString END = WriteSupport.name("end");
  private static final SerializableString ONGOING = WriteSupport.name("ongoing");
  private static final SerializableString END_UNKNOWN = WriteSupport.name("endUnknown");

  private DateRangeCodec() {}

  @Override
  public Class<DateRange> type() {
    return DateRange.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public DateRange read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    PartialDate from = null;
    PartialDate end = null;
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(MATCHER)) >= 0) {
      switch (match) {
        case 0: // start
          seen = once(p, seen, 1, KIND, NAMES[match]);
          from = ReadSupport.partialDate(p, NAMES[match]);
          break;
        case 1: // end
          seen = once(p, seen, 2, KIND, NAMES[match]);
          end = ReadSupport.partialDate(p, NAMES[match]);
          break;
        case 2: // ongoing
          seen = once(p, seen, 4, KIND, NAMES[match]);
          ReadSupport.trueFlag(p, NAMES[match]);
          break;
        case 3: // endUnknown
          seen = once(p, seen, 8, KIND, NAMES[match]);
          ReadSupport.trueFlag(p, NAMES[match]);
          break;
        default:
          throw new IllegalStateException("no case for field " + match);
      }
    }
    if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
      throw unknownField(p, KIND, p.currentName());
    }
    require(p, seen, 1, FIELDS, KIND, start);
    int ends = Integer.bitCount(seen & 14);
    if (ends != 1) {
      throw fail(
          p,
          ReadSupport.location(start),
          KIND + ": exactly one of 'end', 'ongoing' or 'endUnknown' is required, " + ends + " given",
          null);
    }
    try {
      if (end != null) {
        return DateRange.of(from, end);
      }
      return (seen & 4) != 0 ? DateRange.ongoing(from) : DateRange.endUnknown(from);
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  @Override
  public void write(JsonGenerator g, DateRange v) {
    g.writeStartObject();
    WriteSupport.date(g, START, v.start());
    switch (v.endKind()) {
      case BOUNDED:
        WriteSupport.date(g, END, v.end().orElseThrow());
        break;
      case ONGOING:
        WriteSupport.flag(g, ONGOING, true);
        break;
      default:
        WriteSupport.flag(g, END_UNKNOWN, true);
        break;
    }
    g.writeEndObject();
  }
}
