package io.github.scosdk.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json|csv} option of every query command. */
final class FormatOption {

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text, json or csv; default: ${DEFAULT-VALUE}.")
  Format format = Format.text;
}
