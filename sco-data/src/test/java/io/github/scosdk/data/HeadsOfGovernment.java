package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static io.github.scosdk.data.Dates.day;
import static io.github.scosdk.data.Dates.month;
import static io.github.scosdk.model.DocumentKind.AGREEMENT;
import static io.github.scosdk.model.DocumentKind.COMMUNIQUE;
import static io.github.scosdk.model.DocumentKind.DECISION;
import static io.github.scosdk.model.DocumentKind.JOINT_STATEMENT;
import static io.github.scosdk.model.DocumentKind.MEMORANDUM;
import static io.github.scosdk.model.DocumentKind.PLAN;
import static io.github.scosdk.model.DocumentKind.PROGRAMME;
import static io.github.scosdk.model.DocumentKind.STATEMENT;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.DelegationLevel;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.LinkType;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingFormat;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Venue;

/**
 * Chapter 3b: the Council of Heads of Government (prime ministers), every regular meeting 2001-2025 (none in
 * 2002) and the one planned for Dushanbe in October 2026, with the joint communiqué (2001: press communiqué) and
 * the other documents the sources name (facts 2026-12 {@code chg.tsv}, {@code rotations.tsv}).
 *
 * <p>A meeting's chair is recorded only where a source names it; where the sources name only the host, the
 * chair is left out. Heads of delegation are recorded where a source lists them. A communiqué is dated on the day
 * the source gives; for a two-day meeting whose sources give no day it carries the month only. The CHG chair is
 * its own rotating office; its terms are in {@link ChgChairmanships}.
 */
final class HeadsOfGovernment {

  private static final String HOG_TITLE = "meeting of the Council of Heads of Government (Prime Ministers)";

  private HeadsOfGovernment() {}

  static void addTo(ScoDataset.Builder d) {
    meetings2001to2009(d);
    meetings2010to2017(d);
    meetings2018to2026(d);
  }

  /** The id of the communiqué of the CHG meeting of a year, such as {@code doc-chg-communique-2025}. */
  static String communiqueId(int year) {
    return "doc-chg-communique-" + year;
  }

  private static Meeting.Builder hog(int ordinal, String id, PartialDate start) {
    return Meeting.builder()
        .id(id)
        .body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
        .ordinal(ordinal)
        .title(ordinal + Meetings.ordinalSuffix(ordinal) + " " + HOG_TITLE)
        .startDate(start);
  }

  private static Meeting.Builder chg(
      int ordinal, String id, PartialDate start, PartialDate end, String city, String host) {
    return hog(ordinal, id, start).endDate(end).venue(Venue.of(city, cc(host))).host(cc(host));
  }

  private static Meeting.Builder video(int ordinal, String id, PartialDate date, String host) {
    return hog(ordinal, id, date).format(MeetingFormat.VIDEO).host(cc(host));
  }

  private static Document.Builder communique(int year, int ordinal, PartialDate date, String meeting) {
    return Documents.doc(communiqueId(year), COMMUNIQUE,
        "Joint communiqué of the " + ordinal + Meetings.ordinalSuffix(ordinal) + " " + HOG_TITLE
            + " of the SCO member states",
        date, meeting);
  }

  private static Participant head(String state, String name, DelegationLevel level) {
    return Participant.builder().state(cc(state)).headOfDelegation(name).level(level).build();
  }

  private static Participant body(String organisation, String name, DelegationLevel level) {
    return Participant.builder().organisation(organisation).headOfDelegation(name).level(level).build();
  }

  private static final DelegationLevel HOG = DelegationLevel.HEAD_OF_GOVERNMENT;
  private static final DelegationLevel MIN = DelegationLevel.MINISTER;
  private static final DelegationLevel OTHER = DelegationLevel.OTHER;
  private static final String SECRETARIAT = "SCO Secretariat";
  private static final String RATS = "RATS Executive Committee";

  private static void meetings2001to2009(ScoDataset.Builder d) {
    d.addMeeting(
        chg(1, "chg-2001-almaty", day(2001, 9, 14), day(2001, 9, 14), "Almaty", "KZ")
            .addOutcomes("doc-chg-press-communique-2001", "doc-chg-memorandum-economic-cooperation-2001")
            .confidence(Confidence.MEDIUM)
            .addSources("CHINANEWS-07", "CHINAGATE-15", "CRI-RU-02")
            .note(
                "The first meeting of the heads of government [CHINANEWS-07] [CHINAGATE-15]. The sources say"
                    + " 'September 2001'; the day is inferred from the statement of the six heads of government"
                    + " dated 14 September 2001 (on the attacks of 11 September). It set up the mechanism of"
                    + " regular prime ministers' meetings. No CHG met in 2002. The sources do not say who chaired.")
            .build());
    d.addDocument(
        Documents.doc("doc-chg-press-communique-2001", COMMUNIQUE,
                "Press communiqué of the first meeting of the heads of government of the SCO member states",
                day(2001, 9, 14), "chg-2001-almaty")
            .confidence(Confidence.MEDIUM)
            .addSources("CHINANEWS-07", "CRI-RU-02")
            .build());
    d.addDocument(
        Documents.doc("doc-chg-memorandum-economic-cooperation-2001", MEMORANDUM,
                "Memorandum on the basic goals and directions of regional economic cooperation and on launching"
                    + " the process of trade and investment facilitation",
                day(2001, 9, 14), "chg-2001-almaty")
            .confidence(Confidence.MEDIUM)
            .addSources("CHINANEWS-07", "CHINAGATE-15", "CRI-RU-02")
            .build());

    d.addMeeting(
        chg(2, "chg-2003-beijing", day(2003, 9, 23), day(2003, 9, 23), "Beijing", "CN")
            .addParticipant(head("CN", "Wen Jiabao", HOG))
            .addOutcomes(communiqueId(2003), "doc-programme-trade-economic-cooperation-2003",
                "doc-memorandum-launch-permanent-bodies-2003")
            .addSources("CHINAGATE-15", "CHINANEWS-07")
            .note(
                "Six documents in all were signed. Premier Wen Jiabao hosted; the sources do not say who chaired.")
            .build());
    d.addDocument(communique(2003, 2, day(2003, 9, 23), "chg-2003-beijing")
        .addSources("CHINAGATE-15", "CHINANEWS-07").build());
    d.addDocument(
        Documents.doc("doc-programme-trade-economic-cooperation-2003", PROGRAMME,
                "Programme of multilateral trade and economic cooperation of the SCO member states",
                day(2003, 9, 23), "chg-2003-beijing")
            .addSources("CHINAGATE-15", "CHINANEWS-07")
            .build());
    d.addDocument(
        Documents.doc("doc-memorandum-launch-permanent-bodies-2003", MEMORANDUM,
                "Memorandum on the technical launch of the SCO permanent bodies", day(2003, 9, 23),
                "chg-2003-beijing")
            .addSources("CHINAGATE-15")
            .build());

    d.addMeeting(
        chg(3, "chg-2004-bishkek", day(2004, 9, 23), day(2004, 9, 23), "Bishkek", "KG")
            .addParticipant(head("KZ", "D. Akhmetov", HOG))
            .addParticipant(head("CN", "Wen Jiabao", HOG))
            .addParticipant(head("KG", "N. Tanaev", HOG))
            .addParticipant(head("RU", "M. Fradkov", HOG))
            .addParticipant(head("TJ", "A. Gulomov", OTHER))
            .addParticipant(head("UZ", "U. Sultanov", OTHER))
            .addOutcomes(communiqueId(2004), "doc-plan-trade-economic-programme-2004")
            .addSources("MFACN-CHG04", "WJ-CHG04", "WEN-04", "CHINAGATE-15")
            .note(
                "Sources disagree on the day: the Xinhua backgrounder gives 2004-09-22 [CHINAGATE-15]; the Chinese"
                    + " MFA [MFACN-CHG04], the SCO Secretariat's text [WJ-CHG04] and Wen Jiabao's speech [WEN-04]"
                    + " give 2004-09-23, which is kept. PM N. Tanayev hosted; the sources do not say who chaired.")
            .build());
    d.addDocument(communique(2004, 3, day(2004, 9, 23), "chg-2004-bishkek")
        .addSources("WJ-CHG04", "MFACN-CHG04").build());
    d.addDocument(
        Documents.doc("doc-plan-trade-economic-programme-2004", PLAN,
                "Action plan for the implementation of the Programme of multilateral trade and economic cooperation",
                day(2004, 9, 23), "chg-2004-bishkek")
            .addLinks(DocumentLink.of(LinkType.IMPLEMENTS, "doc-programme-trade-economic-cooperation-2003"))
            .addSources("MFACN-CHG04", "WJ-CHG04")
            .note("127 projects in 11 areas.")
            .build());

    d.addMeeting(
        chg(4, "chg-2005-moscow", day(2005, 10, 26), day(2005, 10, 26), "Moscow", "RU")
            .addParticipant(head("RU", "M. Fradkov", HOG))
            .addOutcomes(communiqueId(2005))
            .addSources("CHINAGATE-15", "CHINANEWS-07", "KEYAN-05")
            .note(
                "The observers (India, Iran, Mongolia, Pakistan) attended a CHG meeting for the first time. PM"
                    + " M. Fradkov hosted; the sources do not say who chaired.")
            .build());
    d.addDocument(communique(2005, 4, day(2005, 10, 26), "chg-2005-moscow").addSources("KEYAN-05").build());

    d.addMeeting(
        chg(5, "chg-2006-dushanbe", day(2006, 9, 15), day(2006, 9, 15), "Dushanbe", "TJ")
            .addParticipant(head("KZ", "D. Akhmetov", HOG))
            .addParticipant(head("CN", "Wen Jiabao", HOG))
            .addParticipant(head("KG", "F. Kulov", HOG))
            .addParticipant(head("RU", "M. Fradkov", HOG))
            .addParticipant(head("TJ", "A. Akilov", HOG))
            .addParticipant(head("UZ", "R. Azimov", OTHER))
            .addParticipant(head("IN", "P. Chavan", MIN))
            .addParticipant(head("IR", "A. Saidlu", OTHER))
            .addParticipant(head("MN", "M. Enkhsaikhan", OTHER))
            .addParticipant(head("PK", "Sh. Aziz", HOG))
            .addParticipant(
                Participant.builder().state(cc("AF")).headOfDelegation("A. Masood").level(OTHER).guest(true).build())
            .addParticipant(body(SECRETARIAT, "Zhang Deguang", DelegationLevel.SECRETARY_GENERAL))
            .addParticipant(body(RATS, "V. Kasymov", DelegationLevel.OFFICIAL))
            .addOutcomes(communiqueId(2006))
            .addSources("WJ-CHG06", "CHINAGATE-15")
            .note(
                "Executive Secretary Zhang Deguang and the Director of the RATS Executive Committee V. Kasymov"
                    + " attended [WJ-CHG06]. PM A. Akilov hosted; the sources do not say who chaired.")
            .build());
    d.addDocument(communique(2006, 5, day(2006, 9, 15), "chg-2006-dushanbe").addSources("WJ-CHG06").build());

    d.addMeeting(
        chg(6, "chg-2007-tashkent", day(2007, 11, 2), day(2007, 11, 2), "Tashkent", "UZ")
            .addParticipant(head("UZ", "Sh. Mirziyoyev", HOG))
            .addOutcomes(communiqueId(2007), "doc-agreement-customs-cooperation-2007")
            .addSources("WJ-CHG07", "FMPRC-CHG07", "CHINAORG-07")
            .note("PM Sh. Mirziyoyev hosted; the sources do not say who chaired.")
            .build());
    d.addDocument(communique(2007, 6, day(2007, 11, 2), "chg-2007-tashkent").addSources("WJ-CHG07").build());
    d.addDocument(
        Documents.doc("doc-agreement-customs-cooperation-2007", AGREEMENT, "Agreement on customs cooperation",
                day(2007, 11, 2), "chg-2007-tashkent")
            .addSources("FMPRC-CHG07", "CHINAORG-07")
            .note("The sources say a customs cooperation agreement was signed; its exact title is not given.")
            .build());

    d.addMeeting(
        chg(7, "chg-2008-astana", day(2008, 10, 30), day(2008, 10, 30), "Astana", "KZ")
            .chair(cc("KZ"))
            .addParticipant(head("KZ", "Karim Massimov", HOG))
            .addParticipant(head("CN", "Wen Jiabao", HOG))
            .addParticipant(head("KG", "I. Chudinov", HOG))
            .addParticipant(head("RU", "V. Putin", HOG))
            .addParticipant(head("TJ", "A. Akilov", HOG))
            .addParticipant(head("UZ", "R. Azimov", OTHER))
            .addParticipant(head("IN", "Sushilkumar Shinde", MIN))
            .addParticipant(head("IR", "Parviz Davoodi", OTHER))
            .addParticipant(head("MN", "Sanzhagiyn Bayar", HOG))
            .addParticipant(head("PK", "Chaudhry Ahmed Mukhtar", MIN))
            .addParticipant(
                Participant.builder().state(cc("AF")).headOfDelegation("Ahmad Zia Massoud").level(OTHER).guest(true)
                    .build())
            .addParticipant(body(SECRETARIAT, "B. Nurgaliev", DelegationLevel.SECRETARY_GENERAL))
            .addParticipant(body(RATS, "M. Subanov", DelegationLevel.OFFICIAL))
            .addOutcomes(communiqueId(2008), "doc-plan-trade-economic-programme-2008")
            .addSources("WJ-CHG08", "UZD-CHG08", "KEYAN-09")
            .note(
                "Chaired by PM Karim Massimov [WJ-CHG08]; the observers India, Iran, Mongolia and Pakistan attended,"
                    + " and Afghanistan's First Vice-President as the host's guest.")
            .build());
    d.addDocument(communique(2008, 7, day(2008, 10, 30), "chg-2008-astana").addSources("WJ-CHG08").build());
    d.addDocument(
        Documents.doc("doc-plan-trade-economic-programme-2008", PLAN,
                "Amended plan for the implementation of the Programme of multilateral trade and economic"
                    + " cooperation",
                day(2008, 10, 30), "chg-2008-astana")
            .addLinks(DocumentLink.of(LinkType.AMENDS, "doc-plan-trade-economic-programme-2004"))
            .addSources("WJ-CHG08", "UZD-CHG08")
            .build());

    d.addMeeting(
        chg(8, "chg-2009-beijing", day(2009, 10, 14), day(2009, 10, 14), "Beijing", "CN")
            .chair(cc("CN"))
            .addParticipant(head("CN", "Wen Jiabao", HOG))
            .addOutcomes(communiqueId(2009))
            .addSources("VOLTAIRE-09", "CNEMB-NL-09")
            .note("Chaired by Premier Wen Jiabao.")
            .build());
    d.addDocument(communique(2009, 8, day(2009, 10, 14), "chg-2009-beijing")
        .addSources("VOLTAIRE-09", "CNEMB-NL-09").build());
  }

  private static void meetings2010to2017(ScoDataset.Builder d) {
    d.addMeeting(
        chg(9, "chg-2010-dushanbe", day(2010, 11, 25), day(2010, 11, 25), "Dushanbe", "TJ")
            .chair(cc("TJ"))
            .addParticipant(head("TJ", "Akil Akilov", HOG))
            .addParticipant(head("KG", "Roza Otunbayeva", DelegationLevel.HEAD_OF_STATE))
            .addParticipant(body(RATS, "Dzhenisbek Dzhumanbekov", DelegationLevel.OFFICIAL))
            .addOutcomes(communiqueId(2010))
            .addSources("CCTV-10", "CNEMB-IN-10", "CHINAORG-10", "CRNTT-10")
            .note(
                "Chaired by PM Akil Akilov. Kyrgyzstan's President Roza Otunbayeva attended as acting prime"
                    + " minister; RATS Director Dzhumanbekov attended. The meeting decided that the next CHG would"
                    + " be held in Russia in 2011.")
            .build());
    d.addDocument(
        communique(2010, 9, day(2010, 11, 25), "chg-2010-dushanbe")
            .putTitle(Language.ZH, "上海合作组织成员国政府首脑(总理)理事会会议联合公报")
            .addSources("CCTV-10", "CRNTT-10")
            .build());

    d.addMeeting(
        chg(10, "chg-2011-saint-petersburg", day(2011, 11, 7), day(2011, 11, 7), "Saint Petersburg", "RU")
            .addParticipant(head("KZ", "K. Massimov", HOG))
            .addParticipant(head("CN", "Wen Jiabao", HOG))
            .addParticipant(head("KG", "O. Babanov", HOG))
            .addParticipant(head("RU", "V. Putin", HOG))
            .addParticipant(head("TJ", "A. Akilov", HOG))
            .addParticipant(head("UZ", "R. Azimov", OTHER))
            .addParticipant(head("IN", "S. Shinde", MIN))
            .addParticipant(head("IR", "A. Salihi", MIN))
            .addParticipant(head("MN", "N. Altanhuyag", OTHER))
            .addParticipant(head("PK", "Yu. Gilani", HOG))
            .addParticipant(
                Participant.builder().state(cc("AF")).headOfDelegation("M. Halili").level(OTHER).guest(true).build())
            .addParticipant(body(SECRETARIAT, "M. Imanaliev", DelegationLevel.SECRETARY_GENERAL))
            .addParticipant(body(RATS, "V. Kasymov", DelegationLevel.OFFICIAL))
            .addOutcomes(communiqueId(2011))
            .addSources("WJ-CHG11", "RFERL-11", "CHINACOM-LIST")
            .note(
                "PM V. Putin hosted; the sources do not say who chaired. V. Kasymov attended as Deputy Director of"
                    + " the RATS Executive Committee [WJ-CHG11].")
            .build());
    d.addDocument(communique(2011, 10, day(2011, 11, 7), "chg-2011-saint-petersburg")
        .addSources("WJ-CHG11").build());

    d.addMeeting(
        chg(11, "chg-2012-bishkek", day(2012, 12, 4), day(2012, 12, 5), "Bishkek", "KG")
            .chair(cc("KG"))
            .addParticipant(head("KG", "Zhantoro Satybaldiev", HOG))
            .addOutcomes(communiqueId(2012))
            .addSources("WJ-CHG12", "CHINACOM-LIST")
            .note(
                "Chaired by PM Zhantoro Satybaldiev [WJ-CHG12]. The china.com.cn list [CHINACOM-LIST] misprints the"
                    + " date as 2013-11-29. Kyrgyzstan then also held the CHS presidency (2012-06-07 to 2013-09-13):"
                    + " the only CHG meeting hosted by the presidency state on its day, although the year-by-year"
                    + " comparison of CHS and CHG hosts (facts 2026-12, rotations.tsv) finds them never equal.")
            .build());
    d.addDocument(communique(2012, 11, day(2012, 12, 5), "chg-2012-bishkek").addSources("WJ-CHG12").build());

    d.addMeeting(
        chg(12, "chg-2013-tashkent", day(2013, 11, 28), day(2013, 11, 29), "Tashkent", "UZ")
            .chair(cc("UZ"))
            .addParticipant(head("UZ", "Shavkat Mirziyoyev", HOG))
            .addOutcomes(communiqueId(2013), "doc-joint-statement-transport-2013")
            .addSources("WJ-CHG13", "CHINACOM-LIST")
            .note("Chaired by PM Shavkat Mirziyoyev.")
            .build());
    d.addDocument(communique(2013, 12, day(2013, 11, 29), "chg-2013-tashkent").addSources("WJ-CHG13").build());
    d.addDocument(
        Documents.doc("doc-joint-statement-transport-2013", JOINT_STATEMENT,
                "Joint statement of the heads of government of the SCO member states on further cooperation in"
                    + " transport",
                day(2013, 11, 29), "chg-2013-tashkent")
            .addSources("WJ-CHG13")
            .build());

    d.addMeeting(
        chg(13, "chg-2014-astana", day(2014, 12, 15), day(2014, 12, 15), "Astana", "KZ")
            .addOutcomes(communiqueId(2014))
            .confidence(Confidence.MEDIUM)
            .addSources("CHINACOM-LIST")
            .note(
                "Single source [CHINACOM-LIST]; a start on 2014-12-14 is not sourced. The sources do not say who"
                    + " chaired.")
            .build());
    d.addDocument(communique(2014, 13, day(2014, 12, 15), "chg-2014-astana")
        .confidence(Confidence.MEDIUM).addSources("CHINACOM-LIST").build());

    d.addMeeting(
        chg(14, "chg-2015-zhengzhou", day(2015, 12, 14), day(2015, 12, 15), "Zhengzhou", "CN")
            .chair(cc("CN"))
            .addParticipant(head("CN", "Li Keqiang", HOG))
            .addOutcomes(communiqueId(2015), "doc-chg-statement-regional-economic-cooperation-2015")
            .addSources("ESCAP-15", "HKTDC-15", "CHINAGATE-15", "CHINACOM-LIST")
            .note("Chaired by Premier Li Keqiang.")
            .build());
    d.addDocument(communique(2015, 14, month(2015, 12), "chg-2015-zhengzhou")
        .addSources("ESCAP-15", "HKTDC-15")
        .note("22 items. Adopted at the meeting of 14-15 December; the sources read do not give the day.")
        .build());
    d.addDocument(
        Documents.doc("doc-chg-statement-regional-economic-cooperation-2015", STATEMENT,
                "Statement of the heads of government of the SCO member states on regional economic cooperation",
                day(2015, 12, 15), "chg-2015-zhengzhou")
            .addSources("ESCAP-15", "HKTDC-15")
            .build());

    d.addMeeting(
        chg(15, "chg-2016-bishkek", day(2016, 11, 2), day(2016, 11, 3), "Bishkek", "KG")
            .chair(cc("KG"))
            .addParticipant(head("KG", "Sooronbay Jeenbekov", HOG))
            .addOutcomes(communiqueId(2016), "doc-chg-budget-2017", "doc-chg-project-measures-2017-2021",
                "doc-chg-decision-development-bank-2016")
            .addSources("DOCSLIB-16", "INFORM-CHG16", "CHINACOM-LIST")
            .note(
                "Chaired by acting PM Sooronbay Jeenbekov. Twelve documents were signed [INFORM-CHG16], among them"
                    + " the three recorded here beside the communiqué; the others are not named in the sources read.")
            .build());
    d.addDocument(communique(2016, 15, month(2016, 11), "chg-2016-bishkek")
        .addSources("DOCSLIB-16", "INFORM-CHG16")
        .note("Adopted at the meeting of 2-3 November; the sources read do not give the day.")
        .build());
    d.addDocument(
        Documents.doc("doc-chg-budget-2017", DECISION, "Decision on the SCO budget for 2017", month(2016, 11),
                "chg-2016-bishkek")
            .addSources("INFORM-CHG16")
            .note("The sources list 'the SCO budget for 2017' among the documents; the exact title is not given.")
            .build());
    d.addDocument(
        Documents.doc("doc-chg-project-measures-2017-2021", PLAN,
                "List of measures for the further development of project activities within the SCO for 2017-2021",
                month(2016, 11), "chg-2016-bishkek")
            .addSources("INFORM-CHG16")
            .build());
    d.addDocument(
        Documents.doc("doc-chg-decision-development-bank-2016", DECISION,
                "Decision on further work on the establishment of the SCO Development Bank and the SCO Development"
                    + " Fund (Special Account)",
                month(2016, 11), "chg-2016-bishkek")
            .addSources("INFORM-CHG16")
            .build());

    d.addMeeting(
        chg(16, "chg-2017-sochi", day(2017, 11, 30), day(2017, 12, 1), "Sochi", "RU")
            .chair(cc("RU"))
            .addParticipant(head("RU", "Dmitry Medvedev", HOG))
            .addOutcomes(communiqueId(2017), "doc-agreement-budget-procedure-2017")
            .addSources("CASE-17", "GOVRU-17")
            .note("Chaired by PM Dmitry Medvedev.")
            .build());
    d.addDocument(communique(2017, 16, day(2017, 12, 1), "chg-2017-sochi").addSources("CASE-17").build());
    d.addDocument(
        Documents.doc("doc-agreement-budget-procedure-2017", AGREEMENT,
                "Agreement on the procedure for drawing up and executing the SCO budget", day(2017, 12, 1),
                "chg-2017-sochi")
            .confidence(Confidence.MEDIUM)
            .addSources("GOVRU-17")
            .note("Announced for signing at the meeting [GOVRU-17]; no report of the signing itself was read.")
            .build());
  }

  private static void meetings2018to2026(ScoDataset.Builder d) {
    d.addMeeting(
        Meeting.builder()
            .id("cnc-2018-dushanbe")
            .body(Body.COUNCIL_OF_NATIONAL_COORDINATORS)
            .title("Meeting of the Council of National Coordinators preparing the 17th CHG meeting")
            .startDate(day(2018, 10, 8))
            .endDate(day(2018, 10, 10))
            .venue(Venue.of("Dushanbe", cc("TJ")))
            .chair(cc("KG"))
            .addSources("SECT-CNC18")
            .note("Chaired by Kyrgyzstan, which held the CHS presidency, although the CHG was hosted by Tajikistan.")
            .build());
    d.addMeeting(
        chg(17, "chg-2018-dushanbe", day(2018, 10, 11), day(2018, 10, 12), "Dushanbe", "TJ")
            .chair(cc("TJ"))
            .addParticipant(head("TJ", "Kokhir Rasulzoda", HOG))
            .addOutcomes(communiqueId(2018))
            .addSources("DOCSLIB-18", "NEWSTJ-CHG18", "APP-CHG26")
            .note(
                "Chaired by PM Kokhir Rasulzoda. Ten resolutions and two agreements were adopted beside the"
                    + " communiqué [DOCSLIB-18]; they are not named in the sources read. Prepared by the CNC of 8-10"
                    + " October (cnc-2018-dushanbe).")
            .build());
    d.addDocument(
        Documents.doc(communiqueId(2018), COMMUNIQUE,
                "Joint communiqué on the results of the 17th " + HOG_TITLE + " of the SCO member states",
                day(2018, 10, 12), "chg-2018-dushanbe")
            .addSources("NEWSTJ-CHG18", "DOCSLIB-18")
            .build());

    d.addMeeting(
        chg(18, "chg-2019-tashkent", day(2019, 11, 1), day(2019, 11, 2), "Tashkent", "UZ")
            .chair(cc("UZ"))
            .addParticipant(head("IN", "R. Singh", MIN))
            .addParticipant(head("KZ", "A. Mamin", HOG))
            .addParticipant(head("CN", "Li Keqiang", HOG))
            .addParticipant(head("KG", "M. Abylgaziev", HOG))
            .addParticipant(head("PK", "Z. Ahmed", DelegationLevel.DEPUTY_MINISTER))
            .addParticipant(head("RU", "D. Medvedev", HOG))
            .addParticipant(head("TJ", "K. Rasulzoda", HOG))
            .addParticipant(head("UZ", "Abdulla Aripov", HOG))
            .addParticipant(body(SECRETARIAT, "V. Norov", DelegationLevel.SECRETARY_GENERAL))
            .addParticipant(body(RATS, "D. Giyosov", DelegationLevel.OFFICIAL))
            .addOutcomes(communiqueId(2019))
            .addSources("R-UZD19", "UP-CHG19")
            .note(
                "Chaired by PM Abdulla Aripov [R-UZD19]. India (its Minister of Defence) was to chair the CHG next,"
                    + " 'for the first time' [UP-CHG19]. An earlier plan (TASS, 2019-08-20) gave 31 October - 1"
                    + " November.")
            .build());
    d.addDocument(communique(2019, 18, month(2019, 11), "chg-2019-tashkent")
        .addSources("R-UZD19")
        .note("Adopted at the meeting of 1-2 November; the sources read do not give the day.")
        .build());

    d.addMeeting(
        video(19, "chg-2020-video", day(2020, 11, 30), "IN")
            .chair(cc("IN"))
            .addParticipant(head("IN", "M. Venkaiah Naidu", OTHER))
            .addOutcomes(communiqueId(2020))
            .addSources("SECT-CHG20", "RW-CHG20")
            .note(
                "Videoconference organised by India, chaired by Vice President M. Venkaiah Naidu: India's first"
                    + " turn in the CHG chair.")
            .build());
    d.addDocument(communique(2020, 19, day(2020, 11, 30), "chg-2020-video").addSources("SECT-CHG20").build());

    d.addMeeting(
        video(20, "chg-2021-video", day(2021, 11, 25), "KZ")
            .chair(cc("KZ"))
            .addParticipant(head("IN", "Subrahmanyam Jaishankar", MIN))
            .addParticipant(head("KZ", "Askar Mamin", HOG))
            .addParticipant(body(SECRETARIAT, "Vladimir Norov", DelegationLevel.SECRETARY_GENERAL))
            .addSources("SECT-CHG21", "GKS-CHG21")
            .note(
                "Videoconference organised by Kazakhstan from Nur-Sultan; PM Askar Mamin attended, and the sources of"
                    + " the facts collection do not name the person in the chair (chg.tsv 20). The fact check saw no"
                    + " communiqué in its excerpts, so none is recorded, and the other heads of delegation are not"
                    + " sourced there.")
            .build());

    d.addMeeting(
        video(21, "chg-2022-video", day(2022, 11, 1), "CN")
            .chair(cc("CN"))
            .addParticipant(head("IN", "S. Jaishankar", MIN))
            .addParticipant(head("KZ", "A. A. Smailov", HOG))
            .addParticipant(head("CN", "Li Keqiang", HOG))
            .addParticipant(head("KG", "A. U. Japarov", HOG))
            .addParticipant(head("PK", "B. B. Zardari", MIN))
            .addParticipant(head("RU", "M. V. Mishustin", HOG))
            .addParticipant(head("TJ", "K. Rasulzoda", HOG))
            .addParticipant(head("UZ", "A. N. Aripov", HOG))
            .addParticipant(head("BY", "R. A. Golovchenko", HOG))
            .addParticipant(head("IR", "M. Mokhber", OTHER))
            .addParticipant(head("MN", "L. Oyun-Erdene", HOG))
            .addParticipant(body(SECRETARIAT, "Zhang Ming", DelegationLevel.SECRETARY_GENERAL))
            .addParticipant(body(RATS, "R. E. Mirzaev", DelegationLevel.OFFICIAL))
            .addOutcomes(communiqueId(2022))
            .addSources("MEA-CHG22", "PEOPLECN-CHG22")
            .note("Videoconference organised by China, chaired by Premier Li Keqiang.")
            .build());
    d.addDocument(
        Documents.doc(communiqueId(2022), COMMUNIQUE,
                "Joint communiqué following the 21st Meeting of the Council of Heads of Government (Prime"
                    + " Ministers) of SCO Member States",
                day(2022, 11, 1), "chg-2022-video")
            .addSources("MEA-CHG22")
            .build());

    d.addMeeting(
        chg(22, "chg-2023-bishkek", day(2023, 10, 26), day(2023, 10, 26), "Bishkek", "KG")
            .chair(cc("KG"))
            .addParticipant(head("IN", "Subrahmanyam Jaishankar", MIN))
            .addParticipant(head("IR", "Mohammad Mokhber", OTHER))
            .addParticipant(head("KZ", "Alikhan Smailov", HOG))
            .addParticipant(head("CN", "Li Qiang", HOG))
            .addParticipant(head("KG", "Akylbek Japarov", HOG))
            .addParticipant(head("PK", "Jalil Abbas Jilani", MIN))
            .addParticipant(head("RU", "Mikhail Mishustin", HOG))
            .addParticipant(head("TJ", "Kokhir Rasulzoda", HOG))
            .addParticipant(head("UZ", "Abdulla Aripov", HOG))
            .addParticipant(head("BY", "Roman Golovchenko", HOG))
            .addParticipant(head("MN", "Luvsannamsrain Oyun-Erdene", HOG))
            .addParticipant(body(SECRETARIAT, "Zhang Ming", DelegationLevel.SECRETARY_GENERAL))
            .addParticipant(body(RATS, "Ruslan Mirzayev", DelegationLevel.OFFICIAL))
            .addOutcomes(communiqueId(2023))
            .addSources("WJ-CHG23", "DG-CHG23")
            .note(
                "Chaired by Akylbek Japarov, Chairman of the Cabinet of Ministers [WJ-CHG23]. India's MEA gives the"
                    + " visit as 25-26 October [DG-CHG23]; the meeting itself was on the 26th. Belarus and Mongolia"
                    + " took part as observer states.")
            .build());
    d.addDocument(
        Documents.doc(communiqueId(2023), COMMUNIQUE,
                "Joint communique following the 22nd meeting of the Heads of Government (Prime Ministers) Council of"
                    + " the Shanghai Cooperation Organisation",
                day(2023, 10, 26), "chg-2023-bishkek")
            .addSources("WJ-CHG23")
            .build());

    d.addMeeting(
        chg(23, "chg-2024-islamabad", day(2024, 10, 15), day(2024, 10, 16), "Islamabad", "PK")
            .chair(cc("PK"))
            .addParticipant(head("PK", "Muhammad Shehbaz Sharif", HOG))
            .addOutcomes(communiqueId(2024))
            .addSources("VOV-CHG24", "UP-CHG24", "ARY-CHG24", "PAKTODAY-CHG24")
            .note(
                "Chaired by PM Muhammad Shehbaz Sharif. Besides the communiqué, decisions on economic cooperation and"
                    + " on the permanent bodies were adopted and the budget approved; the CHG chairmanship passed to"
                    + " Russia, and the next CHG was set for Russia in 2025 [VOV-CHG24] [UP-CHG24].")
            .build());
    d.addDocument(communique(2024, 23, month(2024, 10), "chg-2024-islamabad")
        .addSources("VOV-CHG24", "UP-CHG24")
        .note("Adopted at the meeting of 15-16 October; the sources read do not give the day.")
        .build());

    d.addMeeting(
        chg(24, "chg-2025-moscow", day(2025, 11, 17), day(2025, 11, 18), "Moscow", "RU")
            .chair(cc("RU"))
            .addParticipant(head("BY", "Alexander Turchin", HOG))
            .addParticipant(head("IN", "Subrahmanyam Jaishankar", MIN))
            .addParticipant(head("IR", "Mohammad Reza Aref", OTHER))
            .addParticipant(head("KZ", "Olzhas Bektenov", HOG))
            .addParticipant(head("KG", "Adylbek Kasymaliyev", HOG))
            .addParticipant(head("CN", "Li Qiang", HOG))
            .addParticipant(head("PK", "Mohammad Ishaq Dar", MIN))
            .addParticipant(head("RU", "Mikhail Mishustin", HOG))
            .addParticipant(head("TJ", "Kokhir Rasulzoda", HOG))
            .addParticipant(head("UZ", "Abdulla Aripov", HOG))
            .addParticipant(head("MN", "Gombojavyn Zandanshatar", HOG))
            .addParticipant(head("QA", "Mohammed bin Abdulrahman bin Jassim Al Thani", HOG))
            .addParticipant(body(SECRETARIAT, "Nurlan Yermekbayev", DelegationLevel.SECRETARY_GENERAL))
            .addParticipant(body(RATS, "Ularbek Sharsheev", DelegationLevel.OFFICIAL))
            .addOutcomes(communiqueId(2025), "doc-chg-statement-world-economy-2025")
            .addSources("TASS-CHG25", "GOVRU-CHG25", "OMNI-CHG25", "SHIYI-CHG25", "TREND-CHG25", "PRIME-25")
            .note(
                "Chaired by PM Mikhail Mishustin [GOVRU-CHG25]: the final event of Russia's presidency of the SCO CHG"
                    + " in 2024-2025 [TASS-CHG25]. Mishustin said that the CHG chairmanship passes to Tajikistan"
                    + " [PRIME-25]. Heads of delegation as listed by the Russian government [GOVRU-CHG25]; RATS"
                    + " Director Sharsheev attended [OMNI-CHG25].")
            .build());
    d.addDocument(communique(2025, 24, month(2025, 11), "chg-2025-moscow")
        .addSources("OMNI-CHG25", "SHIYI-CHG25", "TASS-CHG25")
        .note(
            "Reported by Xinhua on 18-19 November [OMNI-CHG25] [SHIYI-CHG25]; the day of adoption within the meeting"
                + " of 17-18 November is not given.")
        .build());
    d.addDocument(
        Documents.doc("doc-chg-statement-world-economy-2025", STATEMENT,
                "Statement on the economic situation in the world and the SCO space", month(2025, 11),
                "chg-2025-moscow")
            .confidence(Confidence.MEDIUM)
            .addSources("TASS-CHG25")
            .note(
                "Announced by TASS before the meeting (a consolidated position for an open, fair and equal"
                    + " multilateral trade system); no report of its adoption was read, and the exact title is not"
                    + " given.")
            .build());

    d.addMeeting(
        Meeting.builder()
            .id("chg-2026-dushanbe")
            .body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
            .title("Planned " + HOG_TITLE + ", Dushanbe")
            .startDate(month(2026, 10))
            .venue(Venue.of("Dushanbe", cc("TJ")))
            .format(MeetingFormat.UNDECIDED)
            .host(cc("TJ"))
            .chair(cc("TJ"))
            .planned(true)
            .confidence(Confidence.MEDIUM)
            .addSources("APP-CHG26", "PEOPLE-IRAN26")
            .note(
                "Announced in an APP item dated 'March 10' [APP-CHG26]: the next meeting of the SCO prime ministers"
                    + " will be held in Dushanbe in October, and an organising committee was set up. The year 2026"
                    + " is inferred: the item cites the SCO statement on the attacks on Iran of 2026-03-02"
                    + " [PEOPLE-IRAN26]. Tajikistan chairs the CHG 2025-26 (expected); no source gives the ordinal or"
                    + " the days.")
            .build());
  }
}
