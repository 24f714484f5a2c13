package io.github.scosdk.json;

import static io.github.scosdk.json.ReadSupport.invalid;
import static io.github.scosdk.json.ReadSupport.once;
import static io.github.scosdk.json.ReadSupport.require;
import static io.github.scosdk.json.ReadSupport.startObject;
import static io.github.scosdk.json.ReadSupport.unknownField;

import io.github.scosdk.model.ImmutableRotationException;
import io.github.scosdk.model.RotationException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;

/** {@link RotationException}: id, kind, presidencies and description required; states, note, sources. */
final class RotationExceptionCodec implements Codec<RotationException> {

  static final RotationExceptionCodec INSTANCE = new RotationExceptionCodec();

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
    ImmutableRotationException.Builder b = RotationException.builder();
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      switch (name) {
        case "id":
          seen = once(p, seen, 1, KIND, name);
          b.id(ReadSupport.string(p, name));
          break;
        case "kind":
          seen = once(p, seen, 1 << 1, KIND, name);
          b.kind(ReadSupport.enumValue(p, name, ModelEnums.ROTATION_EXCEPTION_KIND));
          break;
        case "presidencies":
          seen = once(p, seen, 1 << 2, KIND, name);
          ReadSupport.strings(p, name, b::addPresidency);
          break;
        case "states":
          seen = once(p, seen, 1 << 3, KIND, name);
          ReadSupport.stateCodes(p, name, b::addState);
          break;
        case "description":
          seen = once(p, seen, 1 << 4, KIND, name);
          b.description(ReadSupport.string(p, name));
          break;
        case "note":
          seen = once(p, seen, 1 << 5, KIND, name);
          b.note(ReadSupport.string(p, name));
          break;
        case "sources":
          seen = once(p, seen, 1 << 6, KIND, name);
          ReadSupport.strings(p, name, b::addSource);
          break;
        default:
          throw unknownField(p, KIND, name);
      }
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
