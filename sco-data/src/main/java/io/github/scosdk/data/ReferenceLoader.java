package io.github.scosdk.data;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoJsonException;
import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads the embedded {@code sco-dataset/1} resource with the strict {@link ScoJson} reader and checks that its
 * bytes are the ones the build recorded (SHA-256).
 *
 * <p>In a fresh JVM, hashing the 350 kB resource costs about as much as a fifth of reading it (the digest runs
 * interpreted until it is compiled), so the hash is computed on a second thread while this one parses; a dataset
 * is returned only after the hash matched, and a resource that is not the recorded one is reported as shadowed
 * whether or not it also fails to parse, as when the check ran first.
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
    if (expectedSha256 == null) {
      return parse(resource, bytes);
    }
    FutureTask<String> digest = new FutureTask<>(() -> sha256(bytes));
    if (!startDaemon(digest)) {
      digest.run();
    }
    ScoDataset dataset = null;
    IllegalStateException unreadable = null;
    try {
      dataset = parse(resource, bytes);
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

  private static ScoDataset parse(String resource, byte[] bytes) {
    try {
      return ScoJson.standard().readDataset(bytes);
    } catch (ScoJsonException e) {
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
