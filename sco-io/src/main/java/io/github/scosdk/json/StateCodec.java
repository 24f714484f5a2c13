package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.State;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/** {@link State}: code, nameEn, nameRu, nameZh (all required) and sources. */
final class StateCodec implements Codec<State> {

  static final StateCodec INSTANCE = new StateCodec();

  private static final String[] NAMES = {"code", "nameEn", "nameRu", "nameZh", "sources"};
  private static final PropertyNameMatcher MATCHER = BinaryNameMatcher.construct(List.of(NAMES));
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
    State.Builder b = State.builder();
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(MATCHER)) >= 0) {
      switch (match) {
        case 0: // code
          seen = once(p, seen, 1, KIND, NAMES[match]);
          b.code(ReadSupport.stateCode(p, NAMES[match]));
          break;
        case 1: // nameEn
          seen = once(p, seen, 2, KIND, NAMES[match]);
          b.nameEn(ReadSupport.string(p, NAMES[match]));
          break;
        case 2: // nameRu
          seen = once(p, seen, 4, KIND, NAMES[match]);
          b.nameRu(ReadSupport.string(p, NAMES[match]));
          break;
        case 3: // nameZh
          seen = once(p, seen, 8, KIND, NAMES[match]);
          b.nameZh(ReadSupport.string(p, NAMES[match]));
          break;
        case 4: // sources
          seen = once(p, seen, 16, KIND, NAMES[match]);
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
