package io.github.scosdk.examples.cli;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoSnapshot;
import io.github.scosdk.model.StateCode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sco members --on DATE}: the member states, in rotation order, and the partners by status. */
@Command(
    name = "members",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lists the member states (in rotation order) and the partners by status on a day.")
final class MembersCommand implements Callable<Integer> {

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
    ScoSnapshot snapshot = dataset.asOf(day);
    PrintWriter out = Commands.out(spec);
    TextTable t = new TextTable("STATUS", "COUNT", "STATES");
    if (!snapshot.members().isEmpty()) {
      t.row("member", Integer.toString(snapshot.members().size()), names(dataset, snapshot.members()));
    }
    for (Map.Entry<MembershipStatus, List<StateCode>> e : snapshot.nonMembersByStatus().entrySet()) {
      if (!e.getValue().isEmpty()) {
        t.row(Labels.status(e.getKey()), Integer.toString(e.getValue().size()), names(dataset, e.getValue()));
      }
    }
    if (t.size() == 0) {
      out.println("No state had a status toward the SCO on " + day + " in this dataset"
          + (day.isBefore(StatusChart.SCO_FOUNDED) ? " (the SCO was founded on " + StatusChart.SCO_FOUNDED + ")." : "."));
      return ExitCodes.OK;
    }
    out.println("SCO members and partners on " + day + " (members in rotation order):");
    out.println();
    out.print(t.render());
    snapshot.presidency().ifPresent(p -> out.println(
        "\nPresidency: " + Labels.state(dataset, p.holder()) + ", term " + p.term() + "."));
    out.flush();
    return ExitCodes.OK;
  }

  private static String names(ScoDataset data, List<StateCode> states) {
    return states.stream().map(s -> Labels.state(data, s)).collect(Collectors.joining(", "));
  }
}
