package io.github.scosdk.examples;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.json.ScoJson;
import io.github.scosdk.json.ScoJsonException;
import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Example: write a dataset as {@code sco-dataset/1} JSON and read it back, and see how the strict reader
 * reports a fault.
 *
 * <p>The writer is deterministic (the same dataset always gives the same bytes) and reading what it wrote gives
 * an equal dataset. The reader accepts nothing half-built: an unknown property, a wrong type or a bad value
 * throws {@link ScoJsonException} with the JSON Pointer, line and column of the fault.
 */
public final class ReadAndWriteJson {

  /** A document whose only state has a code that ISO 3166-1 does not assign. */
  static final String BROKEN =
      "{\n  \"format\": \"sco-dataset/1\",\n  \"states\": [\n    {\"code\": \"XX\", \"nameEn\": \"Nowhere\"}\n  ]\n}\n";

  private ReadAndWriteJson() {}

  /**
   * Writes the reference dataset to a temporary file, reads it back, then reads a broken document.
   *
   * @param args not used
   * @throws IOException if the temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path file = Files.createTempFile("sco-reference", ".json");
    try {
      run(ScoReference.dataset(), file, System.out);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  static void run(ScoDataset data, Path file, PrintStream out) {
    ScoJson json = ScoJson.standard();
    json.write(data, file);
    ScoDataset back = json.readDataset(file);
    out.println("Wrote " + size(file) + " bytes to " + file.getFileName() + "; read back "
        + (back.equals(data) ? "an equal dataset" : "a DIFFERENT dataset"));
    out.println("Writing again gives the same bytes: " + json.toJson(back).equals(json.toJson(data)));
    try {
      json.readDataset(BROKEN);
      out.println("The broken document was accepted");
    } catch (ScoJsonException e) {
      out.println("Rejected: " + e.reason());
      out.println("  at " + e.pointer() + ", line " + e.line() + ", column " + e.column());
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
