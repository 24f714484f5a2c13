package io.github.scosdk.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/** What the subcommands share: the injected parent and output, and plain descriptions of I/O failures. */
final class Commands {

  private Commands() {}

  static Sco root(@Nullable Sco sco) {
    if (sco == null) {
      throw new IllegalStateException("sco: the parent command was not injected; run through Sco.commandLine");
    }
    return sco;
  }

  static PrintWriter out(@Nullable CommandSpec spec) {
    if (spec == null) {
      throw new IllegalStateException("spec: not injected; run through Sco.commandLine");
    }
    return spec.commandLine().getOut();
  }

  static <T> T required(@Nullable T value, String option) {
    if (value == null) {
      throw new BadInputException("missing required option " + option);
    }
    return value;
  }

  /** "no such file", "permission denied": what went wrong, without the Java class name. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : Sco.oneLine(m);
  }
}
