package io.github.scosdk.examples.cli;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.core.JsonGenerator;

/**
 * {@code sco timeline [--body chs|chg]}: every presidency term (or, with {@code --body chg}, every CHG chairmanship
 * term) with its summits, as a table, JSON or CSV.
 */
@Command(
    name = "timeline",
    description = "Lists every presidency term (or, with --body chg, every CHG chairmanship term) in order, with its"
        + " holder, dates and summits (for the CHG: its meetings).")
final class TimelineCommand extends Query<List<Presidency>> {

  @Mixin BodyOption body = new BodyOption();

  TimelineCommand(Clock clock, DatasetSource datasets) {
    super(clock, datasets);
  }

  @Override
  List<Presidency> answer(ScoDataset data) {
    return data.presidencyTimeline(body.body);
  }

  @Override
  String text(ScoDataset data, List<Presidency> terms) {
    Summits summits = Summits.of(data);
    TextTable t = new TextTable("#", "HOLDER", "FROM", "UNTIL", "CONFIDENCE",
        body.body == Body.COUNCIL_OF_HEADS_OF_STATE ? "SUMMITS" : "MEETINGS");
    int n = 1;
    for (Presidency p : terms) {
      String held = summits.of(p).stream().map(Summits::describe).collect(Collectors.joining("; "));
      t.row(Integer.toString(n++), Labels.state(data, p.holder()), p.term().start().toString(),
          PresidencyFields.until(p), Labels.id(p.confidence()), held.isEmpty() ? "-" : held);
    }
    return t.render() + terms.size() + " " + body.term() + " terms.\n";
  }

  @Override
  void json(JsonGenerator g, ScoDataset data, List<Presidency> terms) {
    Summits summits = Summits.of(data);
    g.writeStartArray();
    terms.forEach(p -> PresidencyFields.json(g, data, summits, p));
    g.writeEndArray();
  }

  @Override
  Csv csv(ScoDataset data, List<Presidency> terms) {
    Summits summits = Summits.of(data);
    Csv c = new Csv().row(PresidencyFields.CSV_HEADER);
    terms.forEach(p -> c.row(PresidencyFields.csv(data, summits, p)));
    return c;
  }
}
