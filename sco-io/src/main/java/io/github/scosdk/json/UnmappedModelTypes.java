package io.github.scosdk.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;

/**
 * The serializers of last resort for the model's packages: a type of {@code io.github.scosdk.model} (or
 * {@code .rules}) that the module has no JSON form for (a {@code Validator}, a rule, a {@code RotationOrder}, ...)
 * is refused with a clear error instead of being written as an empty object, which is what a bean serializer
 * makes of the model's accessor-style types. The module registers the real serializers after these, so they win.
 */
final class UnmappedModelTypes extends Serializers.Base {

  private static final String MODEL_PACKAGE = "io.github.scosdk.model";

  @Override
  public ValueSerializer<?> findSerializer(
      SerializationConfig config, JavaType type, BeanDescription.Supplier beanDescRef,
      JsonFormat.Value formatOverrides) {
    Class<?> raw = type.getRawClass();
    String pkg = raw.getPackageName();
    if (raw.isEnum() || !(pkg.equals(MODEL_PACKAGE) || pkg.startsWith(MODEL_PACKAGE + "."))) {
      return null;
    }
    return new Refusing(raw);
  }

  /** Fails at once, naming the type and the types that do have a JSON form. */
  static final class Refusing extends ValueSerializer<Object> {
    private final Class<?> type;

    Refusing(Class<?> type) {
      this.type = type;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      ctxt.reportBadDefinition(type,
          type.getName() + " has no JSON form in sco-io's ScoModule (it would be written as an empty object);"
              + " the dataset, its records and parts, PartialDate, StateCode, the enums, ScoSnapshot,"
              + " HolderPrediction, ValidationReport and Violation have one");
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
