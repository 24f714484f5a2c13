package io.github.scosdk.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON documents the sweep mutates: the reference dataset of {@code sco-data} (the resource that
 * {@code ScoReference} loads: the whole sourced SCO history, about 170 KB) and sco-io's golden example (a
 * 9 KB excerpt of it in the writer's exact output, kept in {@code src/test/resources/reference/}).
 */
enum ReferenceJson {
  /** The embedded reference dataset of sco-data. */
  REFERENCE("/io/github/scosdk/data/sco-reference.json"),
  /** sco-io's golden example ({@code docs/json-format.md}). */
  GOLDEN("/reference/example-dataset.json");

  private final String resource;

  ReferenceJson(String resource) {
    this.resource = resource;
  }

  /** The bytes of the document (UTF-8). */
  byte[] bytes() {
    try (InputStream in = ReferenceJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
