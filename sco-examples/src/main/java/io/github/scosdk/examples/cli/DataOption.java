package io.github.scosdk.examples.cli;

import io.github.scosdk.model.ScoDataset;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --data FILE} option that every query has: another dataset instead of the embedded one. */
final class DataOption {

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "A sco-dataset/1 JSON file to use instead of the embedded reference dataset.")
  @Nullable Path file;

  /** The dataset the command works on. */
  ScoDataset load(Sco root) {
    return root.dataset(file);
  }
}
