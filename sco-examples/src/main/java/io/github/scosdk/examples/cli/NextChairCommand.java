package io.github.scosdk.examples.cli;

import io.github.scosdk.model.HolderPrediction;
import io.github.scosdk.model.ScoDataset;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sco next-chair [--after DATE]}: the next presidency holder the rotation rule predicts, and why. */
@Command(
    name = "next-chair",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Predicts the next presidency holder, with the reasoning.",
      "The rule: the next member state in Russian alphabetical order of the states' SCO names; the reasoning"
          + " says who is skipped and why, and how often the SCO has deviated from the rule."
    })
final class NextChairCommand implements Callable<Integer> {

  @ParentCommand @Nullable Sco sco;
  @Spec @Nullable CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Option(
      names = "--after",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Predict the holder after the term running on this day (yyyy-MM-dd); default: today.")
  @Nullable LocalDate after;

  @Override
  public Integer call() {
    Sco root = Commands.root(sco);
    ScoDataset dataset = data.load(root);
    LocalDate day = after != null ? after : root.today();
    HolderPrediction prediction = dataset.predictNextHolder(day);
    PrintWriter out = Commands.out(spec);
    out.println("Next SCO presidency after " + day + ":");
    out.println("Current:   " + prediction.current()
        .map(p -> Labels.state(dataset, p.holder()) + ", term " + p.term())
        .orElse("no presidency term covers " + day));
    out.println("Predicted: " + prediction.predicted().map(s -> Labels.state(dataset, s)).orElse("none"));
    if (!prediction.order().isEmpty()) {
      out.println("Rotation order: " + prediction.order().stream()
          .map(s -> Labels.state(dataset, s)).collect(Collectors.joining(", ")));
    }
    if (!prediction.reasoning().isEmpty()) {
      out.println("Reasoning:");
      prediction.reasoning().forEach(r -> out.println("  - " + r));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
