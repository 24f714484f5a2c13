package io.github.scosdk.json;

import io.github.scosdk.model.ChairPrediction;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoSnapshot;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.rules.ValidationReport;
import io.github.scosdk.model.rules.Violation;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module that maps every type of the SCO model to its {@code sco-dataset/1} JSON form, for use with
 * an {@code ObjectMapper}: {@code JsonMapper.builder().addModule(new ScoModule()).build()}, or found through
 * {@link java.util.ServiceLoader} by {@code findAndAddModules()}.
 *
 * <p>It registers the same hand-written streaming serializers and deserializers that {@link ScoJson} uses, for
 * the dataset, every record and part, {@link PartialDate}, {@link StateCode} and the model's enums (as
 * lower_snake_case strings), and writes the query results {@code ScoSnapshot}, {@code ChairPrediction},
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
    for (Codec<?> codec : Codecs.ALL) {
      register(codec, serializers, deserializers);
    }
    serializers.addSerializer(PartialDate.class, new ScalarAdapters.PartialDateSerializer());
    addDeserializer(deserializers, PartialDate.class, new ScalarAdapters.PartialDateDeserializer());
    serializers.addSerializer(StateCode.class, new ScalarAdapters.StateCodeSerializer());
    addDeserializer(deserializers, StateCode.class, new ScalarAdapters.StateCodeDeserializer());
    for (EnumNames<?> names : ModelEnums.ALL) {
      registerEnum(names, serializers, deserializers);
    }
    registerResults(serializers, deserializers);
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void register(Codec<T> codec, SimpleSerializers ser, SimpleDeserializers deser) {
    ser.addSerializer(codec.type(), new CodecSerializer<>(codec));
    addDeserializer(deser, codec.type(), new CodecDeserializer<>(codec));
  }

  private static <E extends Enum<E>> void registerEnum(
      EnumNames<E> names, SimpleSerializers ser, SimpleDeserializers deser) {
    ser.addSerializer(names.type(), new ScalarAdapters.EnumSerializer<>(names));
    addDeserializer(deser, names.type(), new ScalarAdapters.EnumDeserializer<>(names));
  }

  /** Reading faults surface as Jackson exceptions inside databind (see {@link JacksonFaultDeserializer}). */
  private static <T> void addDeserializer(
      SimpleDeserializers deser, Class<T> type, ValueDeserializer<T> d) {
    deser.addDeserializer(type, new JacksonFaultDeserializer<>(type, d));
  }

  /** The query results: written completely, refused when read (they are computed, not stored). */
  private static void registerResults(SimpleSerializers ser, SimpleDeserializers deser) {
    ser.addSerializer(ScoSnapshot.class, new SnapshotSerializer());
    ser.addSerializer(ChairPrediction.class, new ChairPredictionSerializer());
    ser.addSerializer(ValidationReport.class, new ValidationReportSerializer());
    ser.addSerializer(Violation.class, new ViolationSerializer());
    String fromDataset = "read the ScoDataset and ask it (asOf, predictNextChair) or the Validator";
    deser.addDeserializer(ScoSnapshot.class, new ResultDeserializer<>(ScoSnapshot.class, fromDataset));
    deser.addDeserializer(ChairPrediction.class, new ResultDeserializer<>(ChairPrediction.class, fromDataset));
    deser.addDeserializer(ValidationReport.class, new ResultDeserializer<>(ValidationReport.class, fromDataset));
    deser.addDeserializer(Violation.class, new ResultDeserializer<>(Violation.class, fromDataset));
  }
}
