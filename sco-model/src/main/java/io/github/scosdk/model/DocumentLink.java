package io.github.scosdk.model;

import io.github.scosdk.model.internal.StableHash;
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

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a target that is not a valid id.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.id("target", target());
  }

  /**
   * {@return a link}
   *
   * @param type what the link means, such as transferring the presidency or granting a status; not null
   * @param target the id of the linked record (a presidency term, a status change, an initiative, ...)
   * @throws IllegalArgumentException if the target is not a valid id
   */
  public static DocumentLink of(LinkType type, String target) {
    return ImmutableDocumentLink.of(type, target);
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(type(), target());
  }
}
