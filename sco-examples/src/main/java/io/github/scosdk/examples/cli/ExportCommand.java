package io.github.scosdk.examples.cli;

import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sco export [--out FILE]}: the dataset as {@code sco-dataset/1} JSON, on standard output or to a file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Writes the reference dataset (or the --data file, normalised) as sco-dataset/1 JSON.")
final class ExportCommand implements Callable<Integer> {

  @ParentCommand @Nullable Sco sco;
  @Spec @Nullable CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write; default: standard output.")
  @Nullable Path out;

  @Override
  public Integer call() {
    ScoDataset dataset = data.load(Commands.root(sco));
    String json = ScoJson.standard().toJson(dataset);
    PrintWriter stdout = Commands.out(spec);
    if (out == null) {
      stdout.print(json.endsWith("\n") ? json : json + "\n");
      stdout.flush();
      return ExitCodes.OK;
    }
    try {
      Files.writeString(out, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("cannot write '" + out + "': " + Commands.describe(e), e);
    }
    stdout.println("Wrote " + out + " (" + dataset.states().size() + " states, " + dataset.statusChanges().size()
        + " status changes, " + dataset.meetings().size() + " meetings, " + dataset.presidencies().size()
        + " presidency terms, " + dataset.documents().size() + " documents).");
    stdout.flush();
    return ExitCodes.OK;
  }
}
