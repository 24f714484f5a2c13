package io.github.scosdk.examples.cli;

import io.github.scosdk.model.ScoDataset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sco chart --out FILE.svg}: the status of every state over 2001 to today, as an SVG picture. */
@Command(
    name = "chart",
    description = {
      "Draws the status of every state from 2001 to today as an SVG picture.",
      "One band per state colored by its status, the presidency sequence along the time axis, summits marked,"
          + " and a legend."
    })
final class ChartCommand extends ScoCommand {

  static final LocalDate FROM = LocalDate.of(2001, 1, 1);

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.svg",
      description = "The SVG file to write (replaced atomically: never half-written); - for standard output.")
  Path out = Path.of(Output.STDOUT);

  ChartCommand(Clock clock, DatasetSource datasets) {
    super(clock, datasets);
  }

  @Override
  public Integer call() {
    ScoDataset dataset = dataset();
    LocalDate today = LocalDate.now(clock);
    if (!today.isAfter(FROM)) {
      throw new BadInputException("today (" + today + ") is before the chart's start " + FROM);
    }
    String svg = StatusChart.render(dataset, FROM, today);
    Output.save(out(), out, svg, () -> svg.length() + " characters, "
        + dataset.statusChanges().stream().map(c -> c.state()).distinct().count() + " states");
    return ExitCodes.OK;
  }
}
