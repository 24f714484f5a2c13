package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.ImmutableState;
import io.github.scosdk.model.State;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;

/** {@link State}: code, nameEn, nameRu, nameZh (all required) and sources. */
final class StateCodec implements Codec<State> {

  static final StateCodec INSTANCE = new StateCodec();

  private static final String KIND = "state";
  private static final String[] FIELDS = {"code", "nameEn", "nameRu", "nameZh", "sources"};
  private static final SerializableString CODE = WriteSupport.name("code");
  private static final SerializableString NAME_EN = WriteSupport.name("nameEn");
  private static final SerializableString NAME_RU = WriteSupport.name("nameRu");
  private static final SerializableString NAME_ZH = WriteSupport.name("nameZh");

  private StateCodec() {}

  @Override
  public Class<State> type() {
    return State.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public State read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    ImmutableState.Builder b = State.builder();
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "code":
          seen = once(p, seen, 1, KIND, name);
          b.code(ReadSupport.stateCode(p, name));
          break;
        case "nameEn":
          seen = once(p, seen, 2, KIND, name);
          b.nameEn(ReadSupport.string(p, name));
          break;
        case "nameRu":
          seen = once(p, seen, 4, KIND, name);
          b.nameRu(ReadSupport.string(p, name));
          break;
        case "nameZh":
          seen = once(p, seen, 8, KIND, name);
          b.nameZh(ReadSupport.string(p, name));
          break;
        case "sources":
          seen = once(p, seen, 16, KIND, name);
          ReadSupport.strings(p, name, b::addSource);
          break;
        default:
          throw unknownField(p, KIND, name);
      }
    }
    require(p, seen, 15, FIELDS, KIND, start);
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  @Override
  public void write(JsonGenerator g, State v) {
    g.writeStartObject();
    WriteSupport.state(g, CODE, v.code());
    WriteSupport.string(g, NAME_EN, v.nameEn());
    WriteSupport.string(g, NAME_RU, v.nameRu());
    WriteSupport.string(g, NAME_ZH, v.nameZh());
    WriteSupport.strings(g, WriteSupport.SOURCES, v.sources());
    g.writeEndObject();
  }
}
