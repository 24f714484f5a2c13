package io.github.scosdk.json;

import static io.github.scosdk.json.JsonType.BOOL;
import static io.github.scosdk.json.JsonType.DATE;
import static io.github.scosdk.json.JsonType.STATE;
import static io.github.scosdk.json.JsonType.STRING;

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
import io.github.scosdk.model.RangeEnd;
import io.github.scosdk.model.RecordKind;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoRecord;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateStep;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The shape of every object of the {@code sco-dataset/1} format, written once: one table per type, one row per
 * field, in the order the fields are written (see {@code docs/json-format.md}). Everything a codec does is derived
 * from its table.
 */
final class Format {

  private Format() {}

  static final JsonType<AccessionStage> ACCESSION_STAGE = JsonType.of(AccessionStage.class);
  static final JsonType<Body> BODY = JsonType.of(Body.class);
  static final JsonType<Confidence> CONFIDENCE = JsonType.of(Confidence.class);
  static final JsonType<DelegationLevel> DELEGATION_LEVEL = JsonType.of(DelegationLevel.class);
  static final JsonType<DocumentKind> DOCUMENT_KIND = JsonType.of(DocumentKind.class);
  static final JsonType<Language> LANGUAGE = JsonType.of(Language.class);
  static final JsonType<LinkType> LINK_TYPE = JsonType.of(LinkType.class);
  static final JsonType<MeetingFormat> MEETING_FORMAT = JsonType.of(MeetingFormat.class);
  static final JsonType<MeetingKind> MEETING_KIND = JsonType.of(MeetingKind.class);
  static final JsonType<MembershipStatus> MEMBERSHIP_STATUS = JsonType.of(MembershipStatus.class);
  static final JsonType<Post> POST = JsonType.of(Post.class);
  static final JsonType<RotationExceptionKind> ROTATION_EXCEPTION_KIND = JsonType.of(RotationExceptionKind.class);

  /** The model's enums, each as lower_snake_case strings. */
  static final List<JsonType<?>> ENUMS =
      List.of(
          ACCESSION_STAGE, BODY, CONFIDENCE, DELEGATION_LEVEL, DOCUMENT_KIND, LANGUAGE, LINK_TYPE, MEETING_FORMAT, MEETING_KIND, MEMBERSHIP_STATUS, POST, ROTATION_EXCEPTION_KIND);

  private static final Field<Venue, Slots, String> CITY = Field.value("city", STRING, Venue::city).required();
  private static final Field<Venue, Slots, StateCode> VENUE_STATE = Field.value("state", STATE, Venue::state).required();

  /** {@code {"city": "Tianjin", "state": "CN"}}. */
  static final Codec<Venue, Slots> VENUE =
      Codec.ofSlots(Venue.class, "venue", s -> Venue.of(s.get(CITY), s.get(VENUE_STATE)), CITY, VENUE_STATE);

  private static final Field<Participant, Slots, StateCode> STATE_OF =
      Field.optional("state", STATE, null, Participant::state);
  private static final Field<Participant, Slots, String> ORGANISATION =
      Field.optional("organisation", STRING, null, Participant::organisation);
  private static final Field<Participant, Slots, String> HEAD =
      Field.optional("headOfDelegation", STRING, null, Participant::headOfDelegation);
  private static final Field<Participant, Slots, DelegationLevel> LEVEL =
      Field.optional("level", DELEGATION_LEVEL, null, Participant::level);
  private static final Field<Participant, Slots, Boolean> GUEST =
      Field.value("guest", BOOL, Participant::guest).orDefault(false);
  private static final Field<Participant, Slots, Boolean> REMOTE =
      Field.value("remote", BOOL, Participant::remote).orDefault(false);

  /** A delegation: {@code state} or {@code organisation}, then optional head, level, guest and remote flags. */
  static final Codec<Participant, Slots> PARTICIPANT =
      Codec.ofSlots(
          Participant.class,
          "participant",
          s ->
              SharedParticipants.participant(
                  s.get(STATE_OF), s.get(ORGANISATION), s.get(HEAD), s.get(LEVEL), s.get(GUEST, false),
                  s.get(REMOTE, false)),
          STATE_OF, ORGANISATION, HEAD, LEVEL, GUEST, REMOTE);

  private static final Field<DocumentLink, Slots, LinkType> TYPE =
      Field.value("type", LINK_TYPE, DocumentLink::type).required();
  private static final Field<DocumentLink, Slots, String> TARGET =
      Field.value("target", STRING, DocumentLink::target).required();

  /** {@code {"type": "transfers_presidency", "target": "pres-2025-kg"}}. */
  static final Codec<DocumentLink, Slots> LINK =
      Codec.ofSlots(DocumentLink.class, "link", s -> DocumentLink.of(s.get(TYPE), s.get(TARGET)), TYPE, TARGET);

  private static final Field<DateRange, Slots, PartialDate> START =
      Field.value("start", DATE, DateRange::start).required();
  private static final Field<DateRange, Slots, PartialDate> END = Field.optional("end", DATE, null, DateRange::end);
  private static final Field<DateRange, Slots, Boolean> ONGOING =
      Field.flag("ongoing", r -> r.endKind() == RangeEnd.ONGOING);
  private static final Field<DateRange, Slots, Boolean> END_UNKNOWN =
      Field.flag("endUnknown", r -> r.endKind() == RangeEnd.UNKNOWN);

  /** A term: {@code start} and exactly one of {@code end} (exclusive), {@code ongoing} or {@code endUnknown}. */
  static final Codec<DateRange, Slots> TERM =
      Codec.ofSlots(
              DateRange.class,
              "term",
              s ->
                  s.get(END) != null
                      ? DateRange.of(s.get(START), s.get(END))
                      : s.get(ONGOING) != null ? DateRange.ongoing(s.get(START)) : DateRange.endUnknown(s.get(START)),
              START, END, ONGOING, END_UNKNOWN)
          .exactlyOneOf(END, ONGOING, END_UNKNOWN);

  /** A state: its ISO code, names in English, Russian and Chinese, and optional codes in other systems. */
  static final Codec<State, State.Builder> STATE_RECORD =
      Codec.of(
          State.class, "state", State::builder, State.Builder::build,
          Field.value("code", STATE, State.Builder::code, State::code).required(),
          Field.value("nameEn", STRING, State.Builder::nameEn, State::nameEn).required(),
          Field.value("nameRu", STRING, State.Builder::nameRu, State::nameRu).required(),
          Field.value("nameZh", STRING, State.Builder::nameZh, State::nameZh).required(),
          Field.optional("iso3", STRING, State.Builder::iso3, State::iso3),
          Field.optionalInt("cowCode", State.Builder::cowCode, State::cowCode),
          Field.optionalInt("gwCode", State.Builder::gwCode, State::gwCode),
          Field.optional("wikidataId", STRING, State.Builder::wikidataId, State::wikidataId),
          Field.list("sources", STRING, State.Builder::addSource, State::sources));

  /** A source: id, title, and optional publisher, URL and publication date. */
  static final Codec<Source, Source.Builder> SOURCE =
      Codec.of(
          Source.class, "source", Source::builder, Source.Builder::build,
          Field.value("id", STRING, Source.Builder::id, Source::id).required(),
          Field.value("title", STRING, Source.Builder::title, Source::title).required(),
          Field.optional("publisher", STRING, Source.Builder::publisher, Source::publisher),
          Field.optional("url", STRING, Source.Builder::url, Source::url),
          Field.optional("published", DATE, Source.Builder::published, Source::published));

  /** A state's change of status toward the SCO on a date, with the meeting and documents that decided it. */
  static final Codec<StatusChange, StatusChange.Builder> STATUS_CHANGE =
      step(RecordKind.STATUS_CHANGE, StatusChange::builder, StatusChange::confidence, StatusChange::note,
          Field.value("status", MEMBERSHIP_STATUS, StatusChange.Builder::status, StatusChange::status));

  /** A step of a state's accession on a date (its own track beside the status), with where and how it was decided. */
  static final Codec<AccessionStep, AccessionStep.Builder> ACCESSION_STEP =
      step(RecordKind.ACCESSION_STEP, AccessionStep::builder, AccessionStep::confidence, AccessionStep::note,
          Field.value("stage", ACCESSION_STAGE, AccessionStep.Builder::stage, AccessionStep::stage));

  /** A meeting of a body: kind, dates, venue or format, host and chair, participants and outcomes. */
  static final Codec<Meeting, Meeting.Builder> MEETING =
      sourced(RecordKind.MEETING, Meeting::builder, Meeting::confidence, Meeting::note,
          Field.value("body", BODY, Meeting.Builder::body, Meeting::body).required(),
          Field.value("kind", MEETING_KIND, Meeting.Builder::kind, Meeting::kind).orDefault(MeetingKind.REGULAR),
          Field.optionalInt("ordinal", Meeting.Builder::ordinal, Meeting::ordinal),
          Field.optional("title", STRING, Meeting.Builder::title, Meeting::title),
          Field.value("startDate", DATE, Meeting.Builder::startDate, Meeting::startDate).required(),
          Field.value("endDate", DATE, Meeting.Builder::endDate, Meeting::endDate)
              .omitWhen((m, end) -> end.equals(m.startDate())),
          Field.optional("venue", JsonType.of(VENUE), Meeting.Builder::venue, Meeting::venue),
          Field.value("format", MEETING_FORMAT, Meeting.Builder::format, Meeting::format)
              .orDefault(MeetingFormat.IN_PERSON),
          Field.optional("host", STATE, Meeting.Builder::host, Meeting::host),
          Field.optional("chair", STATE, Meeting.Builder::chair, Meeting::chair),
          Field.list("participants", JsonType.of(PARTICIPANT), Meeting.Builder::addParticipant, Meeting::participants),
          Field.list("outcomes", STRING, Meeting.Builder::addOutcome, Meeting::outcomes),
          Field.value("planned", BOOL, Meeting.Builder::planned, Meeting::planned).orDefault(false));

  /** A term of the presidency (chairmanship) of a body: its holder and term, with the summits that open and close it. */
  static final Codec<Presidency, Presidency.Builder> PRESIDENCY =
      sourced(RecordKind.PRESIDENCY, Presidency::builder, Presidency::confidence, Presidency::note,
          Field.value("body", BODY, Presidency.Builder::body, Presidency::body).orDefault(Body.COUNCIL_OF_HEADS_OF_STATE),
          Field.value("holder", STATE, Presidency.Builder::holder, Presidency::holder).required(),
          Field.value("term", JsonType.of(TERM), Presidency.Builder::term, Presidency::term).required(),
          Field.optional("openedAt", STRING, Presidency.Builder::openedAt, Presidency::openedAt),
          Field.optional("closedAt", STRING, Presidency.Builder::closedAt, Presidency::closedAt),
          Field.optional("slogan", STRING, Presidency.Builder::slogan, Presidency::slogan));

  /** A document: kind, titles by language, named dates, the adopting meeting, signatories and typed links. */
  static final Codec<Document, Document.Builder> DOCUMENT =
      sourced(RecordKind.DOCUMENT, Document::builder, Document::confidence, Document::note,
          Field.value("kind", DOCUMENT_KIND, Document.Builder::kind, Document::kind).required(),
          Field.<Document, Document.Builder, Language, String>map("titles", LANGUAGE, STRING, Document.Builder::putTitle, Document::titles).required(),
          Field.optional("adopted", DATE, Document.Builder::adopted, Document::adopted),
          Field.optional("signed", DATE, Document.Builder::signed, Document::signed),
          Field.optional("inForce", DATE, Document.Builder::inForce, Document::inForce),
          Field.optional("adoptedAt", STRING, Document.Builder::adoptedAt, Document::adoptedAt),
          Field.list("signatories", STATE, Document.Builder::addSignatory, Document::signatories),
          Field.list("links", JsonType.of(LINK), Document.Builder::addLink, Document::links));

  /** An initiative: its name, proposer, date and place, areas, and the documents that endorse it. */
  static final Codec<Initiative, Initiative.Builder> INITIATIVE =
      sourced(RecordKind.INITIATIVE, Initiative::builder, Initiative::confidence, Initiative::note,
          Field.value("name", STRING, Initiative.Builder::name, Initiative::name).required(),
          Field.optional("proposerState", STATE, Initiative.Builder::proposerState, Initiative::proposerState),
          Field.optional("proposedBy", STRING, Initiative.Builder::proposedBy, Initiative::proposedBy),
          Field.optional("proposed", DATE, Initiative.Builder::proposed, Initiative::proposed),
          Field.optional("proposedAt", STRING, Initiative.Builder::proposedAt, Initiative::proposedAt),
          Field.optional("description", STRING, Initiative.Builder::description, Initiative::description),
          Field.list("areas", STRING, Initiative.Builder::addArea, Initiative::areas),
          Field.list("endorsedBy", STRING, Initiative.Builder::addEndorsedBy, Initiative::endorsedBy));

  /** An official of the SCO: name, post, state and term. */
  static final Codec<Official, Official.Builder> OFFICIAL =
      sourced(RecordKind.OFFICIAL, Official::builder, Official::confidence, Official::note,
          Field.value("name", STRING, Official.Builder::name, Official::name).required(),
          Field.value("post", POST, Official.Builder::post, Official::post).required(),
          Field.value("state", STATE, Official.Builder::state, Official::state).required(),
          Field.value("term", JsonType.of(TERM), Official.Builder::term, Official::term).required(),
          Field.optional("appointedAt", STRING, Official.Builder::appointedAt, Official::appointedAt));

  /** A declared exception to the rotation order: its kind, the terms and states it covers, in words. */
  static final Codec<RotationException, RotationException.Builder> ROTATION_EXCEPTION =
      Codec.of(
          RotationException.class, "rotation exception", RotationException::builder, RotationException.Builder::build,
          Field.value("id", STRING, RotationException.Builder::id, RotationException::id).required(),
          Field.value("body", BODY, RotationException.Builder::body, RotationException::body)
              .orDefault(Body.COUNCIL_OF_HEADS_OF_STATE),
          Field.value("kind", ROTATION_EXCEPTION_KIND, RotationException.Builder::kind,
              RotationException::kind).required(),
          Field.list("presidencies", STRING, RotationException.Builder::addPresidency, RotationException::presidencies),
          Field.list("officials", STRING, RotationException.Builder::addOfficial, RotationException::officials),
          Field.list("states", STATE, RotationException.Builder::addState, RotationException::states),
          Field.value("description", STRING, RotationException.Builder::description, RotationException::description)
              .required(),
          Field.optional("note", STRING, RotationException.Builder::note, RotationException::note),
          Field.list("sources", STRING, RotationException.Builder::addSource, RotationException::sources));

  /** A state's application for membership or a status, on a date (a dated fact, not a status). */
  static final Codec<Application, Application.Builder> APPLICATION =
      sourced(RecordKind.APPLICATION, Application::builder, Application::confidence, Application::note,
          Field.value("state", STATE, Application.Builder::state, Application::state).required(),
          Field.optional("sought", MEMBERSHIP_STATUS, Application.Builder::sought, Application::sought),
          Field.value("date", DATE, Application.Builder::date, Application::date).required(),
          Field.optional("decidedAt", STRING, Application.Builder::decidedAt, Application::decidedAt));

  /**
   * The codec of a kind of {@link StateStep}: {@code state}, then what the state reaches (required), then
   * {@code date}, {@code decidedAt} and {@code documents}, in a sourced table.
   */
  private static <T extends StateStep, B extends StateStep.Builder<T, B>> Codec<T, B> step(RecordKind kind,
      Supplier<B> builder, Function<T, Confidence> confidence, Function<T, Optional<String>> note,
      Field<T, B, ?> reached) {
    return sourced(kind, builder, confidence, note,
        Field.<T, B, StateCode>value("state", STATE, B::state, StateStep::state).required(),
        reached.required(),
        Field.<T, B, PartialDate>value("date", DATE, B::date, StateStep::date).required(),
        Field.<T, B, String>optional("decidedAt", STRING, B::decidedAt, StateStep::decidedAt),
        Field.<T, B, String>list("documents", STRING, B::addDocument, StateStep::documents));
  }

  /**
   * The codec of a sourced record kind (named in messages by its display name): its table starts with the
   * {@code id} and ends with the fields every sourced record has: {@code confidence}, {@code note}, {@code sources}.
   */
  @SafeVarargs
  // the fields array is only read, never written or exposed; the kind's type is the T of its builder
  @SuppressWarnings({"varargs", "unchecked"})
  private static <T extends ScoRecord, B extends ScoRecord.Builder<T, B>> Codec<T, B> sourced(RecordKind kind,
      Supplier<B> builder, Function<T, Confidence> confidence, Function<T, Optional<String>> note,
      Field<T, B, ?>... fields) {
    List<Field<T, B, ?>> all = new ArrayList<>(List.of(Field.<T, B, String>value("id", STRING, B::id, ScoRecord::id).required()));
    all.addAll(List.of(fields));
    all.add(Field.value("confidence", CONFIDENCE, B::confidence, confidence).orDefault(Confidence.HIGH));
    all.add(Field.optional("note", STRING, B::note, note));
    all.add(Field.<T, B, String>list("sources", STRING, B::addSource, ScoRecord::sources));
    return Codec.of((Class<T>) kind.type(), kind.displayName(), builder, B::build, all.toArray(Field[]::new));
  }

  /** Every record and part codec. */
  static final List<Codec<?, ?>> ALL =
      List.of(
          STATE_RECORD, SOURCE, STATUS_CHANGE, ACCESSION_STEP, MEETING, PRESIDENCY, DOCUMENT, INITIATIVE, OFFICIAL,
          ROTATION_EXCEPTION, APPLICATION, PARTICIPANT, VENUE, LINK, TERM);

  /** The codec of the type. @throws IllegalArgumentException if there is none */
  static Codec<?, ?> codec(Class<?> type) {
    return ALL.stream()
        .filter(c -> c.type() == type)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no codec for " + type));
  }
}
