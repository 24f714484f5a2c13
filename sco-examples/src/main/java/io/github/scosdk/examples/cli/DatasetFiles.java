package io.github.scosdk.examples.cli;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoJsonException;
import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a {@code sco-dataset/1} file given on the command line, turning every failure into one plain line. */
final class DatasetFiles {

  private DatasetFiles() {}

  /**
   * The dataset in the file.
   *
   * @throws BadInputException if the file is missing, not readable, not UTF-8, not valid JSON or not a valid
   *     {@code sco-dataset/1} document; the message names the file and, for JSON faults, the JSON Pointer, line
   *     and column
   */
  static ScoDataset read(Path file) {
    if (Files.isDirectory(file)) {
      throw new BadInputException("cannot read '" + file + "': it is a directory");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new BadInputException("cannot read '" + file + "': not UTF-8 text", e);
    } catch (IOException e) {
      throw new BadInputException("cannot read '" + file + "': " + Commands.describe(e), e);
    }
    try {
      return ScoJson.read(text);
    } catch (ScoJsonException e) {
      throw new BadInputException(
          "cannot read '" + file + "': " + Sco.oneLine(e.getMessage()) + where(e), e);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      // a model builder rejected a value that the reader let through
      throw new BadInputException("cannot read '" + file + "': " + Sco.oneLine(e.getMessage()), e);
    }
  }

  private static String where(ScoJsonException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    StringBuilder b = new StringBuilder();
    if (!e.pointer().isEmpty() && !m.contains(e.pointer())) {
      b.append(" at ").append(e.pointer());
    }
    if (e.line() > 0 && !m.contains("line " + e.line())) {
      b.append(b.length() == 0 ? " at" : ",").append(" line ").append(e.line()).append(", column ").append(e.column());
    }
    return b.toString();
  }
}
