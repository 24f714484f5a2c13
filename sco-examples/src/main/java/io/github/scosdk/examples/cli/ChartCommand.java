package io.github.scosdk.examples.cli;

import io.github.scosdk.model.ScoDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sco chart --out FILE.svg}: the status of every state over 2001 to today, as an SVG picture. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Draws the status of every state from 2001 to today as an SVG picture.",
      "One band per state colored by its status, the presidency sequence along the time axis, summits marked,"
          + " and a legend."
    })
final class ChartCommand implements Callable<Integer> {

  static final LocalDate FROM = LocalDate.of(2001, 1, 1);

  @ParentCommand @Nullable Sco sco;
  @Spec @Nullable CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Option(names = "--out", required = true, paramLabel = "FILE.svg", description = "The SVG file to write.")
  @Nullable Path out;

  @Override
  public Integer call() {
    Sco root = Commands.root(sco);
    Path file = Commands.required(out, "--out");
    ScoDataset dataset = data.load(root);
    LocalDate today = root.today();
    if (!today.isAfter(FROM)) {
      throw new BadInputException("today (" + today + ") is before the chart's start " + FROM);
    }
    String svg = StatusChart.render(dataset, FROM, today);
    try {
      Files.writeString(file, svg, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("cannot write '" + file + "': " + Commands.describe(e), e);
    }
    Commands.out(spec).println("Wrote " + file + " (" + svg.length() + " characters, "
        + dataset.statusChanges().stream().map(c -> c.state()).distinct().count() + " states).");
    return ExitCodes.OK;
  }
}
