package io.github.scosdk.json;

import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module that maps every type of the SCO model to its {@code sco-dataset/1} JSON form, for use with
 * an {@code ObjectMapper}: {@code JsonMapper.builder().addModule(new ScoModule()).build()}, or found through
 * {@link java.util.ServiceLoader} by {@code findAndAddModules()}.
 *
 * <p>It registers the same table-driven streaming codecs that {@link ScoJson} uses, for
 * the dataset, every record and part, {@link PartialDate}, {@link StateCode} and the model's enums (as
 * lower_snake_case strings). No reflection, no default typing, no class names. Reading faults are thrown as
 * {@link ScoJsonException}; when a model value is nested in a user's own type, databind may wrap that
 * exception in its own. For the strict whole-document checks (trailing content, limits) use {@link ScoJson}.
 *
 * <p>Stateless; immutable and thread-safe.
 */
public final class ScoModule extends JacksonModule {

  /** A new module (a service-loader provider needs a public no-argument constructor). */
  public ScoModule() {}

  @Override
  public String getModuleName() {
    return "sco-dataset-1";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    List<JsonType<?>> types = new ArrayList<>(List.of(JsonType.DATE, JsonType.STATE));
    types.addAll(Format.ENUMS);
    Codecs.ALL.forEach(codec -> types.add(JsonType.of(codec)));
    for (JsonType<?> type : types) {
      register(type, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <V> void register(JsonType<V> json, SimpleSerializers ser, SimpleDeserializers deser) {
    ser.addSerializer(
        json.javaType(),
        new ValueSerializer<V>() {
          @Override
          public void serialize(V value, JsonGenerator gen, SerializationContext ctxt) {
            json.write(gen, value);
          }
        });
    deser.addDeserializer(
        json.javaType(),
        new ValueDeserializer<V>() {
          @Override
          public V deserialize(JsonParser p, DeserializationContext ctxt) {
            String name = p.currentName();
            return json.read(p, name != null ? name : "value", new Slots());
          }
        });
  }
}
