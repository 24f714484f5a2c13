package io.github.scosdk.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --data FILE} option that every command has: another dataset instead of the embedded one. */
final class DataOption {

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "A sco-dataset/1 JSON file to use instead of the embedded reference dataset.")
  @Nullable Path file;
}
