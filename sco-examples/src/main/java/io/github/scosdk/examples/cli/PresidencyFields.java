package io.github.scosdk.examples.cli;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * How a presidency term is written for programs, the same in every command ({@code timeline}, {@code chair},
 * {@code members}, {@code next-chair}): the term is the half-open interval {@code [from, until)}, and
 * {@code until} is its end date or, when it has none, {@code ongoing} or {@code unknown} (as in the text
 * table). A summit's days are {@code startDate} and {@code endDate}, both inclusive, as in {@code sco-dataset/1}. A
 * term of another body than the Council of Heads of State names it in {@code body} ({@code CHG}); a presidency term
 * omits it, as {@code sco-dataset/1} does, so that the presidency's output is what it was before the CHG.
 */
final class PresidencyFields {

  /** The CSV header of a term. */
  static final List<String> CSV_HEADER =
      List.of("id", "holder", "holder_name", "from", "until", "confidence", "closed_at", "summit_ids", "summits");

  private PresidencyFields() {}

  /** The exclusive end, or {@code ongoing} / {@code unknown}. */
  static String until(Presidency p) {
    return p.term().end().map(Object::toString).orElse(Labels.id(p.term().endKind()));
  }

  /** The term as one JSON object, with its summits and the ids of its sources. */
  static void json(JsonGenerator g, ScoDataset data, Summits summits, Presidency p) {
    g.writeStartObject();
    Json.member(g, "id", p.id());
    if (p.body() != Body.COUNCIL_OF_HEADS_OF_STATE) {
      Json.member(g, "body", BodyOption.name(p.body())); // omitted for the presidency, as in sco-dataset/1
    }
    Json.member(g, "holder", p.holder().code());
    Json.member(g, "holderName", Labels.name(data, p.holder()));
    Json.member(g, "from", p.term().start().toString());
    Json.member(g, "until", until(p));
    Json.member(g, "openedAt", p.openedAt().orElse(null));
    Json.member(g, "closedAt", p.closedAt().orElse(null));
    Json.member(g, "slogan", p.slogan().orElse(null));
    Json.member(g, "confidence", Labels.id(p.confidence()));
    Json.member(g, "note", p.note().orElse(null));
    Json.array(g, "summits", summits.of(p), PresidencyFields::summit);
    Json.strings(g, "sources", p.sources());
    g.writeEndObject();
  }

  /** A member holding the term as a JSON object, or null when there is none. */
  static void member(JsonGenerator g, String name, ScoDataset data, Optional<Presidency> term) {
    g.writeName(name);
    if (term.isPresent()) {
      json(g, data, Summits.of(data), term.get());
    } else {
      g.writeNull();
    }
  }

  private static void summit(JsonGenerator g, Meeting m) {
    g.writeStartObject();
    Json.member(g, "id", m.id());
    Json.member(g, "startDate", m.startDate().toString());
    Json.member(g, "endDate", m.endDate().toString());
    Json.member(g, "city", m.venue().map(v -> v.city()).orElse(null));
    Json.member(g, "host", m.host().map(Object::toString).orElse(null));
    if (m.ordinal().isPresent()) {
      g.writeNumberProperty("ordinal", m.ordinal().getAsInt());
    }
    g.writeBooleanProperty("planned", m.planned());
    g.writeEndObject();
  }

  /** The term as one CSV record, in the columns of {@link #CSV_HEADER}. */
  static List<String> csv(ScoDataset data, Summits summits, Presidency p) {
    List<Meeting> held = summits.of(p);
    return List.of(p.id(), p.holder().code(), Labels.name(data, p.holder()), p.term().start().toString(), until(p),
        Labels.id(p.confidence()), p.closedAt().orElse(""),
        held.stream().map(Meeting::id).collect(Collectors.joining(" ")),
        held.stream().map(Summits::describe).collect(Collectors.joining("; ")));
  }
}
