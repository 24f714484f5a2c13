package io.github.scosdk.data;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoJsonException;
import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Reads the embedded {@code sco-dataset/1} resource with the strict {@link ScoJson} reader, after checking that
 * its bytes are the ones the build recorded (SHA-256).
 */
final class ReferenceLoader {

  private ReferenceLoader() {}

  /**
   * Reads the resource next to the anchor class.
   *
   * @param expectedSha256 the lower-case hexadecimal SHA-256 the resource must have, or null to skip the check
   * @throws IllegalStateException if the resource is missing, is not the one recorded at build time (another
   *     class-path entry shadows it), or is not a valid {@code sco-dataset/1} document
   */
  static ScoDataset load(Class<?> anchor, String resource, String expectedSha256) {
    byte[] bytes;
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource: '" + resource + "' is missing next to " + anchor.getName());
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("resource: '" + resource + "' could not be read: " + e.getMessage(), e);
    }
    if (expectedSha256 != null) {
      String actual = sha256(bytes);
      if (!actual.equals(expectedSha256)) {
        throw new IllegalStateException(
            "resource: '" + resource + "' is not the dataset this build of sco-data embedded (SHA-256 " + actual
                + ", recorded " + expectedSha256 + "); a resource of the same name earlier on the class path"
                + " shadows it");
      }
    }
    try {
      return ScoJson.standard().readDataset(bytes);
    } catch (ScoJsonException e) {
      throw new IllegalStateException("resource: '" + resource + "' could not be read: " + e.getMessage(), e);
    }
  }

  /** {@return the lower-case hexadecimal SHA-256 of the bytes} */
  static String sha256(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must support SHA-256 (MessageDigest's javadoc)
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
