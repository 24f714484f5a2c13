package io.github.scosdk.examples.cli;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoJsonException;
import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where a command's dataset comes from: a {@code sco-dataset/1} file given on the command line, or else the
 * default dataset (the embedded reference dataset; tests pass a small one), with any overlay files laid over it. Every failure to read a file is one
 * plain line.
 */
final class DatasetSource {

  private final Supplier<ScoDataset> fallback;

  DatasetSource(Supplier<ScoDataset> fallback) {
    this.fallback = fallback;
  }

  /**
   * The dataset in the file, or the default one when no file is given.
   *
   * @throws BadInputException if the file is missing, not readable, not valid JSON or not a valid
   *     {@code sco-dataset/1} document; the message names the file and, for JSON faults, the JSON Pointer, line
   *     and column
   */
  ScoDataset load(@Nullable Path file) {
    return file == null ? fallback.get() : read(file);
  }

  /**
   * The dataset in the file (or the default one), with each overlay file laid over it in order
   * ({@link ScoDataset#overlay(ScoDataset)}). Every overlay file is read before any is applied.
   *
   * @throws BadInputException as {@link #load(Path)}, for the file or any overlay file
   */
  ScoDataset load(@Nullable Path file, List<Path> overlays) {
    List<ScoDataset> newer = new ArrayList<>();
    for (Path overlay : overlays) {
      newer.add(read(overlay));
    }
    ScoDataset result = load(file);
    for (ScoDataset n : newer) {
      result = result.overlay(n).dataset();
    }
    return result;
  }

  private static ScoDataset read(Path file) {
    if (Files.isDirectory(file)) {
      throw new BadInputException("cannot read " + TerminalText.quoted(file) + ": it is a directory");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return ScoJson.standard().readDataset(in);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + TerminalText.quoted(file) + ": " + Output.describe(e), e);
    } catch (ScoJsonException e) {
      // the message names the fault, the JSON Pointer, line and column
      throw new BadInputException(
          "cannot read " + TerminalText.quoted(file) + ": " + Sco.oneLine(e.getMessage()), e);
    }
  }
}
