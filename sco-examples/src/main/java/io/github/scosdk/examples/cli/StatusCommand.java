package io.github.scosdk.examples.cli;

import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.Application;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoRecord;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StatusChange;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;

/**
 * {@code sco status STATE}: a state's status history toward the SCO and its applications (for membership or a
 * status), with the sources of every change and application.
 */
@Command(
    name = "status",
    description = "Shows a state's status history toward the SCO and its applications, with their sources.")
final class StatusCommand extends Query<StatusCommand.Answer> {

  /**
   * The state, its formal status and accession stage today, its status history in date order, its accession steps
   * (the dataset's {@link AccessionStep} records; status changes to a deprecated accession status are in the
   * history as they were recorded) and its applications, in date order.
   */
  record Answer(
      State state,
      LocalDate today,
      MembershipStatus statusToday,
      AccessionStage stageToday,
      List<StatusChange> history,
      List<AccessionStep> steps,
      List<Application> applications) {}

  @Parameters(
      index = "0",
      paramLabel = "STATE",
      description = "An ISO 3166-1 alpha-2 code (KZ) or the English or Russian name (Kazakhstan, Казахстан).")
  String state = "";

  StatusCommand(Clock clock, DatasetSource datasets) {
    super(clock, datasets);
  }

  @Override
  Answer answer(ScoDataset data) {
    State s = States.resolve(data, state);
    LocalDate today = LocalDate.now(clock);
    List<AccessionStep> steps =
        data.accessionHistory(s.code()).stream().filter(x -> data.accessionStep(x.id()).isPresent()).toList();
    return new Answer(s, today, data.statusOn(s.code(), today), data.accessionStageOn(s.code(), today),
        data.statusHistory(s.code()), steps, data.applicationsOf(s.code()));
  }

  @Override
  Optional<LocalDate> day(Answer a) {
    return Optional.of(a.today());
  }

  @Override
  String text(ScoDataset data, Answer a) {
    State s = a.state();
    StringBuilder out = new StringBuilder(s.nameEn()).append(" (").append(s.code()).append("), ")
        .append(s.nameRu()).append(", ").append(s.nameZh()).append('\n');
    if (a.history().isEmpty() && a.steps().isEmpty() && a.applications().isEmpty()) {
      return out.append("No status toward the SCO is recorded for ").append(s.nameEn()).append(".\n").toString();
    }
    Set<String> cited = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    if (a.history().isEmpty() && a.steps().isEmpty()) {
      out.append("No status toward the SCO is recorded for ").append(s.nameEn()).append(".\n");
    } else {
      out.append("Status today (").append(a.today()).append("): ").append(Labels.status(a.statusToday()));
      if (a.stageToday() != AccessionStage.NONE) {
        out.append(", acceding (").append(Labels.stage(a.stageToday())).append(')');
      }
      out.append("\n\n");
      TextTable t = new TextTable("FROM", "STATUS", "DECIDED AT", "CONFIDENCE", "SOURCES");
      int j = 0;
      for (StatusChange c : a.history()) {
        for (; j < a.steps().size() && a.steps().get(j).date().compareTo(c.date()) <= 0; j++) {
          step(t, cited, notes, a.steps().get(j));
        }
        row(t, cited, notes, c.date(), Labels.status(c.status()), c.decidedAt().orElse("-"), c.confidence(),
            c.sources(), c.note().map(n -> c.date() + ": " + n));
      }
      for (; j < a.steps().size(); j++) {
        step(t, cited, notes, a.steps().get(j));
      }
      out.append(t.render());
    }
    if (!a.applications().isEmpty()) {
      out.append("\nApplications (dated facts, not statuses):\n");
      TextTable t = new TextTable("DATE", "SOUGHT", "DECIDED AT", "CONFIDENCE", "SOURCES");
      for (Application p : a.applications()) {
        row(t, cited, notes, p.date(), sought(p), p.decidedAt().orElse("not decided"), p.confidence(), p.sources(),
            p.note().map(n -> p.date() + " (application): " + n));
      }
      out.append(t.render());
    }
    if (!notes.isEmpty()) {
      out.append("\nNotes:\n");
      notes.forEach(n -> out.append("  ").append(n).append('\n'));
    }
    out.append('\n');
    return Sources.append(out, data, List.copyOf(cited)).toString();
  }

  private static String sources(List<String> ids) {
    return ids.isEmpty() ? "-" : String.join(" ", ids);
  }

  /** {@code member}, {@code SCO partner}, or {@code an SCO status (not named)}. */
  private static String sought(Application a) {
    return a.sought().map(Labels::status).orElse("an SCO status (not named)");
  }

  /** A row of the accession track: its stage, marked as such, in the STATUS column. */
  private static void step(TextTable t, Set<String> cited, List<String> notes, AccessionStep s) {
    row(t, cited, notes, s.date(), "accession: " + Labels.stage(s.stage()), s.decidedAt().orElse("-"),
        s.confidence(), s.sources(), s.note().map(n -> s.date() + ": " + n));
  }

  /** One dated row (date, what, decided at, confidence, sources), its sources cited and its note kept. */
  private static void row(TextTable t, Set<String> cited, List<String> notes, PartialDate date, String what,
      String decidedAt, Confidence confidence, List<String> sources, Optional<String> note) {
    cited.addAll(sources);
    t.row(date.toString(), what, decidedAt, Labels.id(confidence), sources(sources));
    note.ifPresent(notes::add);
  }

  @Override
  void json(JsonGenerator g, ScoDataset data, Answer a) {
    State s = a.state();
    g.writeStartObject();
    Json.member(g, "code", s.code().code());
    Json.member(g, "nameEn", s.nameEn());
    Json.member(g, "nameRu", s.nameRu());
    Json.member(g, "nameZh", s.nameZh());
    Json.member(g, "today", a.today().toString());
    Json.member(g, "statusToday", Labels.id(a.statusToday()));
    Json.member(g, "accessionStageToday", Labels.id(a.stageToday()));
    Json.array(g, "statusChanges", a.history(), StatusCommand::change);
    Json.array(g, "accessionSteps", a.steps(), StatusCommand::accessionStep);
    Json.array(g, "applications", a.applications(), StatusCommand::application);
    g.writeEndObject();
  }

  private static void application(JsonGenerator g, Application a) {
    step(g, a, a.date(), "sought", a.sought().map(Labels::id).orElse(null), a.decidedAt(), a.confidence(), a.note());
  }

  private static void accessionStep(JsonGenerator g, AccessionStep s) {
    step(g, s, s.date(), "stage", Labels.id(s.stage()), s.decidedAt(), s.confidence(), s.note());
  }

  private static void change(JsonGenerator g, StatusChange c) {
    step(g, c, c.date(), "status", Labels.id(c.status()), c.decidedAt(), c.confidence(), c.note());
  }

  /**
   * A dated step as in {@code sco-dataset/1}, but every member written: {@code id}, {@code date}, the step's own
   * member (the status, the stage, or the status sought, which may be null), {@code decidedAt} (may be null),
   * {@code confidence}, {@code note} (may be null) and {@code sources}.
   */
  private static void step(JsonGenerator g, ScoRecord r, PartialDate date, String name, String value,
      Optional<String> decidedAt, Confidence confidence, Optional<String> note) {
    g.writeStartObject();
    Json.member(g, "id", r.id());
    Json.member(g, "date", date.toString());
    Json.member(g, name, value);
    Json.member(g, "decidedAt", decidedAt.orElse(null));
    Json.member(g, "confidence", Labels.id(confidence));
    Json.member(g, "note", note.orElse(null));
    Json.strings(g, "sources", r.sources());
    g.writeEndObject();
  }

  @Override
  Csv csv(ScoDataset data, Answer a) {
    Csv c =
        new Csv().row("id", "state", "date", "status", "decided_at", "confidence", "sources", "note", "record");
    for (StatusChange s : a.history()) {
      c.row(s.id(), s.state().code(), s.date().toString(), Labels.id(s.status()), s.decidedAt().orElse(""),
          Labels.id(s.confidence()), String.join(" ", s.sources()), s.note().orElse(""), "status_change");
    }
    // an accession step's status column is its stage
    for (AccessionStep s : a.steps()) {
      c.row(s.id(), s.state().code(), s.date().toString(), Labels.id(s.stage()), s.decidedAt().orElse(""),
          Labels.id(s.confidence()), String.join(" ", s.sources()), s.note().orElse(""), "accession_step");
    }
    // an application's status column is the status sought, empty when the sources name none
    for (Application p : a.applications()) {
      c.row(p.id(), p.state().code(), p.date().toString(), p.sought().map(Labels::id).orElse(""),
          p.decidedAt().orElse(""), Labels.id(p.confidence()), String.join(" ", p.sources()), p.note().orElse(""),
          "application");
    }
    return c;
  }
}
