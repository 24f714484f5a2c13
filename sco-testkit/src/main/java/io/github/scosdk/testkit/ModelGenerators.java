package io.github.scosdk.testkit;

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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of single, well-formed values of every model type: each value passes its builder's checks, but
 * values are unrelated to each other (ids point nowhere in particular). For consistent, valid whole datasets use
 * {@link DatasetGenerator}; for datasets with one broken rule, {@link Defects}.
 *
 * <p>Dates lie between 2001-06-15 and 2030-12-31; ids are short and unique with high probability. Stateless.
 */
public final class ModelGenerators {

  private static final LocalDate FIRST = ScoCalendar.FOUNDING;
  private static final LocalDate LAST = LocalDate.of(2030, 12, 31);
  private static final List<String> CODES = List.of(Locale.getISOCountries());
  private static final Gen<String> AREAS = Gen.oneOf(List.of("health", "trade", "energy", "security"));

  private ModelGenerators() {}

  /**
   * Assigned ISO 3166-1 alpha-2 codes.
   *
   * @return the generator
   */
  public static Gen<StateCode> stateCodes() {
    return r -> StateCode.of(CODES.get(r.nextInt(CODES.size())));
  }

  /**
   * The ten SCO member states and invented states with Cyrillic, Latin and Chinese names.
   *
   * @return the generator
   */
  public static Gen<State> states() {
    return r -> {
      if (r.nextBoolean()) {
        List<State> real = new ArrayList<>(StatePool.FOUNDERS);
        real.addAll(StatePool.LATER_MEMBERS);
        return real.get(r.nextInt(real.size()));
      }
      return StatePool.invent(r, new HashSet<>(), new HashSet<>());
    };
  }

  /**
   * Days from 2001-06-15 to 2030-12-31.
   *
   * @return the generator
   */
  public static Gen<LocalDate> days() {
    return r -> FIRST.plusDays(r.nextLong(LAST.toEpochDay() - FIRST.toEpochDay() + 1));
  }

  /**
   * Partial dates of every precision (mostly exact days).
   *
   * @return the generator
   */
  public static Gen<PartialDate> partialDates() {
    return r -> {
      LocalDate d = days().generate(r);
      int p = r.nextInt(6);
      return p == 0 ? PartialDate.ofYear(d.getYear())
          : p == 1 ? PartialDate.ofYearMonth(d.getYear(), d.getMonthValue())
          : PartialDate.of(d);
    };
  }

  /**
   * Date ranges: bounded (end not before start), ongoing or of unknown end.
   *
   * @return the generator
   */
  public static Gen<DateRange> dateRanges() {
    return r -> {
      LocalDate start = days().generate(r);
      int k = r.nextInt(5);
      if (k == 0) {
        return DateRange.ongoing(PartialDate.of(start));
      }
      if (k == 1) {
        return DateRange.endUnknown(PartialDate.of(start));
      }
      return DateRange.of(start, start.plusDays(r.nextInt(0, 1500)));
    };
  }

  /**
   * Ids such as {@code rec-1234}.
   *
   * @return the generator
   */
  public static Gen<String> ids() {
    return r -> "rec-" + r.nextInt(1_000_000);
  }

  /**
   * Sources, some with publisher, URL and publication date.
   *
   * @return the generator
   */
  public static Gen<Source> sources() {
    return r -> {
      var b = Source.builder().id("src-" + r.nextInt(1_000_000)).title("Source " + r.nextInt(1000));
      if (r.nextBoolean()) {
        b.publisher("Publisher " + r.nextInt(100)).url("https://example.org/" + r.nextInt(100_000));
      }
      if (r.nextBoolean()) {
        b.published(partialDates().generate(r));
      }
      return b.build();
    };
  }

  /**
   * Venues in generated cities.
   *
   * @return the generator
   */
  public static Gen<Venue> venues() {
    return r -> Venue.of(StatePool.city(r), stateCodes().generate(r));
  }

  /**
   * Participants: states (some guests) or organisations.
   *
   * @return the generator
   */
  public static Gen<Participant> participants() {
    return r -> {
      Participant.Builder b = Participant.builder();
      if (r.nextInt(4) == 0) {
        b.organisation(r.nextBoolean() ? "SCO Secretariat" : "RATS Executive Committee");
      } else {
        b.state(stateCodes().generate(r)).guest(r.nextInt(5) == 0);
      }
      if (r.nextBoolean()) {
        b.headOfDelegation(StatePool.person(r)).level(pick(r, DelegationLevel.values()));
      }
      return b.remote(r.nextInt(6) == 0).build();
    };
  }

  /**
   * Status changes to any status on any date.
   *
   * @return the generator
   */
  public static Gen<StatusChange> statusChanges() {
    return r ->
        StatusChange.builder()
            .id(ids().generate(r))
            .state(stateCodes().generate(r))
            .status(pick(r, MembershipStatus.values()))
            .date(partialDates().generate(r))
            .confidence(pick(r, Confidence.values()))
            .build();
  }

  /**
   * Meetings of any body, with distinct state participants.
   *
   * @return the generator
   */
  public static Gen<Meeting> meetings() {
    return r -> {
      LocalDate start = days().generate(r);
      Meeting.Builder b =
          Meeting.builder()
              .id(ids().generate(r))
              .body(pick(r, Body.values()))
              .kind(pick(r, MeetingKind.values()))
              .startDate(PartialDate.of(start))
              .endDate(PartialDate.of(start.plusDays(r.nextInt(0, 4))))
              .format(pick(r, MeetingFormat.values()))
              .planned(r.nextInt(8) == 0);
      if (r.nextBoolean()) {
        b.ordinal(r.nextInt(1, 40));
      }
      StateCode host = stateCodes().generate(r);
      b.host(host).chair(host).venue(Venue.of(StatePool.city(r), host));
      Set<StateCode> seen = new HashSet<>();
      Set<String> seenOrganisations = new HashSet<>();
      for (Participant p : participants().list(0, 12).generate(r)) {
        if (p.state().isPresent() ? seen.add(p.state().get()) : seenOrganisations.add(p.organisation().get())) {
          b.addParticipant(p);
        }
      }
      return b.build();
    };
  }

  /**
   * Chairmanship terms: of the presidency (the Council of Heads of State) or of the Council of Heads of Government.
   *
   * @return the generator
   */
  public static Gen<Presidency> presidencies() {
    return r -> {
      var b = Presidency.builder().id(ids().generate(r)).holder(stateCodes().generate(r)).term(dateRanges().generate(r));
      if (r.nextBoolean()) {
        b.openedAt(ids().generate(r)).closedAt(ids().generate(r));
      }
      return b.body(chairmanshipBodies().generate(r)).build();
    };
  }

  /**
   * Typed links.
   *
   * @return the generator
   */
  public static Gen<DocumentLink> documentLinks() {
    return r -> DocumentLink.of(pick(r, LinkType.values()), ids().generate(r));
  }

  /**
   * Documents with titles, dates, distinct signatories and links.
   *
   * @return the generator
   */
  public static Gen<Document> documents() {
    return r -> {
      Document.Builder b =
          Document.builder()
              .id(ids().generate(r))
              .kind(pick(r, DocumentKind.values()))
              .putTitle(Language.EN, "Document " + r.nextInt(1000));
      if (r.nextBoolean()) {
        b.putTitle(Language.RU, "Документ " + r.nextInt(1000));
      }
      if (r.nextBoolean()) {
        PartialDate d = partialDates().generate(r);
        b.adopted(d).signed(d).adoptedAt(ids().generate(r));
      }
      b.signatories(new LinkedHashSet<>(stateCodes().list(0, 6).generate(r)));
      b.links(new LinkedHashSet<>(documentLinks().list(0, 3).generate(r)));
      return b.build();
    };
  }

  /**
   * Initiatives with distinct areas.
   *
   * @return the generator
   */
  public static Gen<Initiative> initiatives() {
    return r ->
        Initiative.builder()
            .id(ids().generate(r))
            .name("Initiative " + r.nextInt(1000))
            .proposerState(stateCodes().generate(r))
            .proposed(partialDates().generate(r))
            .areas(new LinkedHashSet<>(AREAS.list(0, 3).generate(r)))
            .build();
  }

  /**
   * Officials.
   *
   * @return the generator
   */
  public static Gen<Official> officials() {
    return r ->
        Official.builder()
            .id(ids().generate(r))
            .name(StatePool.person(r))
            .post(pick(r, Post.values()))
            .state(stateCodes().generate(r))
            .term(dateRanges().generate(r))
            .build();
  }

  /**
   * The bodies with a chairmanship of their own: the Council of Heads of State (the presidency) two times in three,
   * else the Council of Heads of Government.
   *
   * @return the generator
   */
  public static Gen<Body> chairmanshipBodies() {
    return r -> r.nextInt(3) == 0 ? Body.COUNCIL_OF_HEADS_OF_GOVERNMENT : Body.COUNCIL_OF_HEADS_OF_STATE;
  }

  /**
   * Declared rotation exceptions, of the presidency or of the CHG chairmanship.
   *
   * @return the generator
   */
  public static Gen<RotationException> rotationExceptions() {
    return r ->
        RotationException.builder()
            .id(ids().generate(r))
            .kind(pick(r, RotationExceptionKind.values()))
            .presidencies(new LinkedHashSet<>(ids().list(1, 3).generate(r)))
            .states(new LinkedHashSet<>(stateCodes().list(0, 2).generate(r)))
            .description("Exception " + r.nextInt(1000))
            .body(chairmanshipBodies().generate(r))
            .build();
  }

  /**
   * Applications: for membership or a partner status ({@link Application#SOUGHT}) or, one time in four, for a status
   * the sources do not name; decided at a meeting one time in two.
   *
   * @return the generator
   */
  public static Gen<Application> applications() {
    return r -> {
      Application.Builder b =
          Application.builder().id(ids().generate(r)).state(stateCodes().generate(r)).date(partialDates().generate(r));
      if (r.nextInt(4) != 0) {
        b.sought(pick(r, Application.SOUGHT.toArray(new MembershipStatus[0])));
      }
      if (r.nextBoolean()) {
        b.decidedAt(ids().generate(r));
      }
      return b.build();
    };
  }

  /**
   * Valid whole datasets of up to the given number of presidency terms ({@link DatasetGenerator#ofSize}).
   *
   * @param size the largest number of presidency terms, 1 to 60
   * @return the generator
   */
  public static Gen<ScoDataset> datasets(int size) {
    return DatasetGenerator.ofSize(size);
  }

  private static <T> T pick(RandomGenerator r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
