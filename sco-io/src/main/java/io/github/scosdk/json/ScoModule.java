package io.github.scosdk.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module that maps every type of the SCO model to its {@code sco-dataset/1} JSON form, for use with
 * an {@code ObjectMapper}: {@code JsonMapper.builder().addModule(new ScoModule()).build()}, or found through
 * {@link java.util.ServiceLoader} by {@code findAndAddModules()}.
 *
 * <p>It registers the same table-driven streaming codecs that {@link ScoJson} uses, for
 * the dataset, every record and part, {@link PartialDate}, {@link StateCode} and the model's enums (as
 * lower_snake_case strings), and writes the query results {@code ScoSnapshot}, {@code HolderPrediction},
 * {@code ValidationReport} and {@code Violation} completely (reading them is refused: they are computed). Any
 * other type of the model's packages is refused with a clear error rather than written as an empty object. No
 * reflection, no default typing, no class names. Reading faults are Jackson {@code MismatchedInputException}s
 * with databind's path and location, the sco-io reason in the message and the {@link ScoJsonException} as
 * cause. For the strict whole-document checks (trailing content, limits) use {@link ScoJson}.
 *
 * <p>Stateless; immutable and thread-safe.
 */
public final class ScoModule extends JacksonModule {

  private static final String MODEL_PACKAGE = "io.github.scosdk.model";

  /** A new module (a service-loader provider needs a public no-argument constructor). */
  public ScoModule() {}

  @Override
  public String getModuleName() {
    return "sco-dataset-1";
  }

  /** The version of sco-io, as the build recorded it (such as {@code 0.1.0-SNAPSHOT}). */
  @Override
  public Version version() {
    return BuildVersion.JACKSON;
  }

  @Override
  public void setupModule(SetupContext context) {
    // last resort first: Jackson asks the serializers added last first
    context.addSerializers(new UnmappedModelTypes());
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    List<JsonType<?>> types = new ArrayList<>(List.of(JsonType.DATE, JsonType.STATE));
    types.addAll(Format.ENUMS);
    Codecs.ALL.forEach(codec -> types.add(JsonType.of(codec)));
    for (JsonType<?> type : types) {
      register(type, serializers, deserializers);
    }
    QueryResults.register(serializers, deserializers);
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  /**
   * The type's serializer and deserializer. A reading fault of the format or of the model becomes a Jackson
   * {@link MismatchedInputException} (a {@code DatabindException}, which web frameworks answer with a 400) at the
   * parser's location, with databind's JSON path; its message is the sco-io reason and the JSON Pointer, and its
   * cause the {@link ScoJsonException}.
   */
  private static <V> void register(JsonType<V> json, SimpleSerializers ser, SimpleDeserializers deser) {
    ser.addSerializer(json.javaType(), new StdSerializer<V>(json.javaType()) {
      @Override
      public void serialize(V value, JsonGenerator gen, SerializationContext ctxt) {
        json.write(gen, value);
      }
    });
    deser.addDeserializer(json.javaType(), new StdDeserializer<V>(json.javaType()) {
      @Override
      public V deserialize(JsonParser p, DeserializationContext ctxt) {
        try {
          String name = p.currentName();
          return json.read(p, name != null ? name : "value", new Slots());
        } catch (ScoJsonException e) {
          String at = e.pointer().isEmpty() ? "" : " (at " + e.pointer() + ")";
          MismatchedInputException failure = MismatchedInputException.from(p, json.javaType(), e.reason() + at);
          failure.initCause(e);
          throw failure;
        }
      }
    });
  }

  /**
   * The serializers of last resort for the model's packages: a type of {@code io.github.scosdk.model} (or
   * {@code .rules}) that the module has no JSON form for (a {@code Validator}, a rule, a {@code RotationOrder},
   * ...) is refused with a clear error instead of being written as an empty object, which is what a bean serializer
   * makes of the model's accessor-style types. The module registers the real serializers after these, so they win.
   */
  private static final class UnmappedModelTypes extends Serializers.Base {
    @Override
    public ValueSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription.Supplier beanDescRef,
        JsonFormat.Value formatOverrides) {
      Class<?> raw = type.getRawClass();
      String pkg = raw.getPackageName();
      if (raw.isEnum() || !(pkg.equals(MODEL_PACKAGE) || pkg.startsWith(MODEL_PACKAGE + "."))) {
        return null;
      }
      return new StdSerializer<Object>(type) {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
          ctxt.reportBadDefinition(raw,
              raw.getName() + " has no JSON form in sco-io's ScoModule (it would be written as an empty object);"
                  + " the dataset, its records and parts, PartialDate, StateCode, the enums, ScoSnapshot,"
                  + " HolderPrediction, ValidationReport and Violation have one");
        }
      };
    }
  }
}
