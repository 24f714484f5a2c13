package io.github.scosdk.model.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Hash codes of the value types that are the same in every run of the JVM. {@code Enum.hashCode} is the identity
 * hash, which differs from run to run, so a hash code that mixes it in (as generated ones do) does too; here an
 * enum constant hashes as its {@link Enum#name() name}'s {@link String#hashCode}, whose formula Java specifies.
 *
 * <p>The formula: {@code of(a, b, ...)} is {@code 31 * (31 * 1 + hash(a)) + hash(b) ...} as {@link
 * java.util.Arrays#hashCode(Object[])}, where {@code hash} is 0 for null; an enum constant's name's hash; an empty
 * {@link Optional} 0 and a present one the hash of its value; a {@link List} the same combination over its
 * elements; a {@link Set} the sum of its elements' hashes; a {@link Map} the sum over its entries of the key's hash
 * XOR the value's hash; anything else its own {@code hashCode} (strings, numbers, dates, and the value types, which
 * hash by this class themselves). Equal values (by the value types' {@code equals}) have equal hashes: lists compare
 * in order, sets and maps whatever their order.
 *
 * <p>Not exported: the model's own means, not part of its API.
 */
public final class StableHash {

  private StableHash() {}

  /**
   * {@return the stable hash of the parts, combined in order}
   *
   * @param parts the attributes of a value, in a fixed order; any may be null
   */
  public static int of(@Nullable Object... parts) {
    int h = 1;
    for (Object part : parts) {
      h = 31 * h + hash(part);
    }
    return h;
  }

  /**
   * {@return the hash extended by attributes added to a type after its hash codes were first recorded} An added
   * attribute that is absent (null, or an empty {@link Optional}) leaves the hash as it was, so a value without it
   * keeps the hash code it had before the attribute existed; a present one combines as in {@link #of}. A value type
   * that gains an optional attribute hashes as {@code added(of(old attributes...), newAttribute)}.
   *
   * @param hash the hash of the attributes the type had before, from {@link #of}
   * @param added the attributes added since, in a fixed order; any may be null
   */
  public static int added(int hash, @Nullable Object... added) {
    int h = hash;
    for (Object part : added) {
      if (part != null && !Optional.empty().equals(part)) {
        h = 31 * h + hash(part);
      }
    }
    return h;
  }

  /**
   * {@return the stable hash of one attribute value}
   *
   * @param value an attribute value, possibly null
   */
  public static int hash(@Nullable Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof Enum) {
      return ((Enum<?>) value).name().hashCode();
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(StableHash::hash).orElse(0);
    }
    if (value instanceof List) {
      int h = 1;
      for (Object e : (List<?>) value) {
        h = 31 * h + hash(e);
      }
      return h;
    }
    if (value instanceof Set) {
      int h = 0;
      for (Object e : (Set<?>) value) {
        h += hash(e);
      }
      return h;
    }
    if (value instanceof Map) {
      int h = 0;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        h += hash(e.getKey()) ^ hash(e.getValue());
      }
      return h;
    }
    return value.hashCode();
  }
}
