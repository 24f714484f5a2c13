package io.github.scosdk.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The dataset options that every command has: {@code --data FILE}, another dataset instead of the embedded one, and
 * {@code --overlay FILE} (repeatable), newer facts laid over the dataset in use, in the order given.
 */
final class DataOption {

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "A sco-dataset/1 JSON file to use instead of the embedded reference dataset.")
  @Nullable Path file;

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description = "A sco-dataset/1 JSON file of newer facts laid over the dataset in use: its records replace those"
          + " with the same id and add the rest; its horizon (asOfDate) counts if later. Repeatable, applied in order.")
  List<Path> overlays = new ArrayList<>();
}
