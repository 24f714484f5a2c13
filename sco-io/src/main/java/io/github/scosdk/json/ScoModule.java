package io.github.scosdk.json;

import io.github.scosdk.model.HolderPrediction;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoSnapshot;
import io.github.scosdk.model.StateCode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Violation;
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
    registerResults(serializers, deserializers);
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
    addDeserializer(
        deser,
        json.javaType(),
        new ValueDeserializer<V>() {
          @Override
          public V deserialize(JsonParser p, DeserializationContext ctxt) {
            String name = p.currentName();
            return json.read(p, name != null ? name : "value", new Slots());
          }
        });
  }

  /** Reading faults surface as Jackson exceptions inside databind (see {@link JacksonFaultDeserializer}). */
  private static <T> void addDeserializer(
      SimpleDeserializers deser, Class<T> type, ValueDeserializer<T> d) {
    deser.addDeserializer(type, new JacksonFaultDeserializer<>(type, d));
  }

  /** The query results: written completely, refused when read (they are computed, not stored). */
  private static void registerResults(SimpleSerializers ser, SimpleDeserializers deser) {
    ser.addSerializer(ScoSnapshot.class, new SnapshotSerializer());
    ser.addSerializer(HolderPrediction.class, new HolderPredictionSerializer());
    ser.addSerializer(ValidationReport.class, new ValidationReportSerializer());
    ser.addSerializer(Violation.class, new ViolationSerializer());
    String fromDataset = "read the ScoDataset and ask it (asOf, predictNextHolder) or the Validator";
    deser.addDeserializer(ScoSnapshot.class, new ResultDeserializer<>(ScoSnapshot.class, fromDataset));
    deser.addDeserializer(HolderPrediction.class, new ResultDeserializer<>(HolderPrediction.class, fromDataset));
    deser.addDeserializer(ValidationReport.class, new ResultDeserializer<>(ValidationReport.class, fromDataset));
    deser.addDeserializer(Violation.class, new ResultDeserializer<>(Violation.class, fromDataset));
  }
}
