package io.github.scosdk.examples.cli;

import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.core.JsonGenerator;

/**
 * {@code sco chair [--on DATE] [--body chs|chg]}: who held the SCO presidency (or, with {@code --body chg}, the CHG
 * chairmanship) on a day, and its term.
 */
@Command(
    name = "chair",
    description = "Shows the state holding the SCO presidency (or, with --body chg, the chairmanship of the Council of"
        + " Heads of Government) on a day, with its term, summits and sources.")
final class ChairCommand extends Query<ChairCommand.Answer> {

  /** The day asked about and the term running on it, if any. */
  record Answer(LocalDate day, Optional<Presidency> term) {}

  @Mixin DayOption on = new DayOption();

  @Mixin BodyOption body = new BodyOption();

  ChairCommand(Clock clock, DatasetSource datasets) {
    super(clock, datasets);
  }

  @Override
  Answer answer(ScoDataset data) {
    LocalDate day = on.day(clock);
    return new Answer(day, data.presidencyOn(body.body, day));
  }

  @Override
  Optional<LocalDate> day(Answer a) {
    return Optional.of(a.day());
  }

  @Override
  String text(ScoDataset data, Answer a) {
    if (a.term().isEmpty()) {
      return "No " + body.term() + " term covers " + a.day() + " in this dataset.\n";
    }
    Presidency p = a.term().get();
    StringBuilder out = new StringBuilder();
    out.append("On ").append(a.day()).append(" the ").append(body.office()).append(" is held by ").append(Labels.state(data, p.holder()))
        .append(".\n");
    out.append("Term:     ").append(p.term()).append(" (").append(p.id()).append(")\n");
    p.openedAt().ifPresent(id -> out.append("Opened:   at the close of ").append(meeting(data, id)).append('\n'));
    p.closedAt().ifPresent(id -> out.append("Closes:   at the close of ").append(meeting(data, id)).append('\n'));
    p.slogan().ifPresent(s -> out.append("Slogan:   ").append(s).append('\n'));
    if (p.confidence() != Confidence.HIGH) {
      out.append("Confidence: ").append(Labels.id(p.confidence())).append('\n');
    }
    p.note().ifPresent(n -> out.append("Note:     ").append(n).append('\n'));
    return Sources.append(out, data, p.sources()).toString();
  }

  @Override
  void json(JsonGenerator g, ScoDataset data, Answer a) {
    g.writeStartObject();
    Json.member(g, "on", a.day().toString());
    PresidencyFields.member(g, "presidency", data, a.term());
    g.writeEndObject();
  }

  @Override
  Csv csv(ScoDataset data, Answer a) {
    Csv c = new Csv().row(PresidencyFields.CSV_HEADER);
    a.term().ifPresent(p -> c.row(PresidencyFields.csv(data, Summits.of(data), p)));
    return c;
  }

  private static String meeting(ScoDataset data, String id) {
    return data.meeting(id).map(m -> Summits.describe(m) + " (" + id + ")").orElse(id);
  }
}
