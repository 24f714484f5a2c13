package io.github.scosdk.data;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads an embedded dataset resource (the compact form, or the {@code sco-dataset/1} JSON with the strict
 * {@link ScoJson} reader) and checks that its bytes are the ones the build recorded (SHA-256).
 *
 * <p>In a fresh JVM, hashing the resource costs a good part of reading it (the digest runs interpreted until it
 * is compiled), so the hash is computed on a second thread while this one parses; a dataset
 * is returned only after the hash matched, and a resource that is not the recorded one is reported as shadowed
 * whether or not it also fails to parse, as when the check ran first.
 */
final class ReferenceLoader {

  private ReferenceLoader() {}

  /** How a resource's bytes become a dataset. */
  interface Form {
    /**
     * {@return the dataset the bytes hold}
     *
     * @throws Exception if they hold none; its message goes into the loader's
     */
    ScoDataset read(byte[] bytes) throws Exception;
  }

  /**
   * Reads the JSON resource next to the anchor class.
   *
   * @param expectedSha256 the lower-case hexadecimal SHA-256 the resource must have, or null to skip the check
   * @throws IllegalStateException if the resource is missing, is not the one recorded at build time (another
   *     class-path entry shadows it), or is not a valid {@code sco-dataset/1} document
   */
  static ScoDataset load(Class<?> anchor, String resource, String expectedSha256) {
    return load(anchor, resource, expectedSha256, bytes -> ScoJson.standard().readDataset(bytes));
  }

  /**
   * Reads the resource next to the anchor class in the given form, provided it is found where the anchor class
   * itself was loaded from (the same jar or directory, the same package): a resource of the same name that an
   * earlier class-path entry supplies is rejected without reading a byte of it. The resource is the one this
   * build wrote beside the class; its bytes were checked when they were written (the tests of sco-data). Whether
   * they are still those bytes is for the form to check (the compact form records its payload's CRC-32): the class
   * loader does not, since a jar entry read through {@code ZipFile} (as every class loader of the JDK reads one) is
   * not checked against the entry's CRC &mdash; one flipped byte in a stored or deflated entry reads back altered,
   * without an error, where {@code ZipInputStream} refuses it (tried on JDK 17) &mdash; and a class directory has
   * no CRC at all.
   *
   * @throws IllegalStateException if the resource is missing, is found elsewhere than beside the class (another
   *     class-path entry shadows it), or does not hold a valid dataset in that form (for the compact form: also if
   *     its payload is not the one whose CRC-32 was recorded when it was written; the message names the resource
   *     and gives both CRC-32s)
   */
  static ScoDataset loadBeside(Class<?> anchor, String resource, Form form) {
    URL url = anchor.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("resource: '" + resource + "' is missing next to " + anchor.getName());
    }
    URL own = anchor.getResource(anchor.getSimpleName() + ".class");
    if (own != null && !directory(url).equals(directory(own))) {
      throw new IllegalStateException(
          "resource: '" + resource + "' is not the one this build of sco-data embedded (found at " + url
              + ", not beside " + own + "); a resource of the same name earlier on the class path shadows it");
    }
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("resource: '" + resource + "' could not be read: " + e.getMessage(), e);
    }
    return parse(resource, bytes, form);
  }

  /** {@return the address up to its last slash: the jar entry's or file's directory} */
  private static String directory(URL url) {
    String s = url.toString();
    return s.substring(0, s.lastIndexOf('/') + 1);
  }

  /**
   * Reads the resource next to the anchor class in the given form.
   *
   * @param expectedSha256 the lower-case hexadecimal SHA-256 the resource must have, or null to skip the check
   * @throws IllegalStateException if the resource is missing, is not the one recorded at build time (another
   *     class-path entry shadows it), or does not hold a valid dataset in that form
   */
  static ScoDataset load(Class<?> anchor, String resource, String expectedSha256, Form form) {
    byte[] bytes;
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource: '" + resource + "' is missing next to " + anchor.getName());
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("resource: '" + resource + "' could not be read: " + e.getMessage(), e);
    }
    if (expectedSha256 == null) {
      return parse(resource, bytes, form);
    }
    FutureTask<String> digest = new FutureTask<>(() -> sha256(bytes));
    if (!startDaemon(digest)) {
      digest.run();
    }
    ScoDataset dataset = null;
    IllegalStateException unreadable = null;
    try {
      dataset = parse(resource, bytes, form);
    } catch (IllegalStateException e) {
      unreadable = e;
    }
    String actual = result(digest);
    if (!actual.equals(expectedSha256)) {
      throw new IllegalStateException(
          "resource: '" + resource + "' is not the dataset this build of sco-data embedded (SHA-256 " + actual
              + ", recorded " + expectedSha256 + "); a resource of the same name earlier on the class path"
              + " shadows it");
    }
    if (unreadable != null) {
      throw unreadable;
    }
    return dataset;
  }

  private static ScoDataset parse(String resource, byte[] bytes, Form form) {
    try {
      return form.read(bytes);
    } catch (Exception e) {
      // the JSON reader's ScoJsonException, the compact form's IOException or a builder's rejection
      throw new IllegalStateException("resource: '" + resource + "' could not be read: " + e.getMessage(), e);
    }
  }

  /** Runs the task on a new daemon thread; false if no thread could be started (the caller then runs it). */
  private static boolean startDaemon(Runnable task) {
    try {
      Thread t = new Thread(task, "sco-reference-checksum");
      t.setDaemon(true);
      t.start();
      return true;
    } catch (OutOfMemoryError | SecurityException e) {
      // no thread to be had ("unable to create native thread", a restricted environment): hash on this one
      return false;
    }
  }

  /** The digest's value, waiting for it; an interrupt is kept for the caller and the digest finished here. */
  private static String result(FutureTask<String> digest) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return digest.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("SHA-256 of the resource failed", cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
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
