/**
 * Runnable examples of sco-sdk and the {@code sco} command line ({@link io.github.scosdk.examples.cli.Sco}).
 */
module io.github.scosdk.examples {
  requires io.github.scosdk.data;
  requires io.github.scosdk.tables;
  requires transitive info.picocli; // Sco.commandLine returns picocli's CommandLine
  requires tools.jackson.core;
  requires com.google.common;
  requires static org.jspecify;

  exports io.github.scosdk.examples;
  exports io.github.scosdk.examples.cli;

  // picocli reads the command classes' annotated fields and methods reflectively
  opens io.github.scosdk.examples.cli to
      info.picocli;
}
