package io.github.scosdk.model.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A path from a record to one of its attributes, in the names of the model's accessors, such as
 * {@code participants[2].state} ({@code meeting.participants().get(2).state()}); the empty path is the record
 * itself.
 *
 * <p>The {@code sco-dataset/1} format names every field as its accessor, so {@link #pointer()} is the same path
 * as the tail of a JSON Pointer ({@code /participants/2/state}). Immutable and thread-safe; equal by value.
 */
public final class AttributePath {

  private static final AttributePath ROOT = new AttributePath(List.of());

  /** Attribute names (String) and list positions (Integer), in order. */
  private final List<Object> steps;

  private AttributePath(List<Object> steps) {
    this.steps = steps;
  }

  /** {@return the record itself} */
  public static AttributePath root() {
    return ROOT;
  }

  /**
   * {@return the attribute of the record, such as {@code chair}}
   *
   * @param attribute an accessor name of the record, such as {@code chair}; not null
   * @throws IllegalArgumentException if the attribute is not an accessor name
   */
  public static AttributePath of(String attribute) {
    return ROOT.attribute(attribute);
  }

  /**
   * {@return the element of a list attribute of the record, such as {@code signatories[1]}}
   *
   * @param attribute the accessor name of a list attribute, such as {@code signatories}; not null
   * @param index the position of the element in the list, from 0
   * @throws IllegalArgumentException if the attribute is not an accessor name or the index is negative
   */
  public static AttributePath of(String attribute, int index) {
    return ROOT.attribute(attribute).index(index);
  }

  /**
   * The path written as a JSON Pointer tail without its first slash, such as {@code participants/2/state}: each
   * number is a list position, every other step an attribute.
   */
  static AttributePath ofPointer(String tail) {
    AttributePath path = ROOT;
    for (String step : tail.split("/", -1)) {
      path = !step.isEmpty() && step.chars().allMatch(c -> c >= '0' && c <= '9')
          ? path.index(Integer.parseInt(step))
          : path.attribute(step);
    }
    return path;
  }

  /**
   * {@return this path followed by an attribute: an accessor name, letters and digits starting with a lower-case letter}
   *
   * @param name the accessor name, such as {@code chair}; not null
   * @throws IllegalArgumentException if the name is not letters and digits starting with a lower-case letter
   */
  public AttributePath attribute(String name) {
    requireNonNull(name, "name");
    checkArgument(name.matches("[a-z][A-Za-z0-9]*"), "name: '%s' is not an accessor name", name);
    return with(name);
  }

  /**
   * {@return this path (a list attribute) followed by the position of one element, from 0}
   *
   * @param index the position of the element, from 0
   * @throws IllegalArgumentException if the index is negative or the path does not end in an attribute
   */
  public AttributePath index(int index) {
    checkArgument(index >= 0, "index: %s is negative", index);
    checkArgument(!steps.isEmpty(), "index: %s has no list attribute before it", index);
    return with(index);
  }

  private AttributePath with(Object step) {
    List<Object> next = new ArrayList<>(steps.size() + 1);
    next.addAll(steps);
    next.add(step);
    return new AttributePath(List.copyOf(next));
  }

  /** {@return the steps in order: attribute names ({@link String}) and list positions ({@link Integer}); unmodifiable} */
  public List<Object> steps() {
    return steps;
  }

  /** {@return whether this is the record itself} */
  public boolean isRoot() {
    return steps.isEmpty();
  }

  /** {@return the path as the tail of a JSON Pointer into the record, such as {@code /participants/2/state}; empty for the root} */
  public String pointer() {
    StringBuilder b = new StringBuilder();
    for (Object step : steps) {
      b.append('/').append(step);
    }
    return b.toString();
  }

  /** The path in accessor names, such as {@code participants[2].state}; empty for the root. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Object step : steps) {
      if (step instanceof Integer) {
        b.append('[').append(step).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(step);
      }
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributePath && ((AttributePath) o).steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }
}
