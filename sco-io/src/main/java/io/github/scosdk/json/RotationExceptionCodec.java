package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.RotationException;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/** {@link RotationException}: id, kind, presidencies and description required; states, note, sources. */
final class RotationExceptionCodec implements Codec<RotationException> {

  static final RotationExceptionCodec INSTANCE = new RotationExceptionCodec();

  private static final String[] NAMES = {"id", "kind", "presidencies", "states", "description", "note", "sources"};
  private static final PropertyNameMatcher MATCHER = BinaryNameMatcher.construct(List.of(NAMES));
  private static final String KIND = "rotation exception";
  private static final String[] FIELDS = {"id", "kind", "presidencies", "states", "description", "note", "sources"};
  private static final SerializableString EXCEPTION_KIND = WriteSupport.name("kind");
  private static final SerializableString PRESIDENCIES = WriteSupport.name("presidencies");
  private static final SerializableString STATES = WriteSupport.name("states");
  private static final SerializableString DESCRIPTION = WriteSupport.name("description");

  private RotationExceptionCodec() {}

  @Override
  public Class<RotationException> type() {
    return RotationException.class;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public RotationException read(JsonParser p) {
    startObject(p, KIND);
    Object start = ReadSupport.objectStart(p);
    RotationException.Builder b = RotationException.builder();
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(MATCHER)) >= 0) {
      switch (match) {
        case 0: // id
          seen = once(p, seen, 1, KIND, NAMES[match]);
          b.id(ReadSupport.string(p, NAMES[match]));
          break;
        case 1: // kind
          seen = once(p, seen, 1 << 1, KIND, NAMES[match]);
          b.kind(ReadSupport.enumValue(p, NAMES[match], ModelEnums.ROTATION_EXCEPTION_KIND));
          break;
        case 2: // presidencies
          seen = once(p, seen, 1 << 2, KIND, NAMES[match]);
          ReadSupport.strings(p, NAMES[match], b::addPresidency);
          break;
        case 3: // states
          seen = once(p, seen, 1 << 3, KIND, NAMES[match]);
          ReadSupport.stateCodes(p, NAMES[match], b::addState);
          break;
        case 4: // description
          seen = once(p, seen, 1 << 4, KIND, NAMES[match]);
          b.description(ReadSupport.string(p, NAMES[match]));
          break;
        case 5: // note
          seen = once(p, seen, 1 << 5, KIND, NAMES[match]);
          b.note(ReadSupport.string(p, NAMES[match]));
          break;
        case 6: // sources
          seen = once(p, seen, 1 << 6, KIND, NAMES[match]);
          ReadSupport.strings(p, NAMES[match], b::addSource);
          break;
        default:
          throw new IllegalStateException("no case for field " + match);
      }
    }
    if (match != PropertyNameMatcher.MATCH_END_OBJECT) {
      throw unknownField(p, KIND, p.currentName());
    }
    require(p, seen, 1 | 1 << 1 | 1 << 2 | 1 << 4, FIELDS, KIND, start);
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw invalid(p, KIND, start, e);
    }
  }

  @Override
  public void write(JsonGenerator g, RotationException v) {
    g.writeStartObject();
    WriteSupport.string(g, WriteSupport.ID, v.id());
    WriteSupport.enumValue(g, EXCEPTION_KIND, ModelEnums.ROTATION_EXCEPTION_KIND, v.kind());
    WriteSupport.strings(g, PRESIDENCIES, v.presidencies());
    WriteSupport.states(g, STATES, v.states());
    WriteSupport.string(g, DESCRIPTION, v.description());
    WriteSupport.string(g, WriteSupport.NOTE, v.note());
    WriteSupport.strings(g, WriteSupport.SOURCES, v.sources());
    g.writeEndObject();
  }
}
