package io.github.scosdk.json;

import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
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
    for (Codec<?, ?> codec : Codecs.ALL) {
      register(codec.type(), JsonType.of(codec), serializers, deserializers);
    }
    register(PartialDate.class, JsonType.DATE, serializers, deserializers);
    register(StateCode.class, JsonType.STATE, serializers, deserializers);
    for (EnumNames<?> names : ModelEnums.ALL) {
      registerEnum(names, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <E extends Enum<E>> void registerEnum(
      EnumNames<E> names, SimpleSerializers ser, SimpleDeserializers deser) {
    register(names.type(), JsonType.of(names), ser, deser);
  }

  @SuppressWarnings("unchecked")
  private static <T> void register(Class<T> type, JsonType<?> json, SimpleSerializers ser, SimpleDeserializers deser) {
    ser.addSerializer(type, new TypeAdapters.Serializer<>(type, (JsonType<T>) json));
    deser.addDeserializer(type, new TypeAdapters.Deserializer<>(type, (JsonType<T>) json));
  }
}
