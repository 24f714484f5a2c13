package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static io.github.scosdk.data.Dates.day;
import static io.github.scosdk.model.MembershipStatus.ACCEDING;
import static io.github.scosdk.model.MembershipStatus.ACCESSION_STARTED;
import static io.github.scosdk.model.MembershipStatus.DIALOGUE_PARTNER;
import static io.github.scosdk.model.MembershipStatus.MEMBER;
import static io.github.scosdk.model.MembershipStatus.OBSERVER;
import static io.github.scosdk.model.MembershipStatus.PARTNER;

import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.StatusChange;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Chapter 2: every status change of every state (facts §1, §2, §5.3, §5.4 and {@code sco-statuses.csv}).
 *
 * <p>A Council of Heads of State decision to grant observer or dialogue-partner status, or to start the
 * admission procedure, is dated the summit day. The accession runs on its own track (issue 12 item 3): the CHS
 * decision to start the admission procedure and the memorandum of obligations are {@link AccessionStep}s, and the
 * state keeps its observer status until admission ends both. Dialogue-partner memoranda are documents (chapter Documents), linked from
 * the grant, not status changes. On 2025-09-01 the Tianjin Declaration merged observer and dialogue partner into
 * "SCO partner". The Shanghai Five membership of 1996-2000 is recorded as meetings of the predecessor forum, not
 * as a status (design §5).
 */
@SuppressWarnings("deprecation")
final class Statuses {

  static final String TIANJIN_MERGER_NOTE =
      "25th CHS meeting, Tianjin: the CHS decision on the status of 'partner of the organisation' merged the"
          + " 'observer' and 'dialogue partner' statuses into a single 'SCO partner' status; the Tianjin Declaration"
          + " records it.";

  private Statuses() {}

  static void addTo(ScoDataset.Builder d) {
    founders(d);
    india(d);
    pakistan(d);
    iran(d);
    belarus(d);
    partners(d);
  }

  /** The id of a status change, such as {@code status-in-2017-06-09-member}. */
  static String id(String state, PartialDate date, MembershipStatus status) {
    return "status-"
        + state.toLowerCase(Locale.ROOT)
        + "-"
        + date
        + "-"
        + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static StatusChange.Builder sc(String state, MembershipStatus status, PartialDate date) {
    return StatusChange.builder().id(id(state, date, status)).state(cc(state)).status(status).date(date);
  }

  /**
   * A step of the accession track; its id is that of the status change it was before Model 2 (such as
   * {@code status-in-2015-07-10-accession-started}), so that ids stay stable.
   */
  private static AccessionStep.Builder step(String state, MembershipStatus legacy, PartialDate date) {
    AccessionStage stage = legacy == ACCEDING ? AccessionStage.MEMORANDUM_SIGNED : AccessionStage.STARTED;
    return AccessionStep.builder().id(id(state, date, legacy)).state(cc(state)).stage(stage).date(date);
  }

  private static void founders(ScoDataset.Builder d) {
    for (String s : new String[] {"CN", "KZ", "KG", "RU", "TJ"}) {
      d.addStatusChange(
          sc(s, MEMBER, day(2001, 6, 15))
              .decidedAt("chs-2001-shanghai")
              .addDocuments("doc-declaration-establishment-2001")
              .addSources("O-ABOUT", "X-2012BG", "CD-2009")
              .note(
                  "Founding member: Declaration on the Establishment of the SCO, 1st CHS meeting, Shanghai."
                      + " Shanghai Five member from 1996-04-26 (recorded as meetings of the predecessor forum).")
              .build());
    }
    d.addStatusChange(
        sc("UZ", MEMBER, day(2001, 6, 15))
            .decidedAt("chs-2001-shanghai")
            .addDocuments("doc-declaration-establishment-2001")
            .addSources("O-ABOUT", "X-2012BG", "CD-2009", "K-2000")
            .note(
                "Founding member. Uzbekistan's president was a guest of the Shanghai Five Dushanbe meeting of"
                    + " 2000-07-05; Uzbekistan joined the mechanism 'with full equal status' on 2001-06-15.")
            .build());
  }

  private static void india(ScoDataset.Builder d) {
    d.addStatusChange(
        sc("IN", OBSERVER, day(2005, 7, 5))
            .decidedAt("chs-2005-astana")
            .addSources("X-2012BG", "EURHOME", "APN-2005")
            .note("Observer status granted at the 5th CHS meeting, Astana.")
            .build());
    d.addAccessionStep(
        step("IN", ACCESSION_STARTED, day(2015, 7, 10))
            .decidedAt("chs-2015-ufa")
            .addDocuments("doc-decision-accession-in-2015")
            .addSources("CNHUBEI", "MASSIS", "TASS-2017", "M-UFA")
            .note("CHS decision to start the admission procedure, 15th CHS meeting, Ufa.")
            .build());
    d.addAccessionStep(
        step("IN", ACCEDING, day(2016, 6, 24))
            .decidedAt("chs-2016-tashkent")
            .addDocuments("doc-memorandum-obligations-in-2016")
            .addSources("T-2016DOCS", "APP-2016")
            .note("Memorandum of obligations signed at the 16th CHS meeting, Tashkent.")
            .build());
    d.addStatusChange(
        sc("IN", MEMBER, day(2017, 6, 9))
            .decidedAt("chs-2017-astana")
            .addSources("TASS-2017", "DAWN-2017", "X-2012BG")
            .note("CHS decision completing admission; full member at the 17th CHS meeting, Astana.")
            .build());
  }

  private static void pakistan(ScoDataset.Builder d) {
    d.addStatusChange(
        sc("PK", OBSERVER, day(2005, 7, 5))
            .decidedAt("chs-2005-astana")
            .addSources("X-2012BG", "EURHOME", "APN-2005")
            .note("Observer status granted at the 5th CHS meeting, Astana.")
            .build());
    d.addAccessionStep(
        step("PK", ACCESSION_STARTED, day(2015, 7, 10))
            .decidedAt("chs-2015-ufa")
            .addDocuments("doc-decision-accession-pk-2015")
            .addSources("CNHUBEI", "MASSIS", "TASS-2017")
            .note("CHS decision to start the admission procedure, 15th CHS meeting, Ufa.")
            .build());
    d.addAccessionStep(
        step("PK", ACCEDING, day(2016, 6, 24))
            .decidedAt("chs-2016-tashkent")
            .addDocuments("doc-memorandum-obligations-pk-2016")
            .addSources("T-2016DOCS", "APP-2016")
            .note(
                "Memorandum of obligations signed at the 16th CHS meeting, Tashkent. Pakistan had 3 months to"
                    + " complete the formalities for 29 agreements (Sartaj Aziz, [APP-2016]).")
            .build());
    d.addStatusChange(
        sc("PK", MEMBER, day(2017, 6, 9))
            .decidedAt("chs-2017-astana")
            .addSources("TASS-2017", "DAWN-2017", "APP-2016")
            .note("CHS decision completing admission; full member at the 17th CHS meeting, Astana.")
            .build());
  }

  private static void iran(ScoDataset.Builder d) {
    d.addStatusChange(
        sc("IR", OBSERVER, day(2005, 7, 5))
            .decidedAt("chs-2005-astana")
            .addSources("X-2012BG", "EURHOME", "APN-2005")
            .note("Observer status granted at the 5th CHS meeting, Astana.")
            .build());
    d.addAccessionStep(
        step("IR", ACCESSION_STARTED, day(2021, 9, 17))
            .decidedAt("chs-2021-dushanbe")
            .addSources("KHOVAR-21", "MEHR-2023", "MEHR-21")
            .note(
                "CHS decision to start the admission procedure, 21st CHS meeting, Dushanbe. Iran had applied"
                    + " c. 2008.")
            .build());
    d.addAccessionStep(
        step("IR", ACCEDING, day(2022, 9, 15))
            .decidedAt("chs-2022-samarkand")
            .addDocuments("doc-memorandum-obligations-ir-2022")
            .addSources("UP-IRMoO", "TATAR", "X-SAM22")
            .confidence(Confidence.MEDIUM)
            .note(
                "Memorandum of obligations signed by FM Amir-Abdollahian and SG Zhang Ming in Samarkand."
                    + " Sources conflict on the day: 2022-09-15 per the Uzbek MFA via Sputnik, Iran's FM ('tonight"
                    + " in Samarkand') and Tanjug [UP-IRMoO] [TATAR]; Xinhua says it was signed at the 22nd CHS"
                    + " meeting 'on Friday', i.e. 2022-09-16 [X-SAM22]. 2022-09-15 is kept (facts §13-3).")
            .build());
    d.addStatusChange(
        sc("IR", MEMBER, day(2023, 7, 4))
            .decidedAt("chs-2023-new-delhi")
            .addDocuments("doc-new-delhi-declaration-2023")
            .addSources("SPUT-2023", "MEHR-2023", "LOKMAT")
            .note("Full member at the 23rd CHS meeting (video, chaired by India), New Delhi Declaration.")
            .build());
  }

  private static void belarus(ScoDataset.Builder d) {
    d.addStatusChange(
        sc("BY", DIALOGUE_PARTNER, day(2009, 6, 16))
            .decidedAt("chs-2009-yekaterinburg")
            .addDocuments("doc-cmfa-decision-dialogue-partners-2009", "doc-memorandum-dialogue-partner-by-2010")
            .addSources("IFX-2009", "PRIU", "SPUTDE-09")
            .note(
                "CHS decision granting dialogue-partner status, 9th CHS meeting, Yekaterinburg, confirming the"
                    + " decision of the CMFA in Moscow of 2009-05-15 [SPUTDE-09]. The memorandum"
                    + " followed c. 2010-04-28 in Minsk; many sources give Belarus as 'dialogue partner since 2010'"
                    + " (the memorandum), the CHS decision being 2009-06-16 (facts §13-5).")
            .build());
    d.addStatusChange(
        sc("BY", OBSERVER, day(2015, 7, 10))
            .decidedAt("chs-2015-ufa")
            .addSources("CNHUBEI", "NEWSAZ-BY")
            .note("Observer status granted at the 15th CHS meeting, Ufa.")
            .build());
    d.addAccessionStep(
        step("BY", ACCESSION_STARTED, day(2022, 9, 16))
            .decidedAt("chs-2022-samarkand")
            .addDocuments("doc-decision-accession-by-2022")
            .addSources("NEWSAZ-BY", "X-SAM22", "REFORM")
            .note("CHS decision to start the admission procedure, 22nd CHS meeting, Samarkand.")
            .build());
    d.addAccessionStep(
        step("BY", ACCEDING, day(2023, 7, 4))
            .decidedAt("chs-2023-new-delhi")
            .addDocuments("doc-memorandum-obligations-by-2023")
            .addSources("TASS-BYMoO", "LOKMAT", "ZAKON-BY")
            .note(
                "Memorandum of obligations signed at the 23rd CHS meeting (video), New Delhi; Belarus ratified it"
                    + " in November 2023.")
            .build());
    d.addStatusChange(
        sc("BY", MEMBER, day(2024, 7, 4))
            .decidedAt("chs-2024-astana")
            .addSources("NEWSAZ-BY", "INFORM-BY", "SHINE", "R-CARAVAN24")
            .note("CHS decision completing admission; full (10th) member at the 24th CHS meeting, Astana.")
            .build());
  }

  private static void partners(ScoDataset.Builder d) {
    grant(d, "MN", OBSERVER, day(2004, 6, 17), "chs-2004-tashkent", null, Confidence.HIGH,
        "Observer status granted at the 4th CHS meeting, Tashkent: the first state to get observer status.",
        "EURHOME", "X-2012BG", "CD-2007");
    merge(d, "MN", Confidence.HIGH, null);
    grant(d, "AF", OBSERVER, day(2012, 6, 7), "chs-2012-beijing", null, Confidence.HIGH,
        "Observer status granted at the 12th CHS meeting, Beijing. An SCO-Afghanistan Contact Group existed"
            + " from 2005 (year not confirmed).",
        "PAJHWOK", "UTSD");
    merge(d, "AF", Confidence.HIGH,
        "Afghanistan has taken no part in practice since 2021 and was not invited to the 2023 summit"
            + " [INDIATIES]. TASS's count of 17 partners after Tianjin implied it is counted as an SCO partner"
            + " (facts §13-12); Sputnik China's explicit list of the 17 partners of 2026-02-02 includes it"
            + " [SPUTCN-0202].",
        "INDIATIES", "SPUTCN-0202");
    grant(d, "LK", DIALOGUE_PARTNER, day(2009, 6, 16), "chs-2009-yekaterinburg", "lk-2010", Confidence.HIGH,
        "CHS decision granting dialogue-partner status, 9th CHS meeting, Yekaterinburg.", "PRIU", "IFX-2009");
    merge(d, "LK", Confidence.HIGH, null);
    grant(d, "TR", DIALOGUE_PARTNER, day(2012, 6, 7), "chs-2012-beijing", "tr-2013", Confidence.HIGH,
        "CHS decision granting dialogue-partner status, 12th CHS meeting, Beijing (Turkey applied on"
            + " 2011-03-23).",
        "MFATR", "PAJHWOK");
    merge(d, "TR", Confidence.HIGH, null);
    grant(d, "AZ", DIALOGUE_PARTNER, day(2015, 7, 10), "chs-2015-ufa", "az-2016", Confidence.HIGH,
        "CHS decision granting dialogue-partner status, 15th CHS meeting, Ufa. Azerbaijan applied for observer"
            + " status in 2024 [TREND-TJ].",
        "MASSIS", "GAZUZ-AM", "REPORTAZ", "TREND-TJ");
    merge(d, "AZ", Confidence.HIGH, null);
    grant(d, "AM", DIALOGUE_PARTNER, day(2015, 7, 10), "chs-2015-ufa", "am-2016", Confidence.HIGH,
        "CHS decision granting dialogue-partner status, 15th CHS meeting, Ufa.", "MASSIS", "GAZUZ-AM",
        "UZTAG-AM");
    merge(d, "AM", Confidence.HIGH, null);
    grant(d, "KH", DIALOGUE_PARTNER, day(2015, 7, 10), "chs-2015-ufa", "kh-2015", Confidence.HIGH,
        "CHS decision granting dialogue-partner status, 15th CHS meeting, Ufa.", "MASSIS", "GAZUZ-AM",
        "UZTAG-KH");
    merge(d, "KH", Confidence.HIGH, null);
    grant(d, "NP", DIALOGUE_PARTNER, day(2015, 7, 10), "chs-2015-ufa", "np-2016", Confidence.HIGH,
        "CHS decision granting dialogue-partner status, 15th CHS meeting, Ufa. Nepal asked for observer status"
            + " in 2018 [UP-NEPAL].",
        "MASSIS", "GAZUZ-AM", "SECT-NP", "UP-NEPAL");
    merge(d, "NP", Confidence.HIGH, null);
    grant(d, "EG", DIALOGUE_PARTNER, day(2021, 9, 17), "chs-2021-dushanbe", "eg-2022", Confidence.HIGH,
        "CHS decision granting dialogue-partner status, 21st CHS meeting, Dushanbe, on the recommendation of the"
            + " CMFA of 2021-07-14 (Dushanbe).",
        "TASS-DP21", "KHOVAR-21", "ASIAPLUS");
    merge(d, "EG", Confidence.HIGH, null);
    grant(d, "QA", DIALOGUE_PARTNER, day(2021, 9, 17), "chs-2021-dushanbe", "qa-2022", Confidence.HIGH,
        "CHS decision granting dialogue-partner status, 21st CHS meeting, Dushanbe.", "TASS-DP21",
        "KHOVAR-21");
    merge(d, "QA", Confidence.HIGH, null);
    grant(d, "SA", DIALOGUE_PARTNER, day(2021, 9, 17), "chs-2021-dushanbe", "sa-2022", Confidence.MEDIUM,
        "CHS decision granting dialogue-partner status, 21st CHS meeting, Dushanbe, on the recommendation of the"
            + " CMFA of 2021-07-14. Sources differ (facts §13-4): Xinhua and seed 3 say the Samarkand summit"
            + " (2022-09-16) 'granted' the status; the memorandum was signed in September 2022 and approved by the"
            + " Saudi cabinet on 2023-03-28.",
        "TASS-DP21", "ASIAPLUS", "X-SAM22");
    merge(d, "SA", Confidence.HIGH, null);
    for (String s : new String[] {"BH", "KW", "MV", "MM", "AE"}) {
      String memo = s.toLowerCase(Locale.ROOT) + "-2023";
      String note =
          "CHS decision at the 22nd CHS meeting, Samarkand (Xinhua: an 'agreement on admitting' them as dialogue"
              + " partners). Sources differ on the day (accuracy.tsv 37): Times of Addu says the status was"
              + " granted in the Samarkand Declaration at the summit 'held on September 15, 2022' [TIMESADDU];"
              + " Xinhua and the declaration's date give 2022-09-16 [X-SAM22], kept here. The decision itself is"
              + " not named by the sources, so no decision document is recorded; the memorandum grants the"
              + " status.";
      if (s.equals("MV")) {
        note += " The CMFA recommended admission in July 2022 (Tashkent) [TIMESADDU].";
      }
      if (s.equals("BH")) {
        grant(d, s, DIALOGUE_PARTNER, day(2022, 9, 16), "chs-2022-samarkand", memo, Confidence.HIGH, note,
            "X-SAM22", "SARABIC", "TIMESADDU");
      } else {
        grant(d, s, DIALOGUE_PARTNER, day(2022, 9, 16), "chs-2022-samarkand", memo, Confidence.HIGH, note,
            "X-SAM22", "TIMESADDU", "FINEXP");
      }
      merge(d, s, Confidence.HIGH, null);
    }
    d.addStatusChange(
        sc("LA", PARTNER, TIANJIN)
            .decidedAt("chs-2025-tianjin")
            .addDocuments(SummitOutcomes.LAOS_DECISION, SummitOutcomes.PARTNER_DECISION, "doc-tianjin-declaration-2025")
            .addSources("TASS-LAOS", "NCA-TJ", "NEWSBY-TJ", "GETHGDK", "24KG-TJDOCS", "PUBT-LA", "KOMM-CMFA25")
            .note(
                "Admitted at the 25th CHS meeting, Tianjin, by a separate CHS decision granting 'dialogue partner'"
                    + " status [24KG-TJDOCS], merged into 'SCO partner' at the same meeting; the declaration records"
                    + " the decision. Lavrov had said after the CMFA of 2025-07-15 that partner status for Laos was"
                    + " decided [KOMM-CMFA25]; Wang Yi called Laos 'a new partner'. The memorandum was still to be"
                    + " signed on 2025-09-01 [PUBT-LA]; no source for its signing was found.")
            .build());
  }

  static final PartialDate TIANJIN = day(2025, 9, 1);

  /** The id of a dialogue-partner memorandum, such as {@code doc-memorandum-dialogue-partner-tr-2013}. */
  static String memorandumId(String suffix) {
    return "doc-memorandum-dialogue-partner-" + suffix;
  }

  private static void grant(
      ScoDataset.Builder d,
      String state,
      MembershipStatus status,
      PartialDate date,
      String meeting,
      @Nullable String memorandum,
      Confidence confidence,
      String note,
      String... sources) {
    StatusChange.Builder b =
        sc(state, status, date).decidedAt(meeting).confidence(confidence).note(note).addSources(sources);
    if (memorandum != null) {
      b.addDocuments(memorandumId(memorandum));
    }
    d.addStatusChange(b.build());
  }

  private static void merge(
      ScoDataset.Builder d,
      String state,
      Confidence confidence,
      @Nullable String note,
      String... moreSources) {
    d.addStatusChange(
        sc(state, PARTNER, TIANJIN)
            .decidedAt("chs-2025-tianjin")
            .addDocuments(SummitOutcomes.PARTNER_DECISION, "doc-tianjin-declaration-2025")
            .addSources("HAQQIN", "TREND-TJ", "TASS-LAOS", "NEWSBY-TJ", "24KG-TJDOCS")
            .addSources(moreSources)
            .confidence(confidence)
            .note(note == null ? TIANJIN_MERGER_NOTE : TIANJIN_MERGER_NOTE + " " + note)
            .build());
  }
}
