package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Argument checks shared by the value types; each failure names the field and the value. */
final class Checks {

  /** Ids are 1 to 200 characters: letters, digits, and {@code . _ : -} after the first character. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

  private Checks() {}

  static void id(String field, String value) {
    checkArgument(ID.matcher(value).matches(), "%s: '%s' is not a valid id (letters, digits, . _ : -)", field, value);
  }

  static void ids(String field, Collection<String> values) {
    for (String v : values) {
      id(field, v);
    }
  }

  static void nonBlank(String field, String value) {
    checkArgument(!value.isBlank(), "%s: must not be blank, was '%s'", field, value);
  }

  static void noDuplicates(String field, Collection<?> values) {
    Set<Object> seen = new HashSet<>();
    for (Object v : values) {
      checkArgument(seen.add(v), "%s: duplicate value '%s'", field, v);
    }
  }

  static void sources(Collection<String> sources) {
    ids("sources", sources);
    noDuplicates("sources", sources);
  }
}
