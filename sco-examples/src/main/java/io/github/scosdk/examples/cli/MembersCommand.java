package io.github.scosdk.examples.cli;

import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoSnapshot;
import io.github.scosdk.model.StateCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.core.JsonGenerator;

/**
 * {@code sco members --on DATE}: the member states, in rotation order, the partners by status, and the acceding
 * states with their stage (they keep their formal status).
 */
@Command(name = "members", description = "Lists the member states (in rotation order) and the partners by status on a day.")
final class MembersCommand extends Query<ScoSnapshot> {

  @Mixin DayOption on = new DayOption();

  MembersCommand(Clock clock, DatasetSource datasets) {
    super(clock, datasets);
  }

  @Override
  ScoSnapshot answer(ScoDataset data) {
    return data.asOf(on.day(clock));
  }

  @Override
  Optional<LocalDate> day(ScoSnapshot snapshot) {
    return Optional.of(snapshot.date());
  }

  @Override
  String text(ScoDataset data, ScoSnapshot snapshot) {
    TextTable t = new TextTable("STATUS", "COUNT", "STATES");
    groups(snapshot).forEach((status, states) ->
        t.row(Labels.status(status), Integer.toString(states.size()), names(data, states)));
    if (t.size() == 0) {
      return "No state had a status toward the SCO on " + snapshot.date() + " in this dataset"
          + (snapshot.date().isBefore(StatusChart.SCO_FOUNDED)
              ? " (the SCO was founded on " + StatusChart.SCO_FOUNDED + ")." : ".") + "\n";
    }
    StringBuilder out = new StringBuilder();
    out.append("SCO members and partners on ").append(snapshot.date()).append(" (members in rotation order):\n\n");
    out.append(t.render());
    if (!snapshot.acceding().isEmpty()) {
      out.append("\nAcceding (each keeps its status above): ")
          .append(snapshot.acceding().stream()
              .map(s -> Labels.state(data, s) + ", " + Labels.stage(snapshot.accessionStageOf(s)))
              .collect(Collectors.joining("; ")))
          .append(".\n");
    }
    snapshot.presidency().ifPresent(p -> out.append("\nPresidency: ").append(Labels.state(data, p.holder()))
        .append(", term ").append(p.term()).append(".\n"));
    return out.toString();
  }

  @Override
  void json(JsonGenerator g, ScoDataset data, ScoSnapshot snapshot) {
    g.writeStartObject();
    Json.member(g, "on", snapshot.date().toString());
    g.writeArrayPropertyStart("statuses");
    groups(snapshot).forEach((status, states) -> {
      g.writeStartObject();
      Json.member(g, "status", Labels.id(status));
      Json.array(g, "states", states, (gen, s) -> Labels.json(gen, data, s));
      g.writeEndObject();
    });
    g.writeEndArray();
    g.writeArrayPropertyStart("acceding");
    for (StateCode s : snapshot.acceding()) {
      g.writeStartObject();
      g.writeName("state");
      Labels.json(g, data, s);
      Json.member(g, "stage", Labels.id(snapshot.accessionStageOf(s)));
      g.writeEndObject();
    }
    g.writeEndArray();
    PresidencyFields.member(g, "presidency", data, snapshot.presidency());
    g.writeEndObject();
  }

  @Override
  Csv csv(ScoDataset data, ScoSnapshot snapshot) {
    Csv c = new Csv().row("status", "code", "name", "accession_stage");
    groups(snapshot).forEach((status, states) ->
        states.forEach(s -> c.row(Labels.id(status), s.code(), Labels.name(data, s),
            Labels.id(snapshot.accessionStageOf(s)))));
    return c;
  }

  /** The members (in rotation order), then the partners by status; statuses no state has are left out. */
  private static Map<MembershipStatus, List<StateCode>> groups(ScoSnapshot snapshot) {
    Map<MembershipStatus, List<StateCode>> groups = new LinkedHashMap<>();
    if (!snapshot.members().isEmpty()) {
      groups.put(MembershipStatus.MEMBER, snapshot.members());
    }
    snapshot.nonMembersByStatus().forEach((status, states) -> {
      if (!states.isEmpty()) {
        groups.put(status, states);
      }
    });
    return groups;
  }

  private static String names(ScoDataset data, List<StateCode> states) {
    return states.stream().map(s -> Labels.state(data, s)).collect(Collectors.joining(", "));
  }
}
