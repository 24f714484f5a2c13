package io.github.scosdk.data;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoJsonException;
import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.io.InputStream;

/** Reads the embedded {@code sco-dataset/1} resource with the strict {@link ScoJson} reader. */
final class ReferenceLoader {

  private ReferenceLoader() {}

  /**
   * Reads the resource next to the anchor class.
   *
   * @throws IllegalStateException if the resource is missing or not a valid {@code sco-dataset/1} document
   */
  static ScoDataset load(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource: '" + resource + "' is missing next to " + anchor.getName());
      }
      return ScoJson.standard().readDataset(in);
    } catch (IOException | ScoJsonException e) {
      throw new IllegalStateException("resource: '" + resource + "' could not be read: " + e.getMessage(), e);
    }
  }
}
