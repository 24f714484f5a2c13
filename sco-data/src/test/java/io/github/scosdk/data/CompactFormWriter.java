package io.github.scosdk.data;

import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.Application;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.DatePrecision;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.Initiative;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes a dataset in the compact form that {@link CompactForm} reads: a header of the magic number and the
 * payload's CRC-32, then every attribute of every value, in the order the reader takes them (see there). Build-time
 * code: the committed resource is what this writes for the reference dataset ({@link CompactFormTest}).
 */
final class CompactFormWriter {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(bytes);

  private CompactFormWriter() {}

  /** {@return the dataset in the compact form} */
  static byte[] write(ScoDataset d) {
    CompactFormWriter w = new CompactFormWriter();
    try {
      w.out.writeInt(CompactForm.MAGIC);
      w.out.writeInt(0); // the payload's CRC-32, set below
      w.dataset(d);
      w.out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    byte[] form = w.bytes.toByteArray();
    ByteBuffer.wrap(form, 4, 4).putInt(CompactForm.crc32(form));
    return form;
  }

  private void dataset(ScoDataset d) throws IOException {
    optString(d.title());
    out.writeBoolean(d.asOfDate().isPresent());
    if (d.asOfDate().isPresent()) {
      out.writeLong(d.asOfDate().get().toEpochDay());
    }
    out.writeInt(d.states().size());
    for (State s : d.states()) {
      state(s);
    }
    out.writeInt(d.sources().size());
    for (Source s : d.sources()) {
      source(s);
    }
    out.writeInt(d.statusChanges().size());
    for (StatusChange c : d.statusChanges()) {
      statusChange(c);
    }
    out.writeInt(d.accessionSteps().size());
    for (AccessionStep s : d.accessionSteps()) {
      accessionStep(s);
    }
    out.writeInt(d.meetings().size());
    for (Meeting m : d.meetings()) {
      meeting(m);
    }
    out.writeInt(d.presidencies().size());
    for (Presidency p : d.presidencies()) {
      presidency(p);
    }
    out.writeInt(d.documents().size());
    for (Document doc : d.documents()) {
      document(doc);
    }
    out.writeInt(d.initiatives().size());
    for (Initiative i : d.initiatives()) {
      initiative(i);
    }
    out.writeInt(d.officials().size());
    for (Official o : d.officials()) {
      official(o);
    }
    out.writeInt(d.rotationExceptions().size());
    for (RotationException r : d.rotationExceptions()) {
      rotationException(r);
    }
    out.writeInt(d.applications().size());
    for (Application a : d.applications()) {
      application(a);
    }
  }

  private void state(State s) throws IOException {
    code(s.code());
    out.writeUTF(s.nameEn());
    out.writeUTF(s.nameRu());
    out.writeUTF(s.nameZh());
    optString(s.iso3());
    optInt(s.cowCode());
    optInt(s.gwCode());
    optString(s.wikidataId());
    strings(s.sources());
  }

  private void source(Source s) throws IOException {
    out.writeUTF(s.id());
    out.writeUTF(s.title());
    optString(s.publisher());
    optString(s.url());
    optDate(s.published());
  }

  private void statusChange(StatusChange c) throws IOException {
    out.writeUTF(c.id());
    strings(c.sources());
    code(c.state());
    out.writeUTF(c.status().name());
    date(c.date());
    optString(c.decidedAt());
    strings(c.documents());
    out.writeUTF(c.confidence().name());
    optString(c.note());
  }

  private void accessionStep(AccessionStep s) throws IOException {
    out.writeUTF(s.id());
    strings(s.sources());
    code(s.state());
    out.writeUTF(s.stage().name());
    date(s.date());
    optString(s.decidedAt());
    strings(s.documents());
    out.writeUTF(s.confidence().name());
    optString(s.note());
  }

  private void meeting(Meeting m) throws IOException {
    out.writeUTF(m.id());
    strings(m.sources());
    out.writeUTF(m.body().name());
    out.writeUTF(m.kind().name());
    optInt(m.ordinal());
    optString(m.title());
    date(m.startDate());
    date(m.endDate());
    out.writeBoolean(m.venue().isPresent());
    if (m.venue().isPresent()) {
      out.writeUTF(m.venue().get().city());
      code(m.venue().get().state());
    }
    out.writeUTF(m.format().name());
    optCode(m.host());
    optCode(m.chair());
    out.writeInt(m.participants().size());
    for (Participant p : m.participants()) {
      participant(p);
    }
    strings(m.outcomes());
    out.writeBoolean(m.planned());
    out.writeUTF(m.confidence().name());
    optString(m.note());
  }

  private void participant(Participant p) throws IOException {
    optCode(p.state());
    optString(p.organisation());
    optString(p.headOfDelegation());
    optString(p.level().map(Enum::name));
    out.writeBoolean(p.guest());
    out.writeBoolean(p.remote());
  }

  private void presidency(Presidency p) throws IOException {
    out.writeUTF(p.id());
    strings(p.sources());
    out.writeUTF(p.body().name());
    code(p.holder());
    range(p.term());
    optString(p.openedAt());
    optString(p.closedAt());
    optString(p.slogan());
    out.writeUTF(p.confidence().name());
    optString(p.note());
  }

  private void document(Document d) throws IOException {
    out.writeUTF(d.id());
    strings(d.sources());
    out.writeUTF(d.kind().name());
    out.writeInt(d.titles().size());
    for (Map.Entry<?, String> e : d.titles().entrySet()) {
      out.writeUTF(((Enum<?>) e.getKey()).name());
      out.writeUTF(e.getValue());
    }
    optDate(d.adopted());
    optDate(d.signed());
    optDate(d.inForce());
    optString(d.adoptedAt());
    codes(d.signatories());
    out.writeInt(d.links().size());
    for (DocumentLink l : d.links()) {
      out.writeUTF(l.type().name());
      out.writeUTF(l.target());
    }
    out.writeUTF(d.confidence().name());
    optString(d.note());
  }

  private void initiative(Initiative i) throws IOException {
    out.writeUTF(i.id());
    strings(i.sources());
    out.writeUTF(i.name());
    optCode(i.proposerState());
    optString(i.proposedBy());
    optDate(i.proposed());
    optString(i.proposedAt());
    optString(i.description());
    strings(i.areas());
    strings(i.endorsedBy());
    out.writeUTF(i.confidence().name());
    optString(i.note());
  }

  private void official(Official o) throws IOException {
    out.writeUTF(o.id());
    strings(o.sources());
    out.writeUTF(o.name());
    out.writeUTF(o.post().name());
    code(o.state());
    range(o.term());
    optString(o.appointedAt());
    out.writeUTF(o.confidence().name());
    optString(o.note());
  }

  private void rotationException(RotationException r) throws IOException {
    out.writeUTF(r.id());
    strings(r.sources());
    out.writeUTF(r.body().name());
    out.writeUTF(r.kind().name());
    strings(r.presidencies());
    strings(r.officials());
    codes(r.states());
    out.writeUTF(r.description());
    optString(r.note());
  }

  private void application(Application a) throws IOException {
    out.writeUTF(a.id());
    strings(a.sources());
    code(a.state());
    optString(a.sought().map(Enum::name));
    date(a.date());
    optString(a.decidedAt());
    out.writeUTF(a.confidence().name());
    optString(a.note());
  }

  private void optString(Optional<String> s) throws IOException {
    out.writeBoolean(s.isPresent());
    if (s.isPresent()) {
      out.writeUTF(s.get());
    }
  }

  private void optInt(OptionalInt i) throws IOException {
    out.writeBoolean(i.isPresent());
    if (i.isPresent()) {
      out.writeInt(i.getAsInt());
    }
  }

  private void strings(List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      out.writeUTF(s);
    }
  }

  private void code(StateCode c) throws IOException {
    out.writeUTF(c.code());
  }

  private void optCode(Optional<StateCode> c) throws IOException {
    optString(c.map(StateCode::code));
  }

  private void codes(List<StateCode> list) throws IOException {
    out.writeInt(list.size());
    for (StateCode c : list) {
      code(c);
    }
  }

  private void date(PartialDate d) throws IOException {
    out.writeShort(d.year());
    out.writeByte(d.precision() == DatePrecision.YEAR ? 0 : d.earliest().getMonthValue());
    out.writeByte(d.precision() == DatePrecision.DAY ? d.earliest().getDayOfMonth() : 0);
  }

  private void optDate(Optional<PartialDate> d) throws IOException {
    out.writeBoolean(d.isPresent());
    if (d.isPresent()) {
      date(d.get());
    }
  }

  private void range(DateRange r) throws IOException {
    date(r.start());
    switch (r.endKind()) {
      case BOUNDED -> {
        out.writeByte(0);
        date(r.end().orElseThrow());
      }
      case ONGOING -> out.writeByte(1);
      case UNKNOWN -> out.writeByte(2);
    }
  }
}
