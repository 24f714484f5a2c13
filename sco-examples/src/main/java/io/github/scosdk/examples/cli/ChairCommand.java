package io.github.scosdk.examples.cli;

import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sco chair --on DATE}: who held the SCO presidency on a day, and its term. */
@Command(
    name = "chair",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Shows the state holding the SCO presidency on a day, with its term, summits and sources.")
final class ChairCommand implements Callable<Integer> {

  @ParentCommand @Nullable Sco sco;
  @Spec @Nullable CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Option(
      names = "--on",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "The day (yyyy-MM-dd); default: today.")
  @Nullable LocalDate on;

  @Override
  public Integer call() {
    Sco root = Commands.root(sco);
    ScoDataset dataset = data.load(root);
    LocalDate day = on != null ? on : root.today();
    PrintWriter out = Commands.out(spec);
    Optional<Presidency> term = dataset.presidencyOn(day);
    if (term.isEmpty()) {
      out.println("No presidency term covers " + day + " in this dataset.");
      out.flush();
      return ExitCodes.OK;
    }
    Presidency p = term.get();
    out.println("On " + day + " the SCO presidency is held by " + Labels.state(dataset, p.holder()) + ".");
    out.println("Term:     " + p.term() + " (" + p.id() + ")");
    p.openedAt().ifPresent(id -> out.println("Opened:   at the close of " + meeting(dataset, id)));
    p.closedAt().ifPresent(id -> out.println("Closes:   at the close of " + meeting(dataset, id)));
    p.slogan().ifPresent(s -> out.println("Slogan:   " + s));
    if (p.confidence() != Confidence.HIGH) {
      out.println("Confidence: " + p.confidence().name().toLowerCase(java.util.Locale.ROOT));
    }
    p.note().ifPresent(n -> out.println("Note:     " + n));
    Sources.print(out, dataset, p.sources());
    out.flush();
    return ExitCodes.OK;
  }

  private static String meeting(ScoDataset data, String id) {
    return data.meeting(id).map(m -> Summits.describe(m) + " (" + id + ")").orElse(id);
  }
}
