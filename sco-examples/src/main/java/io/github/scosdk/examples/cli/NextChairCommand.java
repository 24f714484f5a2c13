package io.github.scosdk.examples.cli;

import io.github.scosdk.model.HolderPrediction;
import io.github.scosdk.model.ScoDataset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.core.JsonGenerator;

/**
 * {@code sco next-chair [--on DATE] [--body chs|chg]}: the next presidency holder (or, with {@code --body chg}, the next
 * CHG chairmanship holder) the rotation rule predicts, and why.
 */
@Command(
    name = "next-chair",
    description = {
      "Predicts the holder of the presidency (or, with --body chg, of the CHG chairmanship) after the term running"
          + " on a day, with the reasoning.",
      "The rule: the next member state in Russian alphabetical order of the states' SCO names; the reasoning"
          + " says who is skipped and why, and how often the SCO has deviated from the rule."
    })
final class NextChairCommand extends Query<HolderPrediction> {

  @Mixin DayOption on = new DayOption();

  @Mixin BodyOption body = new BodyOption();

  NextChairCommand(Clock clock, DatasetSource datasets) {
    super(clock, datasets);
  }

  /** The name this option had before {@code --on}; kept so that scripts keep working. */
  @Option(names = "--after", paramLabel = "DATE", converter = DateConverter.class, description = "The same as --on.")
  void after(LocalDate day) {
    on.on = day;
  }

  @Override
  HolderPrediction answer(ScoDataset data) {
    return data.predictNextHolder(body.body, on.day(clock));
  }

  @Override
  String text(ScoDataset data, HolderPrediction prediction) {
    LocalDate day = prediction.after();
    StringBuilder out = new StringBuilder();
    out.append("Next ").append(body.office()).append(" after ").append(day).append(":\n");
    out.append("Current:   ").append(prediction.current()
        .map(p -> Labels.state(data, p.holder()) + ", term " + p.term())
        .orElse("no " + body.term() + " term covers " + day)).append('\n');
    out.append("Predicted: ").append(prediction.predicted().map(s -> Labels.state(data, s)).orElse("none"))
        .append('\n');
    if (!prediction.order().isEmpty()) {
      out.append("Rotation order: ").append(prediction.order().stream()
          .map(s -> Labels.state(data, s)).collect(Collectors.joining(", "))).append('\n');
    }
    if (!prediction.reasoning().isEmpty()) {
      out.append("Reasoning:\n");
      prediction.reasoning().forEach(r -> out.append("  - ").append(r).append('\n'));
    }
    return out.toString();
  }

  @Override
  void json(JsonGenerator g, ScoDataset data, HolderPrediction prediction) {
    g.writeStartObject();
    Json.member(g, "on", prediction.after().toString());
    Json.member(g, "body", BodyOption.name(prediction.body()));
    PresidencyFields.member(g, "current", data, prediction.current());
    g.writeName("predicted");
    if (prediction.predicted().isPresent()) {
      Labels.json(g, data, prediction.predicted().get());
    } else {
      g.writeNull();
    }
    Json.array(g, "rotationOrder", prediction.order(), (gen, s) -> Labels.json(gen, data, s));
    Json.strings(g, "reasoning", prediction.reasoning());
    g.writeEndObject();
  }

  @Override
  Csv csv(ScoDataset data, HolderPrediction prediction) {
    return new Csv()
        .row("on", "current", "current_holder", "predicted", "predicted_name", "rotation_order", "reasoning")
        .row(prediction.after().toString(),
            prediction.current().map(p -> p.id()).orElse(""),
            prediction.current().map(p -> p.holder().code()).orElse(""),
            prediction.predicted().map(s -> s.code()).orElse(""),
            prediction.predicted().map(s -> Labels.name(data, s)).orElse(""),
            prediction.order().stream().map(s -> s.code()).collect(Collectors.joining(" ")),
            String.join(" ", prediction.reasoning()));
  }

  @Override
  Optional<LocalDate> day(HolderPrediction prediction) {
    return Optional.of(prediction.after());
  }
}
