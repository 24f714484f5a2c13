package io.github.scosdk.model;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.scosdk.model.internal.StableHash;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact comes from: a title, and optionally the publisher, an http(s) URL and the publication date.
 *
 * <p>The title is not blank; a URL, when present, is an absolute {@code http} or {@code https} URI. Build with
 * {@link #builder()}; instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source implements WithSource {

  /** Only the generated implementation extends it: no value can be forged outside this package. */
  Source() {}

  /** {@return the stable id, such as {@code TASS-2017}} */
  public abstract String id();

  /** {@return the title of the page or document} */
  public abstract String title();

  /** {@return who published it} */
  public abstract Optional<String> publisher();

  /** {@return its address} */
  public abstract Optional<String> url();

  /** {@return when it was published} */
  public abstract Optional<PartialDate> published();

  /**
   * Rejects a malformed value as it is built (called by the generated builder): a bad id, a blank title or publisher, a
   * URL that is not an absolute http(s) address.
   *
   * @throws IllegalArgumentException naming the field and the value that is malformed
   */
  @Value.Check
  protected void check() {
    Checks.id("id", id());
    Checks.nonBlank("title", title());
    Checks.nonBlankIfPresent("publisher", publisher());
    if (url().isPresent()) {
      checkUrl(url().get());
    }
  }

  private static void checkUrl(String url) {
    checkArgument(HttpUrls.isValid(url), "url: '%s' is not an absolute http(s) URL", url);
  }


  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; each setter and {@code build()} reject a malformed value at once. Not thread-safe. */
  public static final class Builder extends ImmutableSource.Builder {
    /** A new, empty builder; prefer {@link Source#builder()}. */
    public Builder() {}
  }

  /**
   * {@return a hash code of the value, by all its attributes as {@code equals} compares them, the same in every
   * run of the JVM (enum constants hash by their names)}
   */
  @Override
  public final int hashCode() {
    return StableHash.of(id(), title(), publisher(), url(), published());
  }
}
