package io.github.scosdk.tables;

import java.util.Locale;

/** The lower-case, hyphenated names the command line and the docs use for enum constants. */
final class Names {

  private Names() {}

  /** {@code STATE_DAY} as {@code state-day}. */
  static String hyphenated(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code DIALOGUE_PARTNER} as {@code dialogue_partner}, as the JSON format writes enum values. */
  static String snake(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant with the hyphenated name.
   *
   * @throws IllegalArgumentException naming the field, the value and the accepted names
   */
  static <E extends Enum<E>> E parse(Class<E> type, String field, String text, java.util.function.Function<E, String> name) {
    StringBuilder accepted = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      if (name.apply(e).equals(text)) {
        return e;
      }
      accepted.append(accepted.length() == 0 ? "" : ", ").append(name.apply(e));
    }
    throw new IllegalArgumentException(field + ": unknown " + field + " '" + text + "' (one of: " + accepted + ")");
  }
}
