package io.github.scosdk.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output as the {@code sco} command writes it, whatever the locale: JSON and CSV always in
 * UTF-8, text (and picocli's help) in UTF-8 unless the user names another charset with the system property
 * {@value #TEXT_ENCODING}. Commands write their answer as bytes to {@link #bytes()}, so that a failed write
 * reports its cause (a full disk, a closed pipe) instead of setting the error flag a {@link PrintWriter} hides.
 */
final class StandardOutput extends PrintWriter {

  /** The system property that names the charset of text output, such as {@code ISO-8859-1}; default UTF-8. */
  static final String TEXT_ENCODING = "sco.text.encoding";

  private final OutputStream bytes;
  private final Charset textCharset;

  private StandardOutput(OutputStream bytes, Charset textCharset) {
    super(new OutputStreamWriter(bytes, textCharset));
    this.bytes = bytes;
    this.textCharset = textCharset;
  }

  /** The process's standard output. @throws IllegalArgumentException if the text charset named is unknown */
  static StandardOutput stdout() {
    return new StandardOutput(new FileOutputStream(FileDescriptor.out), textCharset());
  }

  /** The process's standard error, in the text charset, flushed at each line. */
  static PrintWriter stderr() {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), textCharset()), true);
  }

  /** The charset of text output. @throws IllegalArgumentException if the charset named is unknown */
  static Charset textCharset() {
    String name = System.getProperty(TEXT_ENCODING);
    if (name == null || name.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(TEXT_ENCODING + ": unknown charset '" + name + "'", e);
    }
  }

  /** The stream under the writer; flush the writer before writing to it. */
  OutputStream bytes() {
    return bytes;
  }

  /** The charset of text output. */
  Charset charset() {
    return textCharset;
  }
}
