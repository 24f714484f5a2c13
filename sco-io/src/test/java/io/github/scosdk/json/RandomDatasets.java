package io.github.scosdk.json;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generator of well-formed (not necessarily rule-abiding) model values for the JSON tests: every optional
 * field is sometimes present and sometimes absent, every enum constant and date precision occurs, and strings
 * include characters that need escaping, non-ASCII letters and surrogate pairs. The same seed always gives the
 * same values. To be replaced by the sco-testkit generators.
 */
final class RandomDatasets {

  private static final String[] CODES = {"CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK", "IR", "BY", "MN", "LA"};
  private static final String[] WORDS = {
    "Summit", "Кыргызстан", "上海合作组织", "a \"quoted\" word", "back\\slash", "tab\there", "line\nbreak",
    "emoji \uD83C\uDF0F", "ctrl\u0001char", "slash/ok", "Déclaration", "<tag>&amp;", "  padded  ", "Ж"
  };

  private final Random random;
  private int nextId;

  private RandomDatasets(long seed) {
    this.random = new Random(seed);
  }

  /** A dataset for the seed, with up to a few records of every kind. */
  static ScoDataset dataset(long seed) {
    return new RandomDatasets(seed).dataset();
  }

  /** A generator for single records. */
  static RandomDatasets withSeed(long seed) {
    return new RandomDatasets(seed);
  }

  ScoDataset dataset() {
    ScoDataset.Builder b = ScoDataset.builder();
    if (random.nextBoolean()) {
      b.title(text());
    }
    if (random.nextBoolean()) {
      b.asOfDate(LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }
    List<String> codes = new ArrayList<>(List.of(CODES));
    java.util.Collections.shuffle(codes, random);
    for (String c : codes.subList(0, random.nextInt(5))) {
      b.addState(state(StateCode.of(c)));
    }
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.addSource(source());
    }
    for (int i = 0, k = random.nextInt(4); i < k; i++) {
      b.addStatusChange(statusChange());
    }
    for (int i = 0, k = random.nextInt(4); i < k; i++) {
      b.addMeeting(meeting());
    }
    for (int i = 0, k = random.nextInt(4); i < k; i++) {
      b.addPresidency(presidency());
    }
    for (int i = 0, k = random.nextInt(4); i < k; i++) {
      b.addDocument(document());
    }
    for (int i = 0, k = random.nextInt(3); i < k; i++) {
      b.addInitiative(initiative());
    }
    for (int i = 0, k = random.nextInt(3); i < k; i++) {
      b.addOfficial(official());
    }
    for (int i = 0, k = random.nextInt(3); i < k; i++) {
      b.addRotationException(rotationException());
    }
    for (int i = 0, k = random.nextInt(3); i < k; i++) {
      b.addApplication(application());
    }
    return b.build();
  }

  State state(StateCode code) {
    return State.builder()
        .code(code)
        .nameEn(text())
        .nameRu(text())
        .nameZh(text())
        .sources(ids())
        .build();
  }

  Source source() {
    var b = Source.builder().id(id("src")).title(text());
    if (random.nextBoolean()) {
      b.publisher(text());
    }
    if (random.nextBoolean()) {
      b.url("https://example.org/" + random.nextInt(1000) + "?q=a&b=%20");
    }
    if (random.nextBoolean()) {
      b.published(partialDate());
    }
    return b.build();
  }

  StatusChange statusChange() {
    StatusChange.Builder b =
        StatusChange.builder()
            .id(id("sc"))
            .state(code())
            .status(pick(MembershipStatus.values()))
            .date(partialDate())
            .documents(ids())
            .confidence(pick(Confidence.values()))
            .sources(ids());
    if (random.nextBoolean()) {
      b.decidedAt(id("m"));
    }
    if (random.nextBoolean()) {
      b.note(text());
    }
    return b.build();
  }

  Meeting meeting() {
    PartialDate start = partialDate();
    Meeting.Builder b =
        Meeting.builder()
            .id(id("m"))
            .body(pick(Body.values()))
            .kind(pick(MeetingKind.values()))
            .startDate(start)
            .format(pick(MeetingFormat.values()))
            .planned(random.nextBoolean())
            .confidence(pick(Confidence.values()))
            .outcomes(ids())
            .sources(ids());
    if (random.nextBoolean()) {
      b.endDate(PartialDate.of(start.latest().plusDays(random.nextInt(4))));
    }
    if (random.nextBoolean()) {
      b.ordinal(1 + random.nextInt(random.nextBoolean() ? 30 : Integer.MAX_VALUE - 1));
    }
    if (random.nextBoolean()) {
      b.title(text());
    }
    if (random.nextBoolean()) {
      b.venue(Venue.of(text(), code()));
    }
    if (random.nextBoolean()) {
      b.host(code());
    }
    if (random.nextBoolean()) {
      b.chair(code());
    }
    Set<StateCode> used = new LinkedHashSet<>();
    Set<String> usedOrganisations = new LinkedHashSet<>();
    for (int i = 0, k = random.nextInt(4); i < k; i++) {
      Participant p = participant();
      if (p.state().isPresent() ? used.add(p.state().get()) : usedOrganisations.add(p.organisation().get())) {
        b.addParticipant(p);
      }
    }
    if (random.nextBoolean()) {
      b.note(text());
    }
    return b.build();
  }

  Participant participant() {
    Participant.Builder b = Participant.builder();
    if (random.nextBoolean()) {
      b.state(code());
    } else {
      b.organisation(text());
    }
    if (random.nextBoolean()) {
      b.headOfDelegation(text());
    }
    if (random.nextBoolean()) {
      b.level(pick(DelegationLevel.values()));
    }
    return b.guest(random.nextBoolean()).remote(random.nextBoolean()).build();
  }

  Presidency presidency() {
    var b =
        Presidency.builder()
            .id(id("pres"))
            .holder(code())
            .term(dateRange())
            .confidence(pick(Confidence.values()))
            .sources(ids());
    if (random.nextBoolean()) {
      b.openedAt(id("m"));
    }
    if (random.nextBoolean()) {
      b.closedAt(id("m"));
    }
    if (random.nextBoolean()) {
      b.slogan(text());
    }
    if (random.nextBoolean()) {
      b.note(text());
    }
    return b.build();
  }

  DateRange dateRange() {
    PartialDate start = partialDate();
    switch (random.nextInt(3)) {
      case 0:
        return DateRange.ongoing(start);
      case 1:
        return DateRange.endUnknown(start);
      default:
        return DateRange.of(start, PartialDate.of(start.latest().plusDays(random.nextInt(2000))));
    }
  }

  Document document() {
    Document.Builder b =
        Document.builder()
            .id(id("doc"))
            .kind(pick(DocumentKind.values()))
            .confidence(pick(Confidence.values()))
            .sources(ids());
    List<Language> languages = new ArrayList<>(List.of(Language.values()));
    java.util.Collections.shuffle(languages, random);
    for (Language l : languages.subList(0, 1 + random.nextInt(languages.size()))) {
      b.putTitle(l, text());
    }
    if (random.nextBoolean()) {
      b.adopted(partialDate());
    }
    if (random.nextBoolean()) {
      b.signed(partialDate());
    }
    if (random.nextBoolean()) {
      b.inForce(partialDate());
    }
    if (random.nextBoolean()) {
      b.adoptedAt(id("m"));
    }
    Set<StateCode> signatories = new LinkedHashSet<>();
    for (int i = 0, k = random.nextInt(4); i < k; i++) {
      signatories.add(code());
    }
    b.signatories(signatories);
    for (int i = 0, k = random.nextInt(3); i < k; i++) {
      b.addLink(DocumentLink.of(pick(LinkType.values()), id("t")));
    }
    if (random.nextBoolean()) {
      b.note(text());
    }
    return b.build();
  }

  Initiative initiative() {
    Initiative.Builder b =
        Initiative.builder()
            .id(id("ini"))
            .name(text())
            .endorsedBy(ids())
            .confidence(pick(Confidence.values()))
            .sources(ids());
    if (random.nextBoolean()) {
      b.proposerState(code());
    }
    if (random.nextBoolean()) {
      b.proposedBy(text());
    }
    if (random.nextBoolean()) {
      b.proposed(partialDate());
    }
    if (random.nextBoolean()) {
      b.proposedAt(id("m"));
    }
    if (random.nextBoolean()) {
      b.description(text());
    }
    Set<String> areas = new LinkedHashSet<>();
    for (int i = 0, k = random.nextInt(3); i < k; i++) {
      areas.add(text());
    }
    b.areas(areas);
    if (random.nextBoolean()) {
      b.note(text());
    }
    return b.build();
  }

  Official official() {
    var b =
        Official.builder()
            .id(id("off"))
            .name(text())
            .post(pick(Post.values()))
            .state(code())
            .term(dateRange())
            .confidence(pick(Confidence.values()))
            .sources(ids());
    if (random.nextBoolean()) {
      b.appointedAt(id("m"));
    }
    if (random.nextBoolean()) {
      b.note(text());
    }
    return b.build();
  }

  RotationException rotationException() {
    var b =
        RotationException.builder()
            .id(id("rx"))
            .kind(pick(RotationExceptionKind.values()))
            .description(text())
            .sources(ids());
    for (int i = 0, k = 1 + random.nextInt(2); i < k; i++) {
      b.addPresidency(id("pres"));
    }
    Set<StateCode> states = new LinkedHashSet<>();
    for (int i = 0, k = random.nextInt(3); i < k; i++) {
      states.add(code());
    }
    b.states(states);
    if (random.nextBoolean()) {
      b.note(text());
    }
    return b.build();
  }

  Application application() {
    var b =
        Application.builder()
            .id(id("app"))
            .state(code())
            .date(partialDate())
            .confidence(pick(Confidence.values()))
            .sources(ids());
    if (random.nextBoolean()) {
      b.sought(pick(Application.SOUGHT.toArray(new MembershipStatus[0])));
    }
    if (random.nextBoolean()) {
      b.decidedAt(id("m"));
    }
    if (random.nextBoolean()) {
      b.note(text());
    }
    return b.build();
  }

  PartialDate partialDate() {
    int year = random.nextInt(10) == 0 ? 1 + random.nextInt(9999) : 1996 + random.nextInt(35);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofYearMonth(year, 1 + random.nextInt(12));
      default:
        return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
  }

  private StateCode code() {
    return StateCode.of(pick(CODES));
  }

  private String id(String prefix) {
    return prefix + "-" + (nextId++) + (random.nextBoolean() ? "" : ".x_y:z");
  }

  private List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (int i = 0, k = random.nextInt(3); i < k; i++) {
      ids.add(id("s"));
    }
    return ids;
  }

  private String text() {
    StringBuilder sb = new StringBuilder(pick(WORDS));
    if (random.nextBoolean()) {
      sb.append(' ').append(pick(WORDS));
    }
    return sb.toString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
