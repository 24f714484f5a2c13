package io.github.scosdk.model.rules;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.Initiative;
import io.github.scosdk.model.LinkType;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RecordKind;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.ScoRecord;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code reference.resolves}: every reference by id points to an existing record of the right kind (sources to
 * sources, {@code decidedAt} to a meeting, {@code outcomes} to documents, link targets to the kind their type
 * names, …), and every state code used anywhere has a state record.
 */
final class ReferenceResolvesRule implements Rule {

  @Override
  public String id() {
    return RuleIds.REFERENCE_RESOLVES;
  }

  @Override
  public String description() {
    return "Every id reference points to a record of the right kind that exists; every state code has a state.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    Checker c = new Checker(context.dataset(), sink);
    for (StatusChange s : context.dataset().statusChanges()) {
      c.sources(s);
      c.state(s, "state", s.state());
      c.ref(s, "decidedAt", s.decidedAt(), RecordKind.MEETING);
      c.refs(s, "documents", s.documents(), RecordKind.DOCUMENT);
    }
    for (AccessionStep a : context.dataset().accessionSteps()) {
      c.sources(a);
      c.state(a, "state", a.state());
      c.ref(a, "decidedAt", a.decidedAt(), RecordKind.MEETING);
      c.refs(a, "documents", a.documents(), RecordKind.DOCUMENT);
    }
    for (Meeting m : context.dataset().meetings()) {
      c.sources(m);
      m.venue().ifPresent(v -> c.state(m, "venue", -1, "state", v.state()));
      m.host().ifPresent(h -> c.state(m, "host", h));
      m.chair().ifPresent(h -> c.state(m, "chair", h));
      List<Participant> ps = m.participants();
      for (int i = 0; i < ps.size(); i++) {
        Optional<StateCode> state = ps.get(i).state();
        if (state.isPresent()) {
          c.state(m, "participants", i, "state", state.get());
        }
      }
      c.refs(m, "outcomes", m.outcomes(), RecordKind.DOCUMENT);
    }
    for (Presidency p : context.dataset().presidencies()) {
      c.sources(p);
      c.state(p, "holder", p.holder());
      c.ref(p, "openedAt", p.openedAt(), RecordKind.MEETING);
      c.ref(p, "closedAt", p.closedAt(), RecordKind.MEETING);
    }
    for (Document d : context.dataset().documents()) {
      c.sources(d);
      c.ref(d, "adoptedAt", d.adoptedAt(), RecordKind.MEETING);
      for (int i = 0; i < d.signatories().size(); i++) {
        c.state(d, "signatories", i, null, d.signatories().get(i));
      }
      for (int i = 0; i < d.links().size(); i++) {
        DocumentLink link = d.links().get(i);
        if (link.type() == LinkType.GRANTS_STATUS && context.dataset().accessionStep(link.target()).isPresent()) {
          continue; // a decision or memorandum grants a stage of the accession track
        }
        c.ref(d, "links", i, "target", link.target(), targetType(link));
      }
    }
    for (Initiative in : context.dataset().initiatives()) {
      c.sources(in);
      in.proposerState().ifPresent(s -> c.state(in, "proposerState", s));
      c.ref(in, "proposedAt", in.proposedAt(), RecordKind.MEETING);
      c.refs(in, "endorsedBy", in.endorsedBy(), RecordKind.DOCUMENT);
    }
    for (Official o : context.dataset().officials()) {
      c.sources(o);
      c.state(o, "state", o.state());
      c.ref(o, "appointedAt", o.appointedAt(), RecordKind.MEETING);
    }
    for (RotationException e : context.dataset().rotationExceptions()) {
      c.sources(e);
      c.refs(e, "presidencies", e.presidencies(), RecordKind.PRESIDENCY);
      c.refs(e, "officials", e.officials(), RecordKind.OFFICIAL);
      for (int i = 0; i < e.states().size(); i++) {
        c.state(e, "states", i, null, e.states().get(i));
      }
    }
    for (Application a : context.dataset().applications()) {
      c.sources(a);
      c.state(a, "state", a.state());
      c.ref(a, "decidedAt", a.decidedAt(), RecordKind.MEETING);
    }
  }

  private static RecordKind targetType(DocumentLink link) {
    switch (link.type()) {
      case TRANSFERS_PRESIDENCY:
        return RecordKind.PRESIDENCY;
      case GRANTS_STATUS:
        return RecordKind.STATUS_CHANGE;
      case ENDORSES_INITIATIVE:
        return RecordKind.INITIATIVE;
      case APPOINTS:
        return RecordKind.OFFICIAL;
      default:
        return RecordKind.DOCUMENT;
    }
  }

  /** Checks the references of one record and reports the dangling ones. */
  private final class Checker {
    private final ScoDataset data;
    private final ViolationSink sink;

    Checker(ScoDataset data, ViolationSink sink) {
      this.data = data;
      this.sink = sink;
    }

    void sources(ScoRecord r) {
      List<String> sources = r.sources();
      for (int i = 0; i < sources.size(); i++) {
        if (data.source(sources.get(i)).isEmpty()) {
          report(
              r, AttributePath.of("sources", i), "cites source '" + sources.get(i) + "', which is not in the dataset");
        }
      }
    }

    void state(ScoRecord r, String field, StateCode code) {
      state(r, field, -1, null, code);
    }

    /**
     * Checks a state code at {@code attribute[index].sub} (no index if it is -1, no sub-attribute if it is null);
     * the path is built only for a report.
     */
    void state(ScoRecord r, String attribute, int index, @Nullable String sub, StateCode code) {
      if (data.state(code).isEmpty()) {
        AttributePath path = path(attribute, index, sub);
        report(r, path, "names state " + code + " in " + field(path) + ", which has no state record");
      }
    }

    void ref(ScoRecord r, String field, Optional<String> target, RecordKind type) {
      if (target.isPresent()) {
        ref(r, field, -1, null, target.get(), type);
      }
    }

    /** Checks a reference; the field is built only for a report (as in {@link #state}). */
    void ref(ScoRecord r, String attribute, int index, @Nullable String sub, String id, RecordKind type) {
      Optional<ScoRecord> found = data.record(id);
      if (found.isPresent() && type.type().isInstance(found.get())) {
        return;
      }
      AttributePath path = path(attribute, index, sub);
      String field = field(path);
      String kind = type.displayName();
      if (found.isEmpty()) {
        report(r, path, "refers in " + field + " to " + kind + " '" + id + "', which does not exist");
      } else if (!type.type().isInstance(found.get())) {
        report(
            r,
            path,
            "refers in " + field + " to '" + id + "', which is a " + kindName(found.get()) + ", not a " + kind);
      }
    }

    void refs(ScoRecord r, String field, List<String> ids, RecordKind type) {
      if (ids.isEmpty()) {
        return;
      }
      for (int i = 0; i < ids.size(); i++) {
        ref(r, field, i, null, ids.get(i), type);
      }
    }

    private AttributePath path(String attribute, int index, @Nullable String sub) {
      AttributePath path = AttributePath.of(attribute);
      if (index >= 0) {
        path = path.index(index);
      }
      return sub == null ? path : path.attribute(sub);
    }

    /** The path as messages name it, in the format's layout: {@code participants/2/state}. */
    private String field(AttributePath path) {
      return path.pointer().substring(1);
    }

    private void report(ScoRecord r, AttributePath path, String message) {
      sink.error(Location.of(r).at(path), r.id() + " " + message);
    }
  }


  private static String kindName(ScoRecord r) {
    return RecordKind.kindOf(r).orElseThrow().displayName();
  }
}
