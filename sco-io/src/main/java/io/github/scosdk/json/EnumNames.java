package io.github.scosdk.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The JSON names of an enum's constants: the constant name in lower case ({@code COUNCIL_OF_HEADS_OF_STATE}
 * becomes {@code council_of_heads_of_state}). Immutable and thread-safe.
 */
final class EnumNames<E extends Enum<E>> {

  private final Class<E> type;
  private final E[] constants;
  private final List<E> list;
  private final SerializableString[] names;
  private final char[][] chars;
  private final Map<String, E> byName;
  private final String allowed;

  private EnumNames(Class<E> type) {
    this.type = type;
    this.constants = type.getEnumConstants();
    this.list = List.of(constants);
    this.names = new SerializableString[constants.length];
    this.chars = new char[constants.length][];
    this.byName = new HashMap<>();
    StringJoiner all = new StringJoiner(", ");
    for (E e : constants) {
      String name = e.name().toLowerCase(Locale.ROOT);
      names[e.ordinal()] = new SerializedString(name);
      chars[e.ordinal()] = name.toCharArray();
      byName.put(name, e);
      all.add(name);
    }
    this.allowed = all.toString();
  }

  static <E extends Enum<E>> EnumNames<E> of(Class<E> type) {
    return new EnumNames<>(type);
  }

  /** The constants, in declaration order. */
  List<E> constants() {
    return list;
  }

  /** What a constant is, for messages: the enum's name in lower case, such as {@code language}. */
  String noun() {
    return type.getSimpleName().toLowerCase(Locale.ROOT);
  }

  /** The JSON name of the constant. */
  SerializableString name(E constant) {
    return names[constant.ordinal()];
  }

  /** The constant with the JSON name, or null. */
  E parse(String name) {
    return byName.get(name);
  }

  /** The constant whose JSON name is the characters, or null; reads a parser's buffer without a string. */
  E parse(char[] buf, int off, int len) {
    for (int i = 0; i < constants.length; i++) {
      char[] name = chars[i];
      // names share prefixes (council_of_...): compare the last character first, then the rest
      if (name.length == len && len > 0 && name[len - 1] == buf[off + len - 1]
          && Arrays.equals(name, 0, len, buf, off, off + len)) {
        return constants[i];
      }
    }
    return null;
  }

  /** The JSON names, comma-separated, for messages. */
  String allowed() {
    return allowed;
  }
}
