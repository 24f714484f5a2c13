package io.github.scosdk.json;

import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * Jackson databind adapters for the scalar model values: {@link PartialDate} and {@link StateCode} as strings,
 * enums as lower_snake_case strings, read as strictly as inside a document.
 */
final class ScalarAdapters {

  private ScalarAdapters() {}

  private static String field(JsonParser p) {
    String name = p.currentName();
    return name != null ? name : "value";
  }

  static final class PartialDateSerializer extends ValueSerializer<PartialDate> {
    @Override
    public void serialize(PartialDate value, JsonGenerator gen, SerializationContext ctxt) {
      WriteSupport.writeDate(gen, value);
    }
  }

  static final class PartialDateDeserializer extends ValueDeserializer<PartialDate> {
    @Override
    public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) {
      return ReadSupport.currentPartialDate(p, field(p));
    }
  }

  static final class StateCodeSerializer extends ValueSerializer<StateCode> {
    @Override
    public void serialize(StateCode value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.code());
    }
  }

  static final class StateCodeDeserializer extends ValueDeserializer<StateCode> {
    @Override
    public StateCode deserialize(JsonParser p, DeserializationContext ctxt) {
      return ReadSupport.currentStateCode(p, field(p));
    }
  }

  static final class EnumSerializer<E extends Enum<E>> extends ValueSerializer<E> {
    private final EnumNames<E> names;

    EnumSerializer(EnumNames<E> names) {
      this.names = names;
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(names.name(value));
    }
  }

  static final class EnumDeserializer<E extends Enum<E>> extends ValueDeserializer<E> {
    private final EnumNames<E> names;

    EnumDeserializer(EnumNames<E> names) {
      this.names = names;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) {
      return ReadSupport.currentEnumValue(p, field(p), names);
    }
  }
}
