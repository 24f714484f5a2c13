package io.github.scosdk.examples.cli;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.ScoDataset;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sco export [--out FILE]}: the dataset as {@code sco-dataset/1} JSON, on standard output or to a file. */
@Command(name = "export", description = "Writes the reference dataset (or the --data file, normalised) as sco-dataset/1 JSON.")
final class ExportCommand extends ScoCommand {

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The file to write (replaced atomically: never half-written); - or none: standard output.")
  @Nullable Path out;

  ExportCommand(Clock clock, DatasetSource datasets) {
    super(clock, datasets);
  }

  @Override
  public Integer call() {
    ScoDataset dataset = dataset();
    Output.save(out(), out, ScoJson.standard().toJson(dataset), () -> dataset.states().size() + " states, "
        + dataset.statusChanges().size() + " status changes, " + dataset.meetings().size() + " meetings, "
        + dataset.presidencies().size() + " presidency terms, " + dataset.documents().size() + " documents");
    return ExitCodes.OK;
  }
}
