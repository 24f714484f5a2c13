package io.github.scosdk.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where a command's answer goes, checked: standard output (UTF-8 for JSON and CSV; text in the text charset) or a
 * file given with {@code --out}, replaced atomically. A write that fails is a {@link BadInputException} naming the
 * target and the cause, so that the command exits non-zero with one line and never reports success over a
 * truncated answer.
 */
final class Output {

  /** The {@code --out} value that means standard output. */
  static final String STDOUT = "-";

  private Output() {}

  /** Prints text output (for people), with every terminal control character from the data escaped. */
  static void text(PrintWriter out, String text) {
    print(out, TerminalText.escapeKeepingLines(text), true);
  }

  /** Prints machine output (JSON, CSV, SVG) as UTF-8, exactly. */
  static void data(PrintWriter out, String data) {
    print(out, data, false);
  }

  /**
   * Writes machine output to the {@code --out} file, replacing it atomically, then says so in one line; with no
   * file or {@value #STDOUT}, prints it instead.
   */
  static void save(PrintWriter stdout, @Nullable Path out, String data, Supplier<String> summary) {
    if (out == null || out.toString().equals(STDOUT)) {
      data(stdout, data.endsWith("\n") ? data : data + "\n");
      return;
    }
    try {
      AtomicFile.write(out, data.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BadInputException("cannot write " + TerminalText.quoted(out) + ": " + describe(e), e);
    }
    text(stdout, "Wrote " + TerminalText.escape(out.toString()) + " (" + summary.get() + ").\n");
  }

  private static void print(PrintWriter out, String s, boolean text) {
    if (out instanceof StandardOutput) {
      StandardOutput stdout = (StandardOutput) out;
      stdout.flush();
      try {
        stdout.bytes().write(s.getBytes(text ? stdout.charset() : StandardCharsets.UTF_8));
        stdout.bytes().flush();
      } catch (IOException e) {
        throw new BadInputException("cannot write standard output: " + describe(e), e);
      }
      return;
    }
    out.print(s);
    out.flush();
    if (out.checkError()) {
      throw new BadInputException("cannot write standard output");
    }
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
