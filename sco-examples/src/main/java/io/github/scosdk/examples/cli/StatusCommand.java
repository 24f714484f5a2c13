package io.github.scosdk.examples.cli;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StatusChange;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sco status STATE}: a state's status history toward the SCO, with the sources of every change. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Shows a state's status history toward the SCO, with the sources of every change.")
final class StatusCommand implements Callable<Integer> {

  @ParentCommand @Nullable Sco sco;
  @Spec @Nullable CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Parameters(
      index = "0",
      paramLabel = "STATE",
      description = "An ISO 3166-1 alpha-2 code (KZ) or the English or Russian name (Kazakhstan, Казахстан).")
  String state = "";

  @Override
  public Integer call() {
    Sco root = Commands.root(sco);
    ScoDataset dataset = data.load(root);
    State s = States.resolve(dataset, state);
    List<StatusChange> history = dataset.statusHistory(s.code());
    PrintWriter out = Commands.out(spec);
    out.println(s.nameEn() + " (" + s.code() + "), " + s.nameRu() + ", " + s.nameZh());
    if (history.isEmpty()) {
      out.println("No status toward the SCO is recorded for " + s.nameEn() + ".");
      out.flush();
      return ExitCodes.OK;
    }
    out.println("Status today (" + root.today() + "): " + Labels.status(dataset.statusOn(s.code(), root.today())));
    out.println();
    TextTable t = new TextTable("FROM", "STATUS", "DECIDED AT", "CONFIDENCE", "SOURCES");
    Set<String> cited = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    for (StatusChange c : history) {
      cited.addAll(c.sources());
      t.row(c.date().toString(), Labels.status(c.status()), c.decidedAt().orElse("-"),
          c.confidence().name().toLowerCase(Locale.ROOT), c.sources().isEmpty() ? "-" : String.join(" ", c.sources()));
      c.note().ifPresent(n -> notes.add(c.date() + ": " + n));
    }
    out.print(t.render());
    if (!notes.isEmpty()) {
      out.println();
      out.println("Notes:");
      notes.forEach(n -> out.println("  " + n));
    }
    out.println();
    Sources.print(out, dataset, List.copyOf(cited));
    out.flush();
    return ExitCodes.OK;
  }
}
