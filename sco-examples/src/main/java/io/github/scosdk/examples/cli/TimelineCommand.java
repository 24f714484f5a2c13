package io.github.scosdk.examples.cli;

import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sco timeline}: every presidency term with its summits, as a table, JSON or CSV. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lists every presidency term in order, with its holder, dates and summits.")
final class TimelineCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    text,
    json,
    csv
  }

  @ParentCommand @Nullable Sco sco;
  @Spec @Nullable CommandSpec spec;
  @Mixin DataOption data = new DataOption();

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (a table), json or csv; default: ${DEFAULT-VALUE}.")
  Format format = Format.text;

  @Override
  public Integer call() {
    ScoDataset dataset = data.load(Commands.root(sco));
    List<Presidency> terms = dataset.presidencyTimeline();
    String output;
    switch (format) {
      case json:
        output = json(dataset, terms);
        break;
      case csv:
        output = csv(dataset, terms);
        break;
      default:
        output = text(dataset, terms);
    }
    Commands.out(spec).print(output);
    Commands.out(spec).flush();
    return ExitCodes.OK;
  }

  private static String text(ScoDataset data, List<Presidency> terms) {
    TextTable t = new TextTable("#", "HOLDER", "FROM", "UNTIL", "CONFIDENCE", "SUMMITS");
    int n = 1;
    for (Presidency p : terms) {
      String summits = Summits.of(data, p).stream().map(Summits::describe).collect(Collectors.joining("; "));
      t.row(Integer.toString(n++), Labels.state(data, p.holder()), p.term().start().toString(), until(p),
          confidence(p), summits.isEmpty() ? "-" : summits);
    }
    return t.render() + terms.size() + " presidency terms.\n";
  }

  private static String json(ScoDataset data, List<Presidency> terms) {
    JsonOut j = new JsonOut().beginArray();
    for (Presidency p : terms) {
      j.beginObject()
          .member("id", p.id())
          .member("holder", p.holder().code())
          .member("holderName", Labels.name(data, p.holder()))
          .member("from", p.term().start().toString())
          .member("until", p.term().end().map(Object::toString).orElse(null))
          .member("end", p.term().endKind().name().toLowerCase(Locale.ROOT))
          .member("openedAt", p.openedAt().orElse(null))
          .member("closedAt", p.closedAt().orElse(null))
          .member("slogan", p.slogan().orElse(null))
          .member("confidence", confidence(p));
      j.name("summits").beginArray();
      for (Meeting m : Summits.of(data, p)) {
        j.beginObject()
            .member("id", m.id())
            .member("start", m.startDate().toString())
            .member("end", m.endDate().toString())
            .member("city", m.venue().map(v -> v.city()).orElse(null))
            .member("host", m.host().map(Object::toString).orElse(null));
        if (m.ordinal().isPresent()) {
          j.name("ordinal").value(m.ordinal().getAsInt());
        }
        j.name("planned").value(m.planned()).endObject();
      }
      j.endArray();
      j.name("sources").beginArray();
      p.sources().forEach(j::value);
      j.endArray().endObject();
    }
    return j.endArray() + "\n";
  }

  private static String csv(ScoDataset data, List<Presidency> terms) {
    Csv c = new Csv()
        .row("id", "holder", "holder_name", "from", "until", "confidence", "closed_at", "summit_ids", "summits");
    for (Presidency p : terms) {
      List<Meeting> summits = Summits.of(data, p);
      c.row(p.id(), p.holder().code(), Labels.name(data, p.holder()), p.term().start().toString(), until(p),
          confidence(p), p.closedAt().orElse(""),
          summits.stream().map(Meeting::id).collect(Collectors.joining(" ")),
          summits.stream().map(Summits::describe).collect(Collectors.joining("; ")));
    }
    return c.toString();
  }

  /** {@code high}, {@code medium} or {@code low}: how far the sources support the term. */
  private static String confidence(Presidency p) {
    return p.confidence().name().toLowerCase(Locale.ROOT);
  }

  /** The exclusive end, or {@code ongoing} / {@code unknown}. */
  private static String until(Presidency p) {
    return p.term().end().map(Object::toString).orElse(p.term().endKind().name().toLowerCase(Locale.ROOT));
  }
}
