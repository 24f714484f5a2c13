package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code that identifies a state, such as {@code CN} or {@code KG}.
 *
 * <p>Only codes officially assigned by ISO 3166-1 are accepted (as known to the running JDK); user-assigned
 * codes such as {@code XK} and reserved or malformed strings are rejected. Codes are upper case; {@link #of}
 * accepts any case. {@link #toString()} is the code itself and {@code of(toString())} round-trips.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StateCode implements Comparable<StateCode> {

  // a JDK set: Guava's ImmutableSet and its builders were about 15 classes loaded for this one set (issue 17)
  private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

  private final String code;

  private StateCode(String code) {
    this.code = code;
  }

  /**
   * Returns the code for the given text.
   *
   * @param code the alpha-2 code, any case, not null
   * @return the state code
   * @throws IllegalArgumentException if the text is not an assigned ISO 3166-1 alpha-2 code
   */
  public static StateCode of(String code) {
    requireNonNull(code, "code");
    checkArgument(
        isAsciiLetters(code) && ASSIGNED.contains(code.toUpperCase(Locale.ROOT)),
        "code: '%s' is not an assigned ISO 3166-1 alpha-2 code",
        code);
    return new StateCode(code.toUpperCase(Locale.ROOT));
  }

  private static boolean isAsciiLetters(String s) {
    if (s.length() != 2) {
      return false;
    }
    for (int i = 0; i < 2; i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return whether the text is an assigned ISO 3166-1 alpha-2 code (any case)}
   *
   * @param code the text to test; {@code null} gives {@code false}
   */
  public static boolean isAssigned(String code) {
    return code != null && isAsciiLetters(code) && ASSIGNED.contains(code.toUpperCase(Locale.ROOT));
  }

  /** {@return the two upper-case letters} */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(StateCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateCode && ((StateCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
