package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.Venue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;

/** {@link Venue} as {@code {"city": "Tianjin", "state": "CN"}}; both fields required. */
final class VenueCodec implements Codec<Venue> {

  static final VenueCodec INSTANCE = new VenueCodec();

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
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "city":
          seen = once(p, seen, 1, KIND, name);
          city = ReadSupport.string(p, name);
          break;
        case "state":
          seen = once(p, seen, 2, KIND, name);
          state = ReadSupport.stateCode(p, name);
          break;
        default:
          throw unknownField(p, KIND, name);
      }
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
