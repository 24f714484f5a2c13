package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.day;
import static io.github.scosdk.model.DocumentKind.AGREEMENT;
import static io.github.scosdk.model.DocumentKind.COMMUNIQUE;
import static io.github.scosdk.model.DocumentKind.DECISION;
import static io.github.scosdk.model.DocumentKind.MEMORANDUM;
import static io.github.scosdk.model.DocumentKind.PLAN;
import static io.github.scosdk.model.DocumentKind.PROGRAMME;
import static io.github.scosdk.model.DocumentKind.STATEMENT;
import static io.github.scosdk.model.MembershipStatus.ACCESSION_STARTED;
import static io.github.scosdk.model.MembershipStatus.PARTNER;

import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.LinkType;
import io.github.scosdk.model.PartialDate;
import java.util.List;

/**
 * Chapter 5b: Council of Heads of State documents that the fact check of 2026-12 found missing ({@code
 * accuracy.tsv}, {@code freshness.tsv} F06-F08): the 2007, 2009, 2012 and 2015 summit communiqués or press
 * releases, the further outcomes of 2004, 2007, 2014-2019 and 2022, and the Tianjin decisions of 2025.
 *
 * <p>Where a source names a document without its exact title, the title describes it and the note says so. Like
 * the other summit documents they are dated on the formal CHS day. The Tianjin decisions on the status of "SCO
 * partner" and on Laos are the documents that grant those statuses; the Tianjin Declaration only records them.
 */
@SuppressWarnings("deprecation") // the accession steps keep the ids their legacy status changes had
final class SummitOutcomes {

  /** The states whose observer or dialogue-partner status became "SCO partner" at Tianjin. */
  static final List<String> MERGED =
      List.of("MN", "AF", "LK", "TR", "AZ", "AM", "KH", "NP", "EG", "QA", "SA", "BH", "KW", "MV", "MM", "AE");

  static final String PARTNER_DECISION = "doc-decision-partner-status-2025";
  static final String LAOS_DECISION = "doc-decision-dialogue-partner-la-2025";
  static final String UNTITLED = "The sources name this document but not its exact title.";

  private SummitOutcomes() {}


  /** The ids of the documents this chapter adds to a summit, in order, for that summit's outcomes. */
  static List<String> outcomesOf(String summit) {
    switch (summit) {
      case "chs-2004-tashkent":
        return List.of("doc-agreement-anti-drug-2004");
      case "chs-2006-shanghai":
        return List.of("doc-statement-information-security-2006");
      case "chs-2007-bishkek":
        return List.of("doc-chs-communique-2007", "doc-plan-information-security-2007");
      case "chs-2009-yekaterinburg":
        return List.of("doc-chs-communique-2009");
      case "chs-2012-beijing":
        return List.of("doc-chs-press-release-2012");
      case "chs-2014-dushanbe":
        return List.of("doc-agreement-road-transport-2014");
      case "chs-2015-ufa":
        return List.of("doc-chs-press-communique-2015", "doc-decision-accession-in-2015",
            "doc-decision-accession-pk-2015", "doc-agreement-border-defence-2015",
            "doc-statement-70th-anniversary-victory-2015", "doc-statement-drug-problem-2015");
      case "chs-2016-tashkent":
        return List.of("doc-programme-tourism-2016", "doc-chs-statement-2016");
      case "chs-2017-astana":
        return List.of("doc-statement-fight-terrorism-2017", "doc-plan-tourism-2017-2018",
            "doc-memorandum-secretariat-icrc-2017", "doc-decision-contributions-in-2017",
            "doc-decision-contributions-pk-2017", "doc-decision-sg-report-2017", "doc-decision-rats-report-2017");
      case "chs-2018-qingdao":
        return List.of("doc-statement-epidemics-2018");
      case "chs-2022-samarkand":
        return List.of("doc-decision-accession-by-2022");
      case "chs-2025-tianjin":
        return List.of(PARTNER_DECISION, LAOS_DECISION, "doc-decision-cis-observer-2025",
            "doc-decision-tourism-capital-2025-2026", "doc-decision-sg-powers-2025",
            "doc-decision-sg-report-2025", "doc-decision-rats-report-2025",
            "doc-statement-multilateral-trading-system-2025");
      default:
        return List.of();
    }
  }

  static void addTo(ScoDataset.Builder d) {
    before2015(d);
    from2015(d);
    tianjin(d);
  }

  private static void before2015(ScoDataset.Builder d) {
    d.addDocument(
        Documents.doc("doc-agreement-anti-drug-2004", AGREEMENT, "Agreement on cooperation in combating drug trafficking",
                day(2004, 6, 17), "chs-2004-tashkent")
            .addSources("CNHUBEI")
            .note("An anti-drug cooperation agreement signed at the Tashkent CHS [CNHUBEI]. " + UNTITLED)
            .build());
    d.addDocument(
        Documents.doc("doc-statement-information-security-2006", STATEMENT,
                "Statement of Heads of State of Member States of Shanghai Cooperation Organization On International"
                    + " Information Security",
                day(2006, 6, 15), "chs-2006-shanghai")
            .addSources("UZJC-2007")
            .build());
    d.addDocument(
        Documents.doc("doc-chs-communique-2007", COMMUNIQUE, "Joint Communiqué of the meeting of the Council of Heads of State",
                day(2007, 8, 16), "chs-2007-bishkek")
            .addSources("UZJC-2007")
            .build());
    d.addDocument(
        Documents.doc("doc-plan-information-security-2007", PLAN,
                "Action Plan of the member states of the Shanghai Cooperation Organisation on ensuring international"
                    + " information security",
                day(2007, 8, 16), "chs-2007-bishkek")
            .addSources("UZJC-2007")
            .addLinks(DocumentLink.of(LinkType.IMPLEMENTS, "doc-statement-information-security-2006"))
            .note("Drafted on the basis of the CHS statement on international information security of 2006-06-15.")
            .build());
    d.addDocument(
        Documents.doc("doc-chs-communique-2009", COMMUNIQUE, "Joint Communiqué of the meeting of the Council of Heads of State",
                day(2009, 6, 16), "chs-2009-yekaterinburg")
            .addSources("UZIT-JC09", "WJ-2009")
            .build());
    d.addDocument(
        Documents.doc("doc-chs-press-release-2012", COMMUNIQUE, "Press release of the meeting of the Council of Heads of State",
                day(2012, 6, 7), "chs-2012-beijing")
            .addSources("WJ-2012PR")
            .build());
    d.addDocument(
        Documents.doc("doc-agreement-road-transport-2014", AGREEMENT,
                "Agreement on the facilitation of international road transport", day(2014, 9, 12),
                "chs-2014-dushanbe")
            .addSources("ECIS-14")
            .note("Signed at the Dushanbe CHS of 11-12 September 2014 [ECIS-14]. " + UNTITLED)
            .build());
  }

  /** A CHS decision on India ({@code IN}) or Pakistan ({@code PK}): id {@code stem-in-YEAR}, title with the name. */
  private static Document.Builder decisionOnIndiaOrPakistan(
      String state, String idStem, String titleFormat, PartialDate day, String summit) {
    String name = state.equals("IN") ? "India" : "Pakistan";
    return Documents.doc(idStem + "-" + state.toLowerCase(java.util.Locale.ROOT) + "-" + day.year(), DECISION,
        titleFormat.formatted(name), day, summit);
  }

  private static void from2015(ScoDataset.Builder d) {
    PartialDate ufa = day(2015, 7, 10);
    d.addDocument(
        Documents.doc("doc-chs-press-communique-2015", COMMUNIQUE,
                "Press communiqué of the meeting of the Council of Heads of State", ufa, "chs-2015-ufa")
            .addSources("CNHUBEI")
            .build());
    for (String s : new String[] {"IN", "PK"}) {
      d.addDocument(
          decisionOnIndiaOrPakistan(s, "doc-decision-accession", "Decision on starting the procedure of admitting %s"
                  + " as a member state", ufa, "chs-2015-ufa")
              .addLinks(DocumentLink.of(LinkType.GRANTS_STATUS, Statuses.id(s, ufa, ACCESSION_STARTED)))
              .addSources("CNHUBEI")
              .note("One of the Ufa decisions starting the admission of India and Pakistan [CNHUBEI]. " + UNTITLED)
              .build());
    }
    d.addDocument(
        Documents.doc("doc-agreement-border-defence-2015", AGREEMENT, "Agreement on cooperation in border defence", ufa,
                "chs-2015-ufa")
            .addSources("CNHUBEI")
            .note(UNTITLED)
            .build());
    d.addDocument(
        Documents.doc("doc-statement-70th-anniversary-victory-2015", STATEMENT,
                "Statement of the heads of member states on the 70th anniversary of the victory in the Second World"
                    + " War",
                ufa, "chs-2015-ufa")
            .addSources("CNHUBEI")
            .note(UNTITLED)
            .build());
    d.addDocument(
        Documents.doc("doc-statement-drug-problem-2015", STATEMENT, "Statement of the heads of member states on the drug problem",
                ufa, "chs-2015-ufa")
            .addSources("CNHUBEI")
            .note(UNTITLED)
            .build());
    PartialDate tashkent = day(2016, 6, 24);
    d.addDocument(
        Documents.doc("doc-programme-tourism-2016", PROGRAMME, "Programme of cooperation in tourism", tashkent,
                "chs-2016-tashkent")
            .addSources("T-2016DOCS")
            .note(UNTITLED)
            .build());
    d.addDocument(
        Documents.doc("doc-chs-statement-2016", STATEMENT, "Statement of the Council of Heads of State", tashkent,
                "chs-2016-tashkent")
            .addSources("T-2016DOCS")
            .note(UNTITLED)
            .build());
    PartialDate astana = day(2017, 6, 9);
    d.addDocument(
        Documents.doc("doc-statement-fight-terrorism-2017", STATEMENT,
                "Statement of the heads of member states on the joint fight against international terrorism", astana,
                "chs-2017-astana")
            .addSources("TASS-2017", "XEBER")
            .build());
    d.addDocument(
        Documents.doc("doc-plan-tourism-2017-2018", PLAN, "Joint action plan for cooperation in tourism for 2017-2018", astana,
                "chs-2017-astana")
            .addSources("TASS-2017", "XEBER")
            .build());
    d.addDocument(
        Documents.doc("doc-memorandum-secretariat-icrc-2017", MEMORANDUM,
                "Memorandum of understanding between the SCO Secretariat and the International Committee of the Red"
                    + " Cross",
                astana, "chs-2017-astana")
            .addSources("TASS-2017", "XEBER")
            .note(UNTITLED)
            .build());
    for (String s : new String[] {"IN", "PK"}) {
      d.addDocument(
          decisionOnIndiaOrPakistan(s, "doc-decision-contributions", "Decision on the contributions of %s in its new"
                  + " status of member state", astana, "chs-2017-astana")
              .addSources("TASS-2017")
              .note("TASS: the leaders 'approved decisions on the contributions of India and Pakistan due to their new"
                  + " status in the organization' [TASS-2017]. " + UNTITLED)
              .build());
    }
    d.addDocument(
        Documents.doc("doc-decision-sg-report-2017", DECISION,
                "Decision approving the report of the Secretary-General on the activity in 2016", astana,
                "chs-2017-astana")
            .addSources("TASS-2017")
            .note("TASS: the sides 'adopted reports of the SCO Secretary-General and a regional anti-terror body of"
                + " the group on the activity in 2016' [TASS-2017]. " + UNTITLED)
            .build());
    d.addDocument(
        Documents.doc("doc-decision-rats-report-2017", DECISION,
                "Decision approving the report of the Regional Anti-Terrorist Structure on the activity in 2016",
                astana, "chs-2017-astana")
            .addSources("TASS-2017")
            .note("See the decision on the Secretary-General's report of the same day [TASS-2017]. " + UNTITLED)
            .build());
    d.addDocument(
        Documents.doc("doc-statement-epidemics-2018", STATEMENT,
                "Statement on Joint Counteraction to the Threat of Epidemics in the SCO Space", day(2018, 6, 10),
                "chs-2018-qingdao")
            .addSources("VOLTAIRE-18", "MILOSI-18")
            .build());
    PartialDate samarkand = day(2022, 9, 16);
    d.addDocument(
        Documents.doc("doc-decision-accession-by-2022", DECISION,
                "Decision on starting the procedure of admitting Belarus as a member state", samarkand,
                "chs-2022-samarkand")
            .addLinks(DocumentLink.of(LinkType.GRANTS_STATUS, Statuses.id("BY", samarkand, ACCESSION_STARTED)))
            .addSources("NEWSAZ-BY")
            .note("Signed after the CHS meeting of 2022-09-16 [NEWSAZ-BY]. " + UNTITLED)
            .build());
  }

  private static void tianjin(ScoDataset.Builder d) {
    PartialDate day = Statuses.TIANJIN;
    Document.Builder partner =
        Documents.doc(PARTNER_DECISION, DECISION,
                "Decision of the Council of Heads of State on the status of 'partner of the Shanghai Cooperation"
                    + " Organisation'",
                day, "chs-2025-tianjin")
            .addSources("24KG-TJDOCS", "TASSRU-TJ")
            .note(
                "Merges the 'observer' and 'dialogue partner' statuses into one 'SCO partner' status. A separate"
                    + " decision; the Tianjin Declaration records it [24KG-TJDOCS].");
    for (String s : MERGED) {
      partner.addLinks(DocumentLink.of(LinkType.GRANTS_STATUS, Statuses.id(s, day, PARTNER)));
    }
    d.addDocument(partner.build());
    d.addDocument(
        Documents.doc(LAOS_DECISION, DECISION,
                "Decision on granting the Lao People's Democratic Republic the status of SCO dialogue partner", day,
                "chs-2025-tianjin")
            .addLinks(DocumentLink.of(LinkType.GRANTS_STATUS, Statuses.id("LA", day, PARTNER)))
            .addSources("24KG-TJDOCS", "TASSRU-TJ", "PUBT-LA")
            .note(
                "Granted as 'dialogue partner', which the partner-status decision of the same day turns into 'SCO"
                    + " partner'. The memorandum is pending: on 2025-09-01 the Secretary-General and the Lao foreign"
                    + " minister discussed 'the signing of a Memorandum' still to come [PUBT-LA]; no source for its"
                    + " signing was found.")
            .build());
    d.addDocument(
        Documents.doc("doc-decision-cis-observer-2025", DECISION,
                "Decision on the SCO's observer status in the Commonwealth of Independent States", day,
                "chs-2025-tianjin")
            .addSources("24KG-TJDOCS", "NCA-TJ")
            .note(UNTITLED)
            .build());
    d.addDocument(
        Documents.doc("doc-decision-tourism-capital-2025-2026", DECISION,
                "Decision declaring Cholpon-Ata the SCO tourism and cultural capital for 2025-2026", day,
                "chs-2025-tianjin")
            .addSources("24KG-TJDOCS", "QAZ-CA")
            .note(UNTITLED)
            .build());
    d.addDocument(
        Documents.doc("doc-decision-sg-powers-2025", DECISION,
                "Decision on the Secretary-General's powers to sign a Protocol to the Agreement of 2004-06-17 between"
                    + " the SCO and the People's Republic of China on the Secretariat's stay, and a memorandum of"
                    + " understanding with the Roscongress Foundation",
                day, "chs-2025-tianjin")
            .addSources("24KG-TJDOCS")
            .note(UNTITLED)
            .build());
    d.addDocument(
        Documents.doc("doc-decision-sg-report-2025", DECISION, "Decision approving the report of the Secretary-General", day,
                "chs-2025-tianjin")
            .addSources("24KG-TJDOCS")
            .note(UNTITLED)
            .build());
    d.addDocument(
        Documents.doc("doc-decision-rats-report-2025", DECISION,
                "Decision approving the report of the Regional Anti-Terrorist Structure", day,
                "chs-2025-tianjin")
            .addSources("24KG-TJDOCS")
            .note(UNTITLED)
            .build());
    d.addDocument(
        Documents.doc("doc-statement-multilateral-trading-system-2025", STATEMENT,
                "Statement in support of the multilateral trading system", day, "chs-2025-tianjin")
            .addSources("24KG-TJDOCS", "HK01-TJ")
            .note(UNTITLED)
            .confidence(Confidence.HIGH)
            .build());
  }
}
