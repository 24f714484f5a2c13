package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.regex.Pattern;

/** Argument checks shared by the value types; each failure names the field and the value. */
final class Checks {

  /**
   * What an id is: 1 to 200 characters, letters, digits, and {@code . _ : -} after the first character. The
   * definition; builders use {@link #isId}, the same test without a matcher, held equal to it by ChecksTest.
   * In a holder class, so that the first record built does not compile a regular expression nobody uses.
   */
  static final class Definition {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

    private Definition() {}
  }

  private static final int SMALL = 16;

  private Checks() {}

  static void id(String field, String value) {
    if (!isId(value)) {
      checkArgument(false, "%s: '%s' is not a valid id (letters, digits, . _ : -)", field, value);
    }
  }

  /**
   * What {@link Definition#ID} matches, without a matcher: ids are checked for every record built or read, and the scan
   * builds 1,000 sources in about a tenth of the matcher's time (FastPathBenchmark.buildSources).
   */
  static boolean isId(String value) {
    int n = value.length();
    if (n < 1 || n > 200 || !isAlphanumeric(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!isAlphanumeric(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static void ids(String field, Collection<String> values) {
    for (String v : values) {
      id(field, v);
    }
  }

  /**
   * Rejects text with no visible character (only whitespace, space separators such as U+00A0 or U+202F, format
   * characters such as the zero-width space U+200B or the byte order mark U+FEFF, and controls) and text holding
   * NUL anywhere. Other controls inside visible text, such as ESC, are accepted: output escapes them.
   */
  /**
   * {@link #nonBlank} on the value if there is one. A plain method rather than {@code value.ifPresent(v -> ...)} at
   * each call: every such lambda is a class the JVM spins at its first use, about 60 of them on the path of a first
   * dataset built in a fresh JVM (issue 17).
   */
  static void nonBlankIfPresent(String field, java.util.Optional<String> value) {
    if (value.isPresent()) {
      nonBlank(field, value.get());
    }
  }

  /** {@link #id} on the value if there is one (see {@link #nonBlankIfPresent}). */
  static void idIfPresent(String field, java.util.Optional<String> value) {
    if (value.isPresent()) {
      id(field, value.get());
    }
  }

  static void nonBlank(String field, String value) {
    if (value.indexOf('\0') >= 0) {
      checkArgument(false, "%s: must not contain NUL, was '%s'", field, escaped(value));
    }
    if (!hasVisibleCharacter(value)) {
      checkArgument(false, "%s: must not be blank, was '%s'", field, escaped(value));
    }
  }

  private static boolean hasVisibleCharacter(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!isInvisible(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private static boolean isInvisible(int c) {
    if (c > ' ' && c < 0x7F) {
      return false; // printable ASCII, the usual first character: no look-up in the Unicode tables
    }
    int type = Character.getType(c);
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || type == Character.FORMAT
        || type == Character.CONTROL;
  }

  /**
   * {@return the value for a message: every invisible character other than ASCII white space (which reads as
   * itself) written as {@code \}{@code uXXXX}, so that U+00A0 or U+200B can be told from nothing}
   */
  static String escaped(String value) {
    StringBuilder b = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isInvisible(c) && !isAsciiWhitespace(c)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isAsciiWhitespace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  static void noDuplicates(String field, Collection<?> values) {
    if (values.size() < 2) {
      return;
    }
    if (values.size() <= SMALL && values instanceof List && values instanceof RandomAccess) {
      // the usual short list: compare pairs rather than fill a hash set; reports the same first repeat
      List<?> list = (List<?>) values;
      for (int i = 1; i < list.size(); i++) {
        Object v = list.get(i);
        for (int j = 0; j < i; j++) {
          Object w = list.get(j);
          if (v == w || v.equals(w)) {
            checkArgument(false, "%s: duplicate value '%s'", field, v);
          }
        }
      }
      return;
    }
    if (allComparable(values)) {
      // sorted, not hashed: String hash codes are the input's to choose, and a HashSet of colliding strings
      // costs a tree search per value (about 30 times a random list's time); sorting does not care
      Object[] sorted = values.toArray();
      Arrays.sort(sorted);
      for (int i = 1; i < sorted.length; i++) {
        if (sorted[i - 1].equals(sorted[i])) {
          noDuplicates(field, List.copyOf(values), naturalOrder()); // names the first repeat in list order
        }
      }
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (Object v : values) {
      checkArgument(seen.add(v), "%s: duplicate value '%s'", field, v);
    }
  }

  private static boolean allComparable(Collection<?> values) {
    Class<?> type = null;
    for (Object v : values) {
      Class<?> c = v.getClass();
      if (type == null) {
        if (!(v instanceof Comparable)) {
          return false;
        }
        type = c;
      } else if (c != type) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<Object> naturalOrder() {
    return (Comparator) Comparator.naturalOrder();
  }

  /**
   * The same check and message as {@link #noDuplicates(String, Collection)} for values whose {@code hashCode} the
   * input controls and that are not {@link Comparable} (a {@link java.util.HashSet} degrades to a linear scan per
   * value when such hash codes collide): sorts positions by {@code order}, which must agree with {@code equals},
   * so the check is O(n log n) whatever the hash codes. Reports the first value, in list order, that repeats an
   * earlier one.
   */
  static <T> void noDuplicates(String field, List<T> values, Comparator<? super T> order) {
    int n = values.size();
    if (n <= SMALL) {
      noDuplicates(field, values);
      return;
    }
    Integer[] positions = new Integer[n];
    for (int i = 0; i < n; i++) {
      positions[i] = i;
    }
    Comparator<Integer> byValue = (a, b) -> order.compare(values.get(a), values.get(b));
    Arrays.sort(positions, byValue.thenComparing(Comparator.naturalOrder()));
    int firstRepeat = n;
    for (int i = 1; i < n; i++) {
      if (byValue.compare(positions[i - 1], positions[i]) == 0) {
        firstRepeat = Math.min(firstRepeat, positions[i]);
      }
    }
    if (firstRepeat < n) {
      checkArgument(false, "%s: duplicate value '%s'", field, values.get(firstRepeat));
    }
  }

  static void sources(Collection<String> sources) {
    ids("sources", sources);
    noDuplicates("sources", sources);
  }
}
