package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.day;
import static io.github.scosdk.data.Dates.month;
import static io.github.scosdk.model.DocumentKind.AGREEMENT;
import static io.github.scosdk.model.DocumentKind.CHARTER;
import static io.github.scosdk.model.DocumentKind.CONVENTION;
import static io.github.scosdk.model.DocumentKind.DECISION;
import static io.github.scosdk.model.DocumentKind.DECLARATION;
import static io.github.scosdk.model.DocumentKind.JOINT_STATEMENT;
import static io.github.scosdk.model.DocumentKind.MEMORANDUM;
import static io.github.scosdk.model.DocumentKind.PLAN;
import static io.github.scosdk.model.DocumentKind.PROGRAMME;
import static io.github.scosdk.model.DocumentKind.PROTOCOL;
import static io.github.scosdk.model.DocumentKind.REGULATIONS;
import static io.github.scosdk.model.DocumentKind.STATEMENT;
import static io.github.scosdk.model.DocumentKind.STRATEGY;
import static io.github.scosdk.model.DocumentKind.TREATY;
import static io.github.scosdk.model.MembershipStatus.ACCEDING;
import static io.github.scosdk.model.MembershipStatus.DIALOGUE_PARTNER;

import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.LinkType;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Chapter 5: key documents (facts §3, §5.1, §5.3, §7, §10) and the dialogue-partner memoranda and memoranda of
 * obligations (facts §1, §2, {@code sco-statuses.csv}).
 *
 * <p>Treaties, conventions, agreements, protocols, the Charter and memoranda carry a signing date; declarations,
 * regulations, plans, strategies, programmes, decisions and statements an adoption date. A summit document is
 * dated on the formal CHS day, the last day of the summit (facts §13-6). Titles are English only: the facts
 * quote no official Russian or Chinese titles.
 */
@SuppressWarnings("deprecation") // the accession steps keep the ids their legacy status changes had
final class Documents {

  private static final Set<DocumentKind> SIGNED =
      EnumSet.of(CHARTER, TREATY, CONVENTION, AGREEMENT, PROTOCOL, MEMORANDUM);

  private static final String[] FOUNDERS = {"CN", "KZ", "KG", "RU", "TJ", "UZ"};

  private Documents() {}

  /**
   * A document with an English title, dated by signing (treaties, conventions, agreements, protocols, the Charter,
   * memoranda) or else by adoption, and adopted at the meeting if one is given.
   */
  static Document.Builder doc(
      String id, DocumentKind kind, String title, PartialDate date, @Nullable String meeting) {
    Document.Builder b = undated(id, kind, title);
    if (SIGNED.contains(kind)) {
      b.signed(date);
    } else {
      b.adopted(date);
    }
    if (meeting != null) {
      b.adoptedAt(meeting);
    }
    return b;
  }

  private static Document.Builder undated(String id, DocumentKind kind, String title) {
    return Document.builder().id(id).kind(kind).putTitle(Language.EN, title);
  }

  private static Document.Builder founders(Document.Builder b) {
    for (String s : FOUNDERS) {
      b.addSignatories(StateCode.of(s));
    }
    return b;
  }

  static void addTo(ScoDataset.Builder d) {
    shanghaiFive(d);
    foundation(d);
    summitDocuments(d);
    tianjin(d);
    obligations(d);
    dialoguePartnerMemoranda(d);
  }

  private static void shanghaiFive(ScoDataset.Builder d) {
    d.addDocument(
        doc("doc-s5-confidence-building-1996", AGREEMENT,
                "Agreement on Confidence Building in the Military Field in the Border Area", day(1996, 4, 26),
                "s5-1996-shanghai")
            .addSignatories(Dates.ccs("CN", "KZ", "KG", "RU", "TJ").toArray(new StateCode[0]))
            .addSources("C-ADILET", "PD-2001")
            .note("Shanghai Five agreement, signed by China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.")
            .build());
    d.addDocument(
        doc("doc-s5-armed-forces-reduction-1997", AGREEMENT,
                "Agreement on Mutual Reduction of Armed Forces in the Border Area", day(1997, 4, 24),
                "s5-1997-moscow")
            .addSources("C-ADILET", "PD-2001")
            .build());
    d.addDocument(
        doc("doc-almaty-joint-statement-1998", JOINT_STATEMENT, "Almaty Joint Statement", day(1998, 7, 3),
                "s5-1998-almaty")
            .confidence(Confidence.MEDIUM)
            .addSources("PHOTIUS", "W-SCO")
            .build());
    d.addDocument(
        doc("doc-bishkek-declaration-1999", DECLARATION, "Bishkek Declaration", month(1999, 8), "s5-1999-bishkek")
            .confidence(Confidence.MEDIUM)
            .addSources("PHOTIUS", "W-SCO")
            .note("Adopted at the Bishkek meeting of 24-26 August 1999; the day is not recorded.")
            .build());
    d.addDocument(
        doc("doc-dushanbe-declaration-2000", DECLARATION, "Dushanbe Declaration", day(2000, 7, 5),
                "s5-2000-dushanbe")
            .addSources("K-2000", "ALIMOV-CD")
            .build());
  }

  private static void foundation(ScoDataset.Builder d) {
    d.addDocument(
        founders(
                doc("doc-declaration-establishment-2001", DECLARATION,
                    "Declaration on the Establishment of the Shanghai Cooperation Organisation", day(2001, 6, 15),
                    "chs-2001-shanghai"))
            .addSources("O-ABOUT", "CD-2009", "MFAUZ-DOCS")
            .build());
    d.addDocument(
        doc("doc-shanghai-convention-2001", CONVENTION,
                "Shanghai Convention on Combating Terrorism, Separatism and Extremism", day(2001, 6, 15),
                "chs-2001-shanghai")
            .addSources("ELEXUE", "WJ-2009T")
            .build());
    d.addDocument(
        founders(
                doc("doc-charter-2002", CHARTER, "Charter of the Shanghai Cooperation Organisation",
                    day(2002, 6, 7), "chs-2002-saint-petersburg"))
            .inForce(day(2003, 9, 19))
            .addLinks(DocumentLink.of(LinkType.ENDORSES_INITIATIVE, "init-shanghai-spirit"))
            .addSources("C-ADILET", "O-ABOUT", "CD-2007")
            .note(
                "Signed in St Petersburg by the six founding states; in force from 2003-09-19. The 'Shanghai"
                    + " Spirit' is written into its preamble. Only Articles 4 and 14 were read verbatim (facts"
                    + " §5.2, §13-1).")
            .build());
    d.addDocument(
        doc("doc-rats-agreement-2002", AGREEMENT, "Agreement on the Regional Anti-Terrorist Structure",
                day(2002, 6, 7), "chs-2002-saint-petersburg")
            .addSources("X-2012BG", "TRUD-2002")
            .build());
    d.addDocument(
        doc("doc-st-petersburg-declaration-2002", DECLARATION,
                "Declaration of the Heads of Member States of the SCO (St Petersburg)", day(2002, 6, 7),
                "chs-2002-saint-petersburg")
            .addSources("X-2012BG", "TRUD-2002")
            .note("Also called the 'Political Declaration'.")
            .build());
    d.addDocument(
        doc("doc-moscow-declaration-2003", DECLARATION, "Declaration of the Heads of Member States of the SCO (Moscow)",
                day(2003, 5, 29), "chs-2003-moscow")
            .addSources("X-2012BG", "CISLEG-6879")
            .build());
    d.addDocument(
        doc("doc-regulations-bodies-2003", REGULATIONS,
                "Regulations on the CHS, CHG, CMFA, CNC, meetings of heads of ministries and the Secretariat",
                day(2003, 5, 29), "chs-2003-moscow")
            .addSources("CISLEG-6880")
            .build());
    d.addDocument(
        doc("doc-protocol-charter-article-10-2003", PROTOCOL,
                "Protocol amending Article 10 of the SCO Charter (RATS seat moved to Tashkent)", day(2003, 9, 5),
                null)
            .addLinks(DocumentLink.of(LinkType.AMENDS, "doc-charter-2002"))
            .addSources("CNTD-PROT", "RFERL-2003")
            .note(
                "Signed in Tashkent. Moved the RATS seat in Article 10 from 'Бишкеке (Кыргызская Республика)' to"
                    + " 'Ташкенте (Республика Узбекистан)'.")
            .build());
    d.addDocument(
        undated("doc-protocol-charter-article-11", PROTOCOL, "Protocol amending Article 11 of the SCO Charter")
            .addLinks(DocumentLink.of(LinkType.AMENDS, "doc-charter-2002"))
            .addSources("CNTD-ART11")
            .note(
                "Rewords Article 11: the Secretariat is 'the main permanent executive body'. The facts give no date"
                    + " for it.")
            .build());
  }

  private static void summitDocuments(ScoDataset.Builder d) {
    d.addDocument(
        doc("doc-tashkent-declaration-2004", DECLARATION, "Tashkent Declaration", day(2004, 6, 17),
                "chs-2004-tashkent")
            .addSources("X-2012BG", "CD-2007")
            .build());
    d.addDocument(
        doc("doc-regulations-observer-status-2004", REGULATIONS, "Regulations on Observer Status at the SCO",
                day(2004, 6, 17), "chs-2004-tashkent")
            .addSources("78911", "HOTLIB-OBS")
            .note(
                "Observers attend meetings of SCO bodies at their own expense; a state that acts or speaks against"
                    + " the Organisation may lose the status; it may renounce it by notifying the Secretary-General"
                    + " (text excerpt, medium confidence).")
            .build());
    d.addDocument(
        doc("doc-astana-declaration-2005", DECLARATION, "Declaration of the Heads of Member States of the SCO (Astana)",
                day(2005, 7, 5), "chs-2005-astana")
            .addSources("X-2012BG", "EASTDAY-06")
            .build());
    d.addDocument(
        doc("doc-declaration-fifth-anniversary-2006", DECLARATION, "Declaration on the Fifth Anniversary of the SCO",
                day(2006, 6, 15), "chs-2006-shanghai")
            .addSources("WJ-2006")
            .build());
    d.addDocument(
        doc("doc-bishkek-declaration-2007", DECLARATION, "Bishkek Declaration", day(2007, 8, 16), "chs-2007-bishkek")
            .addSources("MFACN-2007", "UZD-2007", "SUMMIT13-BD")
            .build());
    d.addDocument(
        doc("doc-treaty-good-neighbourliness-2007", TREATY,
                "Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation", day(2007, 8, 16),
                "chs-2007-bishkek")
            .addSources("MFACN-2007", "RG-2017")
            .build());
    d.addDocument(
        doc("doc-dushanbe-declaration-2008", DECLARATION, "Dushanbe Declaration", day(2008, 8, 28),
                "chs-2008-dushanbe")
            .addSources("K-2008", "WJ-2008")
            .build());
    d.addDocument(
        doc("doc-regulations-dialogue-partner-2008", REGULATIONS, "Regulations on Dialogue Partner Status",
                day(2008, 8, 28), "chs-2008-dushanbe")
            .addSources("X-2016BG", "DIPLOMATIST", "SECT-RU-AM", "GAZUZ-AM", "REVBEL-2010")
            .note(
                "Status granted by CHS decision and formalised by a memorandum signed by the Secretary-General,"
                    + " in force from signing [GAZUZ-AM]. Dialogue partners were not invited to summits as of 2010"
                    + " [REVBEL-2010].")
            .build());
    d.addDocument(
        doc("doc-yekaterinburg-declaration-2009", DECLARATION, "Yekaterinburg Declaration", day(2009, 6, 16),
                "chs-2009-yekaterinburg")
            .addSources("WJ-2009")
            .build());
    d.addDocument(
        doc("doc-convention-against-terrorism-2009", CONVENTION, "SCO Convention against Terrorism",
                day(2009, 6, 16), "chs-2009-yekaterinburg")
            .addSources("WJ-2009T", "ELEXUE")
            .build());
    d.addDocument(
        doc("doc-tashkent-declaration-2010", DECLARATION,
                "Declaration of the Tenth Meeting of the Council of Heads of State", day(2010, 6, 11),
                "chs-2010-tashkent")
            .addSources("CARROTS-2010", "UZ-2010")
            .build());
    d.addDocument(
        doc("doc-regulations-admission-2010", REGULATIONS,
                "Regulations on the Procedure for Admission of New Members", day(2010, 6, 11), "chs-2010-tashkent")
            .addSources("CISLEG-81549", "PEOPLE-2010", "HINDU-2010")
            .note(
                "Approved by CHS Decision No. 1. States under UN Security Council sanctions cannot be admitted"
                    + " (medium confidence) [HINDU-2010] [PEOPLE-2010].")
            .build());
    d.addDocument(
        doc("doc-rules-of-procedure-2010", REGULATIONS, "Rules of Procedure of the SCO", day(2010, 6, 11),
                "chs-2010-tashkent")
            .addSources("CISLEG-81549", "PEOPLE-2010")
            .build());
    d.addDocument(
        doc("doc-astana-declaration-2011", DECLARATION, "Astana Declaration on the 10th Anniversary of the SCO",
                day(2011, 6, 15), "chs-2011-astana")
            .addSources("WJ-2011")
            .build());
    d.addDocument(
        doc("doc-beijing-declaration-2012", DECLARATION,
                "Declaration on Building a Region of Lasting Peace and Common Prosperity", day(2012, 6, 7),
                "chs-2012-beijing")
            .addSources("WJ-2012")
            .build());
    d.addDocument(
        doc("doc-bishkek-declaration-2013", DECLARATION, "Bishkek Declaration", day(2013, 9, 13), "chs-2013-bishkek")
            .addSources("WARMH-2018", "ELEXUE")
            .build());
    d.addDocument(
        doc("doc-treaty-programme-2013-2017", PROGRAMME,
                "Implementation Programme of the Treaty on Long-Term Good-Neighbourliness, Friendship and"
                    + " Cooperation for 2013-2017",
                day(2013, 9, 13), "chs-2013-bishkek")
            .addLinks(DocumentLink.of(LinkType.IMPLEMENTS, "doc-treaty-good-neighbourliness-2007"))
            .addSources("WARMH-2018")
            .build());
    d.addDocument(
        doc("doc-dushanbe-declaration-2014", DECLARATION, "Dushanbe Declaration", day(2014, 9, 12),
                "chs-2014-dushanbe")
            .addSources("MIDTJ-2014")
            .build());
    d.addDocument(
        doc("doc-model-memorandum-obligations-2014", DECISION,
                "Decision No. 1 on the revised model Memorandum of Obligations", day(2014, 9, 12),
                "chs-2014-dushanbe")
            .addSources("CISLEG-81549", "CARAVAN-14", "WARMH-2018")
            .build());
    d.addDocument(
        doc("doc-procedure-member-status-2014", DECISION, "Decision No. 2 on the Procedure for granting SCO member status",
                day(2014, 9, 12), "chs-2014-dushanbe")
            .addSources("CISLEG-81549", "CARAVAN-14", "UZD-2015")
            .build());
    d.addDocument(
        doc("doc-ufa-declaration-2015", DECLARATION, "Ufa Declaration", day(2015, 7, 10), "chs-2015-ufa")
            .addSources("CNHUBEI", "TASS-UFA")
            .build());
    d.addDocument(
        doc("doc-development-strategy-2025", STRATEGY, "SCO Development Strategy until 2025", day(2015, 7, 10),
                "chs-2015-ufa")
            .addSources("RU2020", "CNHUBEI", "WARMH-2018")
            .build());
    d.addDocument(
        doc("doc-tashkent-declaration-2016", DECLARATION, "Tashkent Declaration on the 15th Anniversary of the SCO",
                day(2016, 6, 24), "chs-2016-tashkent")
            .addSources("T-2016DOCS", "BOGOR")
            .build());
    d.addDocument(
        doc("doc-action-plan-2016-2020", PLAN,
                "Action Plan 2016-2020 for implementing the SCO Development Strategy until 2025", day(2016, 6, 24),
                "chs-2016-tashkent")
            .addLinks(DocumentLink.of(LinkType.IMPLEMENTS, "doc-development-strategy-2025"))
            .addSources("T-2016DOCS")
            .build());
    d.addDocument(
        doc("doc-astana-declaration-2017", DECLARATION, "Astana Declaration", day(2017, 6, 9), "chs-2017-astana")
            .addSources("TASS-2017", "X-2017")
            .build());
    d.addDocument(
        doc("doc-convention-countering-extremism-2017", CONVENTION, "SCO Convention on Countering Extremism",
                day(2017, 6, 9), "chs-2017-astana")
            .addSources("TASS-2017")
            .build());
    d.addDocument(
        doc("doc-qingdao-declaration-2018", DECLARATION, "Qingdao Declaration", day(2018, 6, 10), "chs-2018-qingdao")
            .addLinks(DocumentLink.of(LinkType.ENDORSES_INITIATIVE, "init-sco-community-shared-future"))
            .addSources("W-2018", "SEED-3")
            .note("Embraced 'building a community with a shared future for humanity' [SEED-3].")
            .build());
    d.addDocument(
        doc("doc-bishkek-declaration-2019", DECLARATION, "Bishkek Declaration", day(2019, 6, 14), "chs-2019-bishkek")
            .addSources("X-2020BG", "FORKG")
            .build());
    d.addDocument(
        doc("doc-moscow-declaration-2020", DECLARATION, "Moscow Declaration", day(2020, 11, 10), "chs-2020-video")
            .addSources("INFOSHOS-MD", "INFOSHOS-20")
            .build());
    d.addDocument(
        doc("doc-dushanbe-declaration-2021", DECLARATION, "Dushanbe Declaration on the 20th Anniversary of the SCO",
                day(2021, 9, 17), "chs-2021-dushanbe")
            .addSources("KHOVAR-21", "CENTRELINE")
            .build());
    d.addDocument(
        doc("doc-samarkand-declaration-2022", DECLARATION, "Samarkand Declaration", day(2022, 9, 16),
                "chs-2022-samarkand")
            .addSources("X-SAM22", "INDIANEXP")
            .build());
    d.addDocument(
        doc("doc-comprehensive-plan-2023-2027", PLAN,
                "Comprehensive Plan for the Implementation of the Treaty on Long-Term Good-Neighbourliness,"
                    + " Friendship and Cooperation, 2023-2027",
                day(2022, 9, 16), "chs-2022-samarkand")
            .addLinks(DocumentLink.of(LinkType.IMPLEMENTS, "doc-treaty-good-neighbourliness-2007"))
            .addSources("X-SAM22", "SEED-3")
            .build());
    d.addDocument(
        doc("doc-new-delhi-declaration-2023", DECLARATION, "New Delhi Declaration", day(2023, 7, 4),
                "chs-2023-new-delhi")
            .addLinks(DocumentLink.of(LinkType.GRANTS_STATUS, "status-ir-2023-07-04-member"))
            .addSources("SPUT-2023", "INDIATIES")
            .build());
    d.addDocument(
        doc("doc-astana-declaration-2024", DECLARATION,
                "Astana Declaration of the Council of Heads of State of the Shanghai Cooperation Organization",
                day(2024, 7, 4), "chs-2024-astana")
            .addSources("MEA-AST", "ASTTIMES-24", "INFORM-DOCS24")
            .build());
    d.addDocument(
        doc("doc-decision-draft-strategy-2035", DECISION, "Decision on the draft SCO Development Strategy until 2035",
                day(2024, 7, 4), "chs-2024-astana")
            .addSources("INFORM-DOCS24", "QAZ-A2T", "ASTTIMES-24", "NEWSBY-TJ")
            .note(
                "Sources conflict (facts §13-9): the Astana Times says the Strategy was 'adopted' at Astana in 2024"
                    + " [ASTTIMES-24]; Kazinform and Qazinform say Astana signed only a decision on the draft, and the"
                    + " Strategy was adopted at Tianjin on 2025-09-01 [INFORM-DOCS24] [QAZ-A2T] [NEWSBY-TJ]. The"
                    + " latter is taken as correct.")
            .build());
  }

  private static void tianjin(ScoDataset.Builder d) {
    Document.Builder declaration =
        doc("doc-tianjin-declaration-2025", DECLARATION, "Tianjin Declaration", Statuses.TIANJIN,
                "chs-2025-tianjin")
            .addLinks(DocumentLink.of(LinkType.TRANSFERS_PRESIDENCY, Presidencies.id(2025, "KG")));
    d.addDocument(
        declaration
            .addSources("TASS-KGPRES", "HAQQIN", "NCA-TJ", "TREND-TJ", "NEWSBY-TJ", "24KG-TJDOCS")
            .note(
                "Hands the presidency to Kyrgyzstan. It records two separate CHS decisions of the same day, which"
                    + " are the documents that grant the statuses [24KG-TJDOCS]: the decision on the status of 'SCO"
                    + " partner', merging the 'observer' and 'dialogue partner' statuses ("
                    + SummitOutcomes.PARTNER_DECISION
                    + "), and the decision granting Laos dialogue-partner status ("
                    + SummitOutcomes.LAOS_DECISION
                    + ").")
            .build());
    d.addDocument(
        doc("doc-development-strategy-2035", STRATEGY, "SCO Development Strategy until 2035", Statuses.TIANJIN,
                "chs-2025-tianjin")
            .addSources("NCA-TJ", "NEWSBY-TJ", "APP-KG")
            .note("A decision on its draft was signed at Astana on 2024-07-04 (doc-decision-draft-strategy-2035).")
            .build());
    d.addDocument(
        doc("doc-statement-80th-anniversaries-2025", STATEMENT,
                "Statement on the 80th anniversaries of the victory in the Chinese People's War of Resistance and"
                    + " the World Anti-Fascist War and of the founding of the United Nations",
                Statuses.TIANJIN, "chs-2025-tianjin")
            .addSources("NCA-TJ", "SEED-1")
            .note("The exact title is not given in the facts; the title describes the subject.")
            .build());
    d.addDocument(
        doc("doc-agreement-anti-drug-centre-2025", AGREEMENT, "Agreement establishing the SCO Anti-Drug Centre",
                Statuses.TIANJIN, "chs-2025-tianjin")
            .addSources("NEWSBY-TJ", "NCA-TJ")
            .note("A permanent body in Dushanbe.")
            .build());
    d.addDocument(
        doc("doc-agreement-universal-centre-2025", AGREEMENT,
                "Agreement establishing the Universal Centre for Countering Security Challenges and Threats",
                Statuses.TIANJIN, "chs-2025-tianjin")
            .addSources("NEWSBY-TJ", "NCA-TJ")
            .note("In Tashkent, within RATS.")
            .build());
    d.addDocument(
        doc("doc-programme-countering-extremist-ideology-2026-2030", PROGRAMME,
                "Program to Counter Extremist Ideology 2026-2030", Statuses.TIANJIN, "chs-2025-tianjin")
            .addSources("NEWSBY-TJ", "NCA-TJ")
            .build());
    d.addDocument(
        doc("doc-energy-strategy-roadmap-2030", PLAN, "Energy Strategy Roadmap to 2030", Statuses.TIANJIN,
                "chs-2025-tianjin")
            .addSources("NEWSBY-TJ", "NCA-TJ")
            .build());
  }

  private static void obligations(ScoDataset.Builder d) {
    for (String s : new String[] {"IN", "PK"}) {
      d.addDocument(
          doc("doc-memorandum-obligations-" + s.toLowerCase(Locale.ROOT) + "-2016", MEMORANDUM,
                  "Memorandum of Obligations of " + (s.equals("IN") ? "India" : "Pakistan"), day(2016, 6, 24),
                  "chs-2016-tashkent")
              .addLinks(DocumentLink.of(LinkType.GRANTS_STATUS, Statuses.id(s, day(2016, 6, 24), ACCEDING)))
              .addSources("T-2016DOCS", "APP-2016")
              .build());
    }
    d.addDocument(
        doc("doc-memorandum-obligations-ir-2022", MEMORANDUM, "Memorandum of Obligations of Iran", day(2022, 9, 15),
                "chs-2022-samarkand")
            .addLinks(DocumentLink.of(LinkType.GRANTS_STATUS, Statuses.id("IR", day(2022, 9, 15), ACCEDING)))
            .confidence(Confidence.MEDIUM)
            .addSources("UP-IRMoO", "TATAR", "X-SAM22")
            .note(
                "Signed by FM Amir-Abdollahian and SG Zhang Ming. Dated 2022-09-15 by [UP-IRMoO] and [TATAR];"
                    + " Xinhua says it was signed at the CHS meeting on 2022-09-16 [X-SAM22] (facts §13-3).")
            .build());
    d.addDocument(
        doc("doc-memorandum-obligations-by-2023", MEMORANDUM, "Memorandum of Obligations of Belarus",
                day(2023, 7, 4), "chs-2023-new-delhi")
            .addLinks(DocumentLink.of(LinkType.GRANTS_STATUS, Statuses.id("BY", day(2023, 7, 4), ACCEDING)))
            .addSources("TASS-BYMoO", "ZAKON-BY", "LOKMAT")
            .note(
                "Sets deadlines for acceding to SCO treaties: the Charter and the Shanghai Convention by 2023-12-01,"
                    + " the other agreements by 2024-01-15 and 2024-04-15; fixes Belarus's share of the SCO budget"
                    + " at 5.8%. Belarus ratified it in November 2023.")
            .build());
  }

  private static void dialoguePartnerMemoranda(ScoDataset.Builder d) {
    dp(d, "BY", "Belarus", "by-2010", month(2010, 4), day(2009, 6, 16), null, Confidence.MEDIUM,
        "To be signed in Minsk during SG Imanaliev's visit of 28-29 April 2010; the exact day is unconfirmed."
            + " [VESTI-2010] gives 'since end of April' for Belarus and Sri Lanka (facts §13-5).",
        "BELKZ-2010", "VESTI-2010");
    dp(d, "LK", "Sri Lanka", "lk-2010", month(2010, 5), day(2009, 6, 16), null, Confidence.MEDIUM,
        "Sources conflict (facts §13-5): 'May 2010' [AWARE] against 'since end of April' [VESTI-2010].",
        "AWARE", "VESTI-2010");
    dp(d, "TR", "Turkey", "tr-2013", day(2013, 4, 26), day(2012, 6, 7), null, Confidence.HIGH,
        "Signed in Almaty by FM Davutoğlu and SG Mezentsev.", "HRONDAS", "PANARM");
    dp(d, "KH", "Cambodia", "kh-2015", day(2015, 9, 24), day(2015, 7, 10), null, Confidence.HIGH,
        "Signed in Xi'an by FM Hor Namhong and SG Mezentsev.", "UZTAG-KH", "BIZASEAN");
    dp(d, "AZ", "Azerbaijan", "az-2016", day(2016, 3, 14), day(2015, 7, 10), null, Confidence.HIGH,
        "Signed at the SCO Secretariat, Beijing, by FM Mammadyarov and SG Alimov.", "REPORTAZ", "RUVESTI");
    dp(d, "NP", "Nepal", "np-2016", day(2016, 3, 22), day(2015, 7, 10), null, Confidence.HIGH,
        "Signed at the SCO Secretariat, Beijing (SG Alimov).", "SECT-NP", "CRI-NP", "INFORM-NP");
    dp(d, "AM", "Armenia", "am-2016", day(2016, 4, 16), day(2015, 7, 10), null, Confidence.HIGH,
        "Signed in Beijing by FM Nalbandian and SG Alimov; in force from the date of signing [GAZUZ-AM].",
        "GAZUZ-AM", "UZTAG-AM");
    dp(d, "EG", "Egypt", "eg-2022", day(2022, 9, 14), day(2021, 9, 17), null, Confidence.HIGH,
        "Signed in Tashkent ahead of the Samarkand summit.", "NEWSGH", "TATAR");
    dp(d, "QA", "Qatar", "qa-2022", day(2022, 9, 14), day(2021, 9, 17), null, Confidence.HIGH,
        "Signed in Tashkent ahead of the Samarkand summit.", "NEWSGH", "TATAR");
    dp(d, "SA", "Saudi Arabia", "sa-2022", month(2022, 9), day(2021, 9, 17), null, Confidence.MEDIUM,
        "Signed at the time of the Samarkand summit, day unconfirmed [UP-SA]; Reform.news and Tatar-inform"
            + " mention only the Egypt and Qatar memoranda. Approved by the Saudi cabinet on 2023-03-28"
            + " (reported 2023-03-29) [ALARABIYA] [GULFNEWS] (facts §13-4).",
        "UP-SA", "X-SAM22", "ALARABIYA", "GULFNEWS");
    dp(d, "KW", "Kuwait", "kw-2023", day(2023, 5, 5), day(2022, 9, 16), "cmfa-2023-goa", Confidence.HIGH,
        "Signed at the CMFA meeting in Goa/Panaji by Kuwait's ambassador to India.", "FINEXP", "ASPECT");
    dp(d, "AE", "United Arab Emirates", "ae-2023", day(2023, 5, 5), day(2022, 9, 16), "cmfa-2023-goa",
        Confidence.HIGH, "Signed at the CMFA meeting in Goa/Panaji by ambassador Alshaali and SG Zhang Ming.",
        "GLOBECON", "PROLIFIC", "FINEXP");
    dp(d, "MV", "Maldives", "mv-2023", month(2023, 5), day(2022, 9, 16), "cmfa-2023-goa", Confidence.HIGH,
        "Signed at the CMFA meeting in Goa/Panaji (4-5 May 2023); the day is not recorded.", "FINEXP", "ASPECT");
    dp(d, "MM", "Myanmar", "mm-2023", month(2023, 5), day(2022, 9, 16), "cmfa-2023-goa", Confidence.HIGH,
        "Signed at the CMFA meeting in Goa/Panaji (4-5 May 2023); the day is not recorded.", "FINEXP", "ASPECT");
    dp(d, "BH", "Bahrain", "bh-2023", day(2023, 7, 15), day(2022, 9, 16), null, Confidence.HIGH,
        "Signed by Bahrain's ambassador to China and SG Zhang Ming.", "LIBYAN", "BH-MOFA");
  }

  private static void dp(
      ScoDataset.Builder d,
      String state,
      String name,
      String suffix,
      PartialDate signed,
      PartialDate granted,
      @Nullable String meeting,
      Confidence confidence,
      String note,
      String... sources) {
    d.addDocument(
        doc(Statuses.memorandumId(suffix), MEMORANDUM, "Memorandum on granting dialogue-partner status: " + name,
                signed, meeting)
            .addLinks(DocumentLink.of(LinkType.GRANTS_STATUS, Statuses.id(state, granted, DIALOGUE_PARTNER)))
            .confidence(confidence)
            .addSources(sources)
            .note(note)
            .build());
  }
}
