package io.github.scosdk.json;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every codec (the dataset's, then those of {@link Format}), and the look-up of the codec for a type or value. */
final class Codecs {

  static final List<Codec<?, ?>> ALL =
      Stream.concat(Stream.of(DatasetCodec.CODEC), Format.ALL.stream()).collect(Collectors.toUnmodifiableList());

  private static final Map<Class<?>, Codec<?, ?>> BY_TYPE =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Codec::type, Function.identity()));

  private Codecs() {}

  /**
   * The codec for the type.
   *
   * @throws IllegalArgumentException if the type is not one of the model types the format covers
   */
  @SuppressWarnings("unchecked")
  static <T> Codec<T, ?> forType(Class<T> type) {
    Codec<?, ?> c = BY_TYPE.get(type);
    if (c == null) {
      throw new IllegalArgumentException("type: " + type.getName() + " is not a type of the sco-dataset/1 format");
    }
    return (Codec<T, ?>) c;
  }

  /**
   * The codec for the value's type (a generated implementation class maps to its abstract type).
   *
   * @throws IllegalArgumentException if the value is not of a model type the format covers
   */
  @SuppressWarnings("unchecked")
  static <T> Codec<T, ?> forValue(T value) {
    for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
      Codec<?, ?> codec = BY_TYPE.get(c);
      if (codec != null) {
        return (Codec<T, ?>) codec;
      }
    }
    throw new IllegalArgumentException(
        "value: a " + value.getClass().getName() + " is not a type of the sco-dataset/1 format");
  }
}
