package io.github.scosdk.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The reference JSON that the sweep mutates: for now a copy of sco-io's golden example
 * ({@code src/test/resources/reference/example-dataset.json}, a real, sourced excerpt of the SCO history);
 * the full reference dataset of {@code sco-data} takes its place when that module lands.
 */
final class ReferenceJson {

  static final String RESOURCE = "/reference/example-dataset.json";

  private ReferenceJson() {}

  /** The bytes of the reference document (UTF-8). */
  static byte[] bytes() {
    try (InputStream in = ReferenceJson.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
