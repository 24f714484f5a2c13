package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.Venue;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/** {@link Venue} as {@code {"city": "Tianjin", "state": "CN"}}; both fields required. */
final class VenueCodec implements Codec<Venue> {

  static final VenueCodec INSTANCE = new VenueCodec();

  private static final String[] NAMES = {"city", "state"};
  private static final PropertyNameMatcher MATCHER = BinaryNameMatcher.construct(List.of(NAMES));
  private static final String KIND = "venue";
  private static final String[] FIELDS = {"city", "state"};
  private static final SerializableString CITY = WriteSupport.name("city");
  private static final SerializableString STATE = WriteSupport.name("state");

  private VenueCodec() {}

  @Override
  public Class<Venue> type() {
    return Venue.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Venue read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    String city = null;
    StateCode state = null;
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(MATCHER)) >= 0) {
      switch (match) {
        case 0: // city
          seen = once(p, seen, 1, KIND, NAMES[match]);
          city = ReadSupport.string(p, NAMES[match]);
          break;
        case 1: // state
          seen = once(p, seen, 2, KIND, NAMES[match]);
          state = ReadSupport.stateCode(p, NAMES[match]);
          break;
        default:
          throw new IllegalStateException("no case for field " + match);
      }
    }
    if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
      throw unknownField(p, KIND, p.currentName());
    }
    require(p, seen, 3, FIELDS, KIND, start);
    try {
      return Venue.of(city, state);
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  @Override
  public void write(JsonGenerator g, Venue v) {
    g.writeStartObject();
    WriteSupport.string(g, CITY, v.city());
    WriteSupport.state(g, STATE, v.state());
    g.writeEndObject();
  }
}
