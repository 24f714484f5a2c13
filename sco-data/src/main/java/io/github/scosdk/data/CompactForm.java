package io.github.scosdk.data;

import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.Application;
import io.github.scosdk.model.Body;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.DelegationLevel;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.Initiative;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.LinkType;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingFormat;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.CRC32;

/**
 * Reads the compact form of the embedded dataset ({@value #RESOURCE}): the same values as the JSON resource, written
 * at build time by the tests from the dataset's Java source ({@code CompactFormWriter}, checked there to read back
 * equal to it and to write the JSON resource's exact bytes), in the order of each type's attributes, with
 * {@link DataInputStream}'s primitives: a string is {@code readUTF}, an optional value a presence byte and the
 * value, a list its size and its elements, an enum constant its name, a partial date its year, month and day (0
 * where unknown).
 *
 * <p>The form starts with {@link #MAGIC} and the CRC-32 of the payload (every byte after these eight), recorded
 * by the writer at build time; {@link #read} refuses bytes whose payload has another CRC-32 before reading a value
 * from them, so a damaged or altered resource is an error, not a slightly different dataset. Nothing else checks
 * the bytes: a class loader's jar entry streams ({@code ZipFile}'s) do not check the entry's CRC as they inflate
 * it (only {@code ZipInputStream} does), and a class directory has none. The check is a JDK intrinsic, cheap even
 * in a fresh JVM. It finds accidents, not forgeries: whoever can rewrite the resource can rewrite the CRC, which is
 * why the loader also requires the resource to lie beside this class.
 *
 * <p>Why: in a fresh JVM, reading the JSON resource through sco-io cost most of the first answer (loading and
 * linking the JSON codecs and Jackson, about 700 classes of them lambda classes, and running them interpreted);
 * this reader loads only the model's classes and runs the same builders, so every value is still checked as it is
 * built. What the JSON reader checks beyond the builders (the document's format, unknown fields) was checked when
 * the resource was written.
 */
final class CompactForm {

  /** The name of the resource, relative to this class. */
  static final String RESOURCE = "sco-reference.bin";

  /** The first four bytes, "SCO" and the version of this form (2: with the payload's CRC-32). */
  static final int MAGIC = 0x53434F02;

  /** The length of the header: {@link #MAGIC} and the payload's CRC-32. */
  static final int HEADER = 8;

  private final DataInputStream in;

  private CompactForm(byte[] bytes) {
    this.in = new DataInputStream(new ByteArrayInputStream(bytes));
  }

  /**
   * Reads a dataset in the compact form.
   *
   * @throws IOException if the bytes are not the compact form of a dataset (cut short, another version, or a
   *     payload whose CRC-32 is not the one recorded in the header; the message gives both)
   * @throws IllegalArgumentException if a builder rejects a value
   */
  static ScoDataset read(byte[] bytes) throws IOException {
    CompactForm r = new CompactForm(bytes);
    if (r.in.readInt() != MAGIC) {
      throw new IOException("not the compact form, version 2, of a dataset");
    }
    int recorded = r.in.readInt();
    int actual = crc32(bytes);
    if (actual != recorded) {
      throw new IOException(
          "its payload's CRC-32 is " + hex(actual) + ", not the " + hex(recorded)
              + " recorded when it was written: the resource is damaged or altered");
    }
    ScoDataset dataset = r.dataset();
    if (r.in.read() != -1) {
      throw new IOException("bytes after the dataset");
    }
    return dataset;
  }

  /** {@return the CRC-32 of the payload: the bytes after the header} */
  static int crc32(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, HEADER, bytes.length - HEADER);
    return (int) crc.getValue();
  }

  private static String hex(int crc) {
    return String.format("%08x", crc);
  }

  private ScoDataset dataset() throws IOException {
    ScoDataset.Builder b = ScoDataset.builder();
    b.title(optString());
    if (in.readBoolean()) {
      b.asOfDate(LocalDate.ofEpochDay(in.readLong()));
    }
    for (int i = in.readInt(); i > 0; i--) {
      b.addState(state());
    }
    for (int i = in.readInt(); i > 0; i--) {
      b.addSource(source());
    }
    for (int i = in.readInt(); i > 0; i--) {
      b.addStatusChange(statusChange());
    }
    for (int i = in.readInt(); i > 0; i--) {
      b.addAccessionStep(accessionStep());
    }
    for (int i = in.readInt(); i > 0; i--) {
      b.addMeeting(meeting());
    }
    for (int i = in.readInt(); i > 0; i--) {
      b.addPresidency(presidency());
    }
    for (int i = in.readInt(); i > 0; i--) {
      b.addDocument(document());
    }
    for (int i = in.readInt(); i > 0; i--) {
      b.addInitiative(initiative());
    }
    for (int i = in.readInt(); i > 0; i--) {
      b.addOfficial(official());
    }
    for (int i = in.readInt(); i > 0; i--) {
      b.addRotationException(rotationException());
    }
    for (int i = in.readInt(); i > 0; i--) {
      b.addApplication(application());
    }
    return b.build();
  }

  private State state() throws IOException {
    State.Builder b = State.builder();
    b.code(code());
    b.nameEn(in.readUTF());
    b.nameRu(in.readUTF());
    b.nameZh(in.readUTF());
    b.iso3(optString());
    b.cowCode(optInt());
    b.gwCode(optInt());
    b.wikidataId(optString());
    b.sources(strings());
    return b.build();
  }

  private Source source() throws IOException {
    Source.Builder b = Source.builder();
    b.id(in.readUTF());
    b.title(in.readUTF());
    b.publisher(optString());
    b.url(optString());
    b.published(optDate());
    return b.build();
  }

  private StatusChange statusChange() throws IOException {
    StatusChange.Builder b = StatusChange.builder();
    b.id(in.readUTF());
    b.sources(strings());
    b.state(code());
    b.status(MembershipStatus.valueOf(in.readUTF()));
    b.date(date());
    b.decidedAt(optString());
    b.documents(strings());
    b.confidence(Confidence.valueOf(in.readUTF()));
    b.note(optString());
    return b.build();
  }

  private AccessionStep accessionStep() throws IOException {
    AccessionStep.Builder b = AccessionStep.builder();
    b.id(in.readUTF());
    b.sources(strings());
    b.state(code());
    b.stage(AccessionStage.valueOf(in.readUTF()));
    b.date(date());
    b.decidedAt(optString());
    b.documents(strings());
    b.confidence(Confidence.valueOf(in.readUTF()));
    b.note(optString());
    return b.build();
  }

  private Meeting meeting() throws IOException {
    Meeting.Builder b = Meeting.builder();
    b.id(in.readUTF());
    b.sources(strings());
    b.body(Body.valueOf(in.readUTF()));
    b.kind(MeetingKind.valueOf(in.readUTF()));
    b.ordinal(optInt());
    b.title(optString());
    b.startDate(date());
    b.endDate(date());
    if (in.readBoolean()) {
      b.venue(Venue.of(in.readUTF(), code()));
    }
    b.format(MeetingFormat.valueOf(in.readUTF()));
    b.host(optCode());
    b.chair(optCode());
    for (int i = in.readInt(); i > 0; i--) {
      b.addParticipant(participant());
    }
    b.outcomes(strings());
    b.planned(in.readBoolean());
    b.confidence(Confidence.valueOf(in.readUTF()));
    b.note(optString());
    return b.build();
  }

  private Participant participant() throws IOException {
    Participant.Builder b = Participant.builder();
    b.state(optCode());
    b.organisation(optString());
    b.headOfDelegation(optString());
    if (in.readBoolean()) {
      b.level(DelegationLevel.valueOf(in.readUTF()));
    }
    b.guest(in.readBoolean());
    b.remote(in.readBoolean());
    return b.build();
  }

  private Presidency presidency() throws IOException {
    Presidency.Builder b = Presidency.builder();
    b.id(in.readUTF());
    b.sources(strings());
    b.body(Body.valueOf(in.readUTF()));
    b.holder(code());
    b.term(range());
    b.openedAt(optString());
    b.closedAt(optString());
    b.slogan(optString());
    b.confidence(Confidence.valueOf(in.readUTF()));
    b.note(optString());
    return b.build();
  }

  private Document document() throws IOException {
    Document.Builder b = Document.builder();
    b.id(in.readUTF());
    b.sources(strings());
    b.kind(DocumentKind.valueOf(in.readUTF()));
    Map<Language, String> titles = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      titles.put(Language.valueOf(in.readUTF()), in.readUTF());
    }
    b.titles(titles);
    b.adopted(optDate());
    b.signed(optDate());
    b.inForce(optDate());
    b.adoptedAt(optString());
    b.signatories(codes());
    for (int i = in.readInt(); i > 0; i--) {
      b.addLink(DocumentLink.of(LinkType.valueOf(in.readUTF()), in.readUTF()));
    }
    b.confidence(Confidence.valueOf(in.readUTF()));
    b.note(optString());
    return b.build();
  }

  private Initiative initiative() throws IOException {
    Initiative.Builder b = Initiative.builder();
    b.id(in.readUTF());
    b.sources(strings());
    b.name(in.readUTF());
    b.proposerState(optCode());
    b.proposedBy(optString());
    b.proposed(optDate());
    b.proposedAt(optString());
    b.description(optString());
    b.areas(strings());
    b.endorsedBy(strings());
    b.confidence(Confidence.valueOf(in.readUTF()));
    b.note(optString());
    return b.build();
  }

  private Official official() throws IOException {
    Official.Builder b = Official.builder();
    b.id(in.readUTF());
    b.sources(strings());
    b.name(in.readUTF());
    b.post(Post.valueOf(in.readUTF()));
    b.state(code());
    b.term(range());
    b.appointedAt(optString());
    b.confidence(Confidence.valueOf(in.readUTF()));
    b.note(optString());
    return b.build();
  }

  private RotationException rotationException() throws IOException {
    RotationException.Builder b = RotationException.builder();
    b.id(in.readUTF());
    b.sources(strings());
    b.body(Body.valueOf(in.readUTF()));
    b.kind(RotationExceptionKind.valueOf(in.readUTF()));
    b.presidencies(strings());
    b.officials(strings());
    b.states(codes());
    b.description(in.readUTF());
    b.note(optString());
    return b.build();
  }

  private Application application() throws IOException {
    Application.Builder b = Application.builder();
    b.id(in.readUTF());
    b.sources(strings());
    b.state(code());
    if (in.readBoolean()) {
      b.sought(MembershipStatus.valueOf(in.readUTF()));
    }
    b.date(date());
    b.decidedAt(optString());
    b.confidence(Confidence.valueOf(in.readUTF()));
    b.note(optString());
    return b.build();
  }

  private Optional<String> optString() throws IOException {
    return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
  }

  private OptionalInt optInt() throws IOException {
    return in.readBoolean() ? OptionalInt.of(in.readInt()) : OptionalInt.empty();
  }

  private List<String> strings() throws IOException {
    int n = in.readInt();
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(in.readUTF());
    }
    return list;
  }

  private StateCode code() throws IOException {
    return StateCode.of(in.readUTF());
  }

  private Optional<StateCode> optCode() throws IOException {
    return in.readBoolean() ? Optional.of(code()) : Optional.empty();
  }

  private List<StateCode> codes() throws IOException {
    int n = in.readInt();
    List<StateCode> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(code());
    }
    return list;
  }

  private PartialDate date() throws IOException {
    int year = in.readShort();
    int month = in.readByte();
    int day = in.readByte();
    if (day != 0) {
      return PartialDate.of(year, month, day);
    }
    return month != 0 ? PartialDate.ofYearMonth(year, month) : PartialDate.ofYear(year);
  }

  private Optional<PartialDate> optDate() throws IOException {
    return in.readBoolean() ? Optional.of(date()) : Optional.empty();
  }

  private DateRange range() throws IOException {
    PartialDate start = date();
    switch (in.readByte()) {
      case 0:
        return DateRange.of(start, date());
      case 1:
        return DateRange.ongoing(start);
      case 2:
        return DateRange.endUnknown(start);
      default:
        throw new IOException("unknown end of a range");
    }
  }
}
