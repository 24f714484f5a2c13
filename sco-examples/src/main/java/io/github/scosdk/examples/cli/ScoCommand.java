package io.github.scosdk.examples.cli;

import io.github.scosdk.model.ScoDataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code sco} subcommand has: the injected clock and dataset source ({@link CommandFactory}), the
 * {@code --data FILE} and {@code --overlay FILE} options, and the command line it runs in (for its output). The
 * standard options ({@code --help}, {@code --version}) are inherited from {@link Sco}.
 */
abstract class ScoCommand implements Callable<Integer> {

  final Clock clock;
  private final DatasetSource datasets;

  @Mixin DataOption data = new DataOption();
  @Spec @Nullable CommandSpec spec;
  private @Nullable PrintWriter out;

  ScoCommand(Clock clock, DatasetSource datasets) {
    this.clock = clock;
    this.datasets = datasets;
  }

  /** The file the dataset comes from, or null for the default dataset. */
  @Nullable Path dataFile() {
    return data.file;
  }

  /** The dataset the command works on. */
  ScoDataset dataset() {
    return datasets.load(dataFile(), data.overlays);
  }

  /**
   * Where the answer goes: the command line's standard output, or the writer of a run without picocli
   * ({@link DirectRun}).
   */
  PrintWriter out() {
    return out != null ? out : commandLine().getOut();
  }

  /** Runs this command without picocli, writing to the given standard output ({@link DirectRun}). */
  void directOut(PrintWriter out) {
    this.out = out;
  }

  /** The command line this command runs in. */
  CommandLine commandLine() {
    if (spec == null) {
      throw new IllegalStateException("spec: not injected; build the command with Sco.commandLine");
    }
    return spec.commandLine();
  }
}
