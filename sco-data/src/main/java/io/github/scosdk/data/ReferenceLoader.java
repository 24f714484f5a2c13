package io.github.scosdk.data;

import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.io.InputStream;

/** Reads the embedded {@code sco-dataset/1} resource. */
final class ReferenceLoader {

  private ReferenceLoader() {}

  static ScoDataset load(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource: '" + resource + "' is missing next to " + anchor.getName());
      }
      // TODO(sco-io): parse with ScoJson once it is on main.
      throw new IllegalStateException("resource: '" + resource + "' cannot be read yet: sco-io is not on main");
    } catch (IOException e) {
      throw new IllegalStateException("resource: '" + resource + "' could not be read: " + e.getMessage(), e);
    }
  }
}
