package io.github.scosdk.benchmarks.data;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.DelegationLevel;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.Initiative;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.LinkType;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationOrder;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fast, deterministic synthetic datasets of any size that the standard validator accepts without an error, so that
 * benchmarks measure the normal path.
 *
 * <p>The six founders are members from 2001-06-15 and hold the presidency in turn, in rotation order (Kazakhstan,
 * China, Kyrgyzstan, Russia, Tajikistan, Uzbekistan), in consecutive terms of {@value #TERM_DAYS} days (two days in {@link #ofHistories}, so that 10^6 terms end
 * before the year 9999). Forty other
 * states become SCO partners and drop the status again, day after day, from 2025-09-01 (the only statuses that may
 * alternate forever). Meetings fall inside the terms and are chaired by the holder; documents are adopted and
 * signed by the members at a meeting; every reference resolves. The same size always gives the same dataset.
 *
 * <p>The sco-testkit generators were not available when this was written; they aim at variety and defects, this
 * class at volume (10^6 records in about a second).
 */
public final class SyntheticDataset {

  /** The length of every presidency term of {@link #ofRecords} (those of {@link #ofHistories} last two days). */
  public static final int TERM_DAYS = 7;

  private static final int HISTORY_TERM_DAYS = 2;

  private static final LocalDate FOUNDING = LocalDate.of(2001, 6, 15);
  private static final LocalDate MERGER = LocalDate.of(2025, 9, 1);

  /** The founders in SCO rotation order (Russian alphabetical order of their names). */
  private static final String[][] FOUNDERS = {
    {"KZ", "Kazakhstan", "Казахстан", "哈萨克斯坦"},
    {"CN", "China", "Китай", "中国"},
    {"KG", "Kyrgyzstan", "Кыргызстан", "吉尔吉斯斯坦"},
    {"RU", "Russia", "Россия", "俄罗斯"},
    {"TJ", "Tajikistan", "Таджикистан", "塔吉克斯坦"},
    {"UZ", "Uzbekistan", "Узбекистан", "乌兹别克斯坦"},
  };

  private static final String[] PARTNERS = {
    "AF", "AM", "AZ", "BH", "BD", "BT", "BN", "KH", "EG", "ET", "GE", "ID", "IQ", "JO", "KW", "LA", "LB", "MY",
    "MV", "MN", "MM", "NP", "OM", "PH", "QA", "SA", "SG", "LK", "SY", "TH", "TR", "TM", "AE", "VN", "YE", "DZ",
    "MA", "TN", "KE", "NG"
  };

  private static final Body[] BODIES = {
    Body.COUNCIL_OF_HEADS_OF_STATE,
    Body.COUNCIL_OF_FOREIGN_MINISTERS,
    Body.COUNCIL_OF_NATIONAL_COORDINATORS,
    Body.COUNCIL_OF_HEADS_OF_GOVERNMENT,
    Body.MINISTERIAL_MEETING,
    Body.REGIONAL_ANTI_TERRORIST_STRUCTURE,
  };

  private static final DelegationLevel[] LEVELS = {
    DelegationLevel.HEAD_OF_STATE,
    DelegationLevel.MINISTER,
    DelegationLevel.NATIONAL_COORDINATOR,
    DelegationLevel.HEAD_OF_GOVERNMENT,
    DelegationLevel.MINISTER,
    DelegationLevel.OFFICIAL,
  };

  private static final DocumentKind[] DOCUMENT_KINDS = {
    DocumentKind.DECLARATION, DocumentKind.COMMUNIQUE, DocumentKind.DECISION, DocumentKind.AGREEMENT,
    DocumentKind.PLAN, DocumentKind.JOINT_STATEMENT
  };

  private static final int SOURCE_COUNT = 16;

  private SyntheticDataset() {}

  /**
   * A valid dataset of about {@code records} records: half meetings, a fifth documents, 15% status changes, 10%
   * presidency terms, 3% officials, 2% initiatives (at least one term and the founders' six changes).
   */
  public static ScoDataset ofRecords(int records) {
    int presidencies = Math.max(2, records / 10);
    int meetings = Math.max(1, records / 2);
    int documents = Math.max(1, records / 5);
    int statusChanges = Math.max(FOUNDERS.length, records * 15 / 100);
    int officials = Math.max(1, records * 3 / 100);
    int initiatives = Math.max(1, records * 2 / 100);
    return new Builder(presidencies, meetings, documents, statusChanges, officials, initiatives, TERM_DAYS).build();
  }

  /** A valid dataset with {@code meetings} meetings and the other records in the proportions of {@link #ofRecords}. */
  public static ScoDataset ofMeetings(int meetings) {
    return ofRecords(meetings * 2);
  }

  /** A valid dataset of states, {@code changes} status changes and {@code changes} presidency terms, nothing else. */
  public static ScoDataset ofHistories(int changes) {
    return new Builder(changes, 0, 0, changes, 0, 0, HISTORY_TERM_DAYS).build();
  }

  /** The first day of the synthetic presidency timeline (the founding). */
  public static LocalDate firstDay() {
    return FOUNDING;
  }

  /** The first day of the partners' alternating histories (the partner merger, 2025-09-01). */
  public static LocalDate partnersFrom() {
    return MERGER;
  }

  /** The founders' codes in rotation order. */
  public static List<StateCode> founders() {
    List<StateCode> codes = new ArrayList<>();
    for (String[] f : FOUNDERS) {
      codes.add(StateCode.of(f[0]));
    }
    return codes;
  }

  /** The codes of the states that alternate between partner and none. */
  public static List<StateCode> partners() {
    List<StateCode> codes = new ArrayList<>();
    for (String p : PARTNERS) {
      codes.add(StateCode.of(p));
    }
    return codes;
  }

  private static final class Builder {
    private final int presidencies;
    private final int meetings;
    private final int documents;
    private final int statusChanges;
    private final int officials;
    private final int initiatives;
    private final int termDays;
    private final StateCode[] founders = founders().toArray(new StateCode[0]);
    private final StateCode[] partners = partners().toArray(new StateCode[0]);
    private final ScoDataset.Builder out = ScoDataset.builder();

    Builder(
        int presidencies, int meetings, int documents, int statusChanges, int officials, int initiatives, int termDays) {
      this.termDays = termDays;
      this.presidencies = presidencies;
      this.meetings = meetings;
      this.documents = documents;
      this.statusChanges = statusChanges;
      this.officials = officials;
      this.initiatives = initiatives;
    }

    ScoDataset build() {
      out.title("synthetic dataset: " + presidencies + " terms, " + meetings + " meetings, " + documents
          + " documents, " + statusChanges + " status changes");
      states();
      sources();
      statusChanges();
      presidencies();
      meetingsAndDocuments();
      officials();
      initiatives();
      return secretariesGeneralInRotation(out.build());
    }

    /**
     * The Secretaries-General handed to the states the rotation of Charter Art. 11 expects (the first member first,
     * then each next member after the previous holder among the members on the term's first day), in the order the
     * rule takes them, so that {@code official.rotation-order} finds nothing.
     */
    private static ScoDataset secretariesGeneralInRotation(ScoDataset d) {
      java.util.Map<String, StateCode> holder = new java.util.HashMap<>();
      State previous = null;
      for (Official o : d.officialTimeline(Post.SECRETARY_GENERAL)) {
        List<State> members = new ArrayList<>();
        d.membersOn(o.term().start().earliest()).forEach(c -> d.state(c).ifPresent(members::add));
        java.util.Optional<State> next =
            previous == null
                ? members.stream().min(RotationOrder.comparator())
                : RotationOrder.successor(previous, members);
        if (next.isPresent()) {
          holder.put(o.id(), next.get().code());
          previous = next.get();
        } else {
          previous = d.state(o.state()).orElse(previous);
        }
      }
      List<Official> officials = new ArrayList<>(d.officials());
      officials.replaceAll(o -> holder.containsKey(o.id()) ? o.withState(holder.get(o.id())) : o);
      return ScoDataset.builder().from(d).officials(officials).build();
    }

    private void states() {
      for (String[] f : FOUNDERS) {
        out.addStates(State.builder().code(StateCode.of(f[0])).nameEn(f[1]).nameRu(f[2]).nameZh(f[3]).build());
      }
      for (String p : PARTNERS) {
        out.addStates(
            State.builder().code(StateCode.of(p)).nameEn("State " + p).nameRu("Государство " + p)
                .nameZh("国家 " + p).build());
      }
    }

    private void sources() {
      for (int i = 0; i < SOURCE_COUNT; i++) {
        out.addSources(
            Source.builder()
                .id("src-" + i)
                .title("Synthetic source number " + i)
                .publisher("Synthetic Press")
                .url("https://example.org/sources/" + i)
                .published(PartialDate.of(2001 + i, 1 + i % 12, 1 + i))
                .build());
      }
    }

    private static String source(int i) {
      return "src-" + Math.floorMod(i, SOURCE_COUNT);
    }

    private void statusChanges() {
      for (int i = 0; i < founders.length; i++) {
        out.addStatusChanges(
            StatusChange.builder()
                .id("sc-f-" + founders[i])
                .state(founders[i])
                .status(MembershipStatus.MEMBER)
                .date(PartialDate.of(FOUNDING))
                .addSources(source(i))
                .build());
      }
      int rest = statusChanges - founders.length;
      // round-robin over the partners: the k-th change of a state is on day k after the merger
      for (int i = 0; i < rest; i++) {
        StateCode state = partners[i % partners.length];
        int k = i / partners.length;
        out.addStatusChanges(
            StatusChange.builder()
                .id("sc-" + i)
                .state(state)
                .status(k % 2 == 0 ? MembershipStatus.PARTNER : MembershipStatus.NONE)
                .date(PartialDate.of(MERGER.plusDays(k)))
                .addSources(source(i))
                .build());
      }
    }

    private StateCode holder(int term) {
      return founders[term % founders.length];
    }

    private LocalDate termStart(int term) {
      return FOUNDING.plusDays((long) term * termDays);
    }

    private void presidencies() {
      for (int t = 0; t < presidencies; t++) {
        out.addPresidencies(
            Presidency.builder()
                .id("pr-" + t)
                .holder(holder(t))
                .term(
                    t == presidencies - 1
                        ? DateRange.ongoing(PartialDate.of(termStart(t)))
                        : DateRange.of(PartialDate.of(termStart(t)), PartialDate.of(termStart(t + 1))))
                .addSources(source(t))
                .build());
      }
    }

    /** Meetings spread over the terms (first day of a term plus a few days); documents adopted at them. */
    private void meetingsAndDocuments() {
      if (meetings == 0) {
        return;
      }
      long timeline = (long) presidencies * termDays;
      List<Document> docs = new ArrayList<>(documents);
      for (int m = 0; m < meetings; m++) {
        long day = timeline * m / meetings;
        int term = (int) (day / termDays);
        LocalDate start = FOUNDING.plusDays(day);
        LocalDate end = FOUNDING.plusDays(Math.min(day + 1, timeline - 1));
        StateCode holder = holder(term);
        int b = m % BODIES.length;
        Meeting.Builder mb =
            Meeting.builder()
                .id("mt-" + m)
                .body(BODIES[b])
                .startDate(PartialDate.of(start))
                .endDate(PartialDate.of(end))
                .venue(Venue.of("City " + (m % 97), holder))
                .host(holder)
                .chair(holder)
                .addSources(source(m));
        if (b == 0) {
          mb.ordinal(1 + m / BODIES.length).title("Summit number " + (1 + m / BODIES.length));
        }
        for (StateCode f : founders) {
          mb.addParticipants(Participant.builder().state(f).level(LEVELS[b]).build());
        }
        mb.addParticipants(Participant.builder().state(partners[m % partners.length]).guest(true).build());
        if (m % 3 == 0) {
          mb.addParticipants(Participant.builder().organisation("SCO Secretariat").headOfDelegation("Secretary-General")
              .level(DelegationLevel.SECRETARY_GENERAL).build());
        }
        // documents d with d * meetings / documents == m are adopted here
        long first = ((long) m * documents + meetings - 1) / meetings;
        long next = ((long) (m + 1) * documents + meetings - 1) / meetings;
        for (long d = first; d < next && d < documents; d++) {
          String id = "doc-" + d;
          mb.addOutcomes(id);
          Document.Builder db =
              Document.builder()
                  .id(id)
                  .kind(DOCUMENT_KINDS[(int) (d % DOCUMENT_KINDS.length)])
                  .putTitle(Language.EN, "Synthetic document " + d + " adopted at meeting " + m)
                  .putTitle(Language.RU, "Синтетический документ " + d)
                  .adopted(PartialDate.of(start))
                  .signed(PartialDate.of(start))
                  .adoptedAt("mt-" + m)
                  .addSources(source((int) d));
          for (StateCode f : founders) {
            db.addSignatories(f);
          }
          if (d % 4 == 0 && initiatives > 0) {
            db.addLinks(DocumentLink.of(LinkType.ENDORSES_INITIATIVE, "in-" + (d % initiatives)));
          }
          docs.add(db.build());
        }
        out.addMeetings(mb.build());
      }
      out.addAllDocuments(docs);
    }

    private void officials() {
      for (int i = 0; i < officials; i++) {
        // pairs of three-year terms, one after the other, starting over every 2,000 pairs (before the year 9999)
        LocalDate start = FOUNDING.plusDays((i / 2) % 2000 * 3L * 365);
        LocalDate end = start.plusYears(3);
        out.addOfficials(
            Official.builder()
                .id("of-" + i)
                .name("Official " + i)
                .post(i % 2 == 0 ? Post.SECRETARY_GENERAL : Post.DEPUTY_SECRETARY_GENERAL)
                .state(founders[i % founders.length])
                .term(DateRange.of(PartialDate.of(start), PartialDate.of(end)))
                .addSources(source(i))
                .build());
      }
    }

    private void initiatives() {
      for (int i = 0; i < initiatives; i++) {
        Initiative.Builder ib =
            Initiative.builder()
                .id("in-" + i)
                .name("Synthetic initiative " + i)
                .proposerState(founders[i % founders.length])
                .proposed(PartialDate.of(FOUNDING.plusDays(i)))
                .description("An initiative made up for benchmarks")
                .addAreas("area " + (i % 8), "area " + ((i + 1) % 8))
                .addSources(source(i));
        if (meetings > 0) {
          ib.proposedAt("mt-" + (i % meetings));
        }
        if (documents > 0) {
          ib.addEndorsedBy("doc-" + (i % documents));
        }
        out.addInitiatives(ib.build());
      }
    }
  }
}
