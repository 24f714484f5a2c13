package io.github.scosdk.model;

import org.immutables.value.Value;

/**
 * A typed link from a {@link Document} to another record, such as "transfers the presidency" to a
 * {@link Presidency} or "grants a status" by a {@link StatusChange}. The target is a record id. Create with
 * {@link #of}; immutable and thread-safe.
 */
@Value.Immutable
public abstract class DocumentLink implements WithDocumentLink {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  DocumentLink() {}

  /** {@return what the link means} */
  @Value.Parameter
  public abstract LinkType type();

  /** {@return the id of the linked record} */
  @Value.Parameter
  public abstract String target();

  @Value.Check
  protected void check() {
    Checks.id("target", target());
  }

  /** {@return a link} @throws IllegalArgumentException if the target is not a valid id */
  public static DocumentLink of(LinkType type, String target) {
    return ImmutableDocumentLink.of(type, target);
  }
}
