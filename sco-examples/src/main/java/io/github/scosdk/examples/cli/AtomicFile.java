package io.github.scosdk.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once: the content goes to a new temporary file in the same directory, is forced to the
 * disk, and is then moved over the target in one atomic rename. The target holds either its old content or the
 * whole new content (with the old file's permissions), never part of it; on any failure the temporary file is
 * deleted and the old file is left as it was. A target that exists but may not be written is refused, as writing
 * it in place would be.
 */
final class AtomicFile {

  /** Writes the content to a stream; may fail part way. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /** Replaces the target with the bytes. */
  static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Replaces the target with what the content writes. A symbolic link is followed (the file it names is
   * replaced); a target that is not a regular file, such as {@code /dev/stdout} or a named pipe, cannot be
   * replaced and is written in place.
   */
  static void write(Path target, Content content) throws IOException {
    if (Files.isDirectory(target)) {
      throw new FileSystemException(target.toString(), null, "it is a directory");
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw new AccessDeniedException(target.toString());
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      try (OutputStream out = Files.newOutputStream(target)) {
        content.writeTo(out);
      }
      return;
    }
    boolean existed = Files.exists(target);
    Path real = existed ? target.toRealPath() : target.toAbsolutePath();
    String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
    Path temp = real.resolveSibling("." + real.getFileName() + "." + random + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (existed) {
        keepPermissions(real, temp);
      }
      move(temp, real);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** The replacement keeps the old file's POSIX permissions (a private file stays private). */
  private static void keepPermissions(Path from, Path to) throws IOException {
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the new file has the default permissions
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // a file system without atomic rename: the best it offers, still never a half-written target
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
