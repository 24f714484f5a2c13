package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static io.github.scosdk.data.Dates.day;
import static io.github.scosdk.data.Dates.month;
import static io.github.scosdk.model.DocumentKind.COMMUNIQUE;
import static io.github.scosdk.model.DocumentKind.DECISION;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.DelegationLevel;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Venue;

/**
 * Chapter 3c: the meetings of the Council of Ministers of Foreign Affairs that the sources date, 2002-2022
 * (facts 2026-12 {@code cmfa.tsv}; the meetings of 2021 and 2023-2025 are in chapter Meetings), with the CMFA
 * steps of status grants as decisions adopted there. None was found for 2001 or 2003-2008.
 *
 * <p>A CMFA meeting is chaired by the state holding the CHS presidency (Charter; {@code meeting.chair}); the chair
 * is recorded only where a source names the minister who chaired. A CMFA decision on a status prepares the CHS
 * decision that grants it; it is a document of the CMFA, not the grant itself.
 */
final class ForeignMinisters {

  private ForeignMinisters() {}

  private static Meeting.Builder cmfa(
      String id, PartialDate start, PartialDate end, String city, String host) {
    return Meeting.builder()
        .id(id)
        .body(Body.COUNCIL_OF_FOREIGN_MINISTERS)
        .title("Meeting of the Council of Ministers of Foreign Affairs, " + city)
        .startDate(start)
        .endDate(end)
        .venue(Venue.of(city, cc(host)))
        .host(cc(host));
  }

  private static Meeting.Builder chaired(
      String id, PartialDate start, PartialDate end, String city, String host, String minister) {
    return cmfa(id, start, end, city, host)
        .chair(cc(host))
        .addParticipant(
            Participant.builder().state(cc(host)).headOfDelegation(minister).level(DelegationLevel.MINISTER).build());
  }


  private static Document.Builder pressRelease(String id, String city, PartialDate adopted, String meeting) {
    return Documents.doc(id, COMMUNIQUE, "Press release of the meeting of the Council of Ministers of Foreign Affairs, " + city,
        adopted, meeting);
  }

  static void addTo(ScoDataset.Builder d) {
    early(d);
    middle(d);
    late(d);
  }

  private static void early(ScoDataset.Builder d) {
    d.addMeeting(
        cmfa("cmfa-2002-moscow", day(2002, 11, 23), day(2002, 11, 23), "Moscow", "RU")
            .addOutcomes("doc-cmfa-communique-2002")
            .confidence(Confidence.MEDIUM)
            .addSources("CHINAORG-02")
            .note(
                "The day is inferred: a November 2002 report says 'Saturday' [CHINAORG-02]. The ministers agreed on"
                    + " a Secretariat in Beijing and a RATS centre in Bishkek, and on interim procedures for"
                    + " cooperation with international organisations and states. The source does not say who"
                    + " chaired.")
            .build());
    d.addDocument(
        Documents.doc("doc-cmfa-communique-2002", COMMUNIQUE,
                "Joint communiqué of the meeting of the Council of Ministers of Foreign Affairs, Moscow",
                day(2002, 11, 23), "cmfa-2002-moscow")
            .confidence(Confidence.MEDIUM)
            .addSources("CHINAORG-02")
            .build());

    d.addMeeting(
        cmfa("cmfa-2009-moscow", day(2009, 5, 15), day(2009, 5, 15), "Moscow", "RU")
            .addOutcomes("doc-cmfa-decision-dialogue-partners-2009")
            .addSources("SPUTDE-09", "IFX-2009")
            .note("Lavrov spoke after the meeting; the sources do not say who chaired.")
            .build());
    d.addDocument(
        Documents.doc("doc-cmfa-decision-dialogue-partners-2009", DECISION,
                "Decision of the Council of Ministers of Foreign Affairs to grant dialogue-partner status to Belarus"
                    + " and Sri Lanka",
                day(2009, 5, 15), "cmfa-2009-moscow")
            .addSources("SPUTDE-09", "IFX-2009")
            .note(
                "The CMFA step; the CHS confirmed it at Yekaterinburg on 2009-06-16 [IFX-2009]. The exact title is"
                    + " not given in the sources.")
            .build());

    d.addMeeting(
        chaired("cmfa-2010-tashkent", day(2010, 5, 22), day(2010, 5, 22), "Tashkent", "UZ", "V. Norov")
            .addParticipant(
                Participant.builder()
                    .organisation("RATS Executive Committee")
                    .headOfDelegation("D. M. Djumanbekov")
                    .level(DelegationLevel.OFFICIAL)
                    .build())
            .addSources("UZIT-CMFA10")
            .note(
                "Chaired by the Uzbek side (FM V. Norov); prepared the Tashkent CHS of 10-11 June 2010. Kyrgyzstan was"
                    + " represented by a deputy foreign minister; the RATS Director D. M. Djumanbekov attended.")
            .build());

    d.addMeeting(
        cmfa("cmfa-2011-astana", month(2011, 5), month(2011, 5), "Astana", "KZ")
            .confidence(Confidence.LOW)
            .addSources("NEWSDOOM")
            .note(
                "Prepared the Astana jubilee CHS of 14-15 June 2011. Known only from a blog repost [NEWSDOOM]: no day"
                    + " and no chair.")
            .build());
  }

  private static void middle(ScoDataset.Builder d) {
    d.addMeeting(
        chaired("cmfa-2012-beijing", day(2012, 5, 11), day(2012, 5, 11), "Beijing", "CN", "Yang Jiechi")
            .addOutcomes("doc-cmfa-press-release-2012", "doc-cmfa-agreement-af-tr-2012")
            .addSources("WJ-CMFA12", "UZD-CMFA12", "EURASIANET-12")
            .note("Chaired by FM Yang Jiechi; prepared the Beijing CHS of 6-7 June 2012.")
            .build());
    d.addDocument(pressRelease("doc-cmfa-press-release-2012", "Beijing", day(2012, 5, 11), "cmfa-2012-beijing")
        .addSources("WJ-CMFA12").build());
    d.addDocument(
        Documents.doc("doc-cmfa-agreement-af-tr-2012", DECISION,
                "Agreement of the Council of Ministers of Foreign Affairs to grant observer status to Afghanistan"
                    + " and dialogue-partner status to Turkey",
                day(2012, 5, 11), "cmfa-2012-beijing")
            .confidence(Confidence.MEDIUM)
            .addSources("EURASIANET-12", "WJ-CMFA12")
            .note(
                "Reported after the meeting [EURASIANET-12]; the CHS granted both statuses on 2012-06-07. Not a"
                    + " formal title.")
            .build());

    d.addMeeting(
        chaired("cmfa-2013-cholpon-ata", day(2013, 7, 12), day(2013, 7, 13), "Cholpon-Ata", "KG",
                "Erlan Abdyldaev")
            .addOutcomes("doc-cmfa-press-release-2013")
            .addSources("WJ-CMFA13", "NMTJ-13")
            .note("Chaired by FM Erlan Abdyldaev; prepared the Bishkek CHS of 13 September 2013.")
            .build());
    d.addDocument(
        pressRelease("doc-cmfa-press-release-2013", "Cholpon-Ata", day(2013, 7, 13), "cmfa-2013-cholpon-ata")
            .addSources("WJ-CMFA13").build());

    d.addMeeting(
        chaired("cmfa-2014-dushanbe", day(2014, 7, 30), day(2014, 7, 31), "Dushanbe", "TJ", "Sirodjidin Aslov")
            .addOutcomes("doc-cmfa-press-release-2014")
            .addSources("WJ-CMFA14", "CRI-CMFA14")
            .note("Chaired by FM Sirodjidin Aslov; approved the draft enlargement documents for the CHS.")
            .build());
    d.addDocument(pressRelease("doc-cmfa-press-release-2014", "Dushanbe", day(2014, 7, 31), "cmfa-2014-dushanbe")
        .addSources("WJ-CMFA14").build());

    d.addMeeting(
        cmfa("cmfa-2015-moscow", month(2015, 6), month(2015, 6), "Moscow", "RU")
            .confidence(Confidence.MEDIUM)
            .addSources("CRI-CMFA15")
            .note(
                "Prepared the Ufa CHS. China Radio International wrote on 2015-06-04 that it took place 'yesterday';"
                    + " whether it met on 3 or 4 June is unconfirmed, so only the month is recorded. The source does"
                    + " not say who chaired.")
            .build());

    d.addMeeting(
        chaired("cmfa-2016-tashkent", day(2016, 5, 23), day(2016, 5, 24), "Tashkent", "UZ", "A. Kamilov")
            .addOutcomes("doc-cmfa-press-communique-2016")
            .addSources("MIDRU-CMFA16", "FMPRC-CMFA16", "INFORM-CMFA16")
            .note(
                "Chaired by Uzbekistan (FM A. Kamilov). Coordinated the draft Tashkent Declaration, the memoranda of"
                    + " obligations of India and Pakistan and the Action Plan 2016-2020.")
            .build());
    d.addDocument(
        Documents.doc("doc-cmfa-press-communique-2016", COMMUNIQUE,
                "Press communiqué of the meeting of the Council of Ministers of Foreign Affairs, Tashkent",
                day(2016, 5, 24), "cmfa-2016-tashkent")
            .addSources("MIDRU-CMFA16")
            .build());

    d.addMeeting(
        chaired("cmfa-2017-astana", day(2017, 4, 20), day(2017, 4, 21), "Astana", "KZ", "Kairat Abdrakhmanov")
            .addOutcomes("doc-cmfa-press-release-2017")
            .addSources("WJ-CMFA17", "XEBER-CMFA17")
            .note(
                "Chaired by FM Kairat Abdrakhmanov; prepared the draft decisions completing the admission of India and"
                    + " Pakistan. Trend/TASS announced 21 April only [XEBER-CMFA17]; the Secretariat's press release"
                    + " is dated 20 April [WJ-CMFA17].")
            .build());
    d.addDocument(pressRelease("doc-cmfa-press-release-2017", "Astana", day(2017, 4, 20), "cmfa-2017-astana")
        .addSources("WJ-CMFA17").build());
  }

  private static void late(ScoDataset.Builder d) {
    d.addMeeting(
        chaired("cmfa-2018-beijing", day(2018, 4, 24), day(2018, 4, 24), "Beijing", "CN", "Wang Yi")
            .addSources("SHINE-CMFA18", "APP-CMFA18", "NSH-CMFA18")
            .note(
                "Chaired by State Councilor and FM Wang Yi: the first CMFA after the accession of India and Pakistan;"
                    + " 14 documents were signed (not named in the sources read).")
            .build());

    d.addMeeting(
        chaired("cmfa-2019-bishkek", day(2019, 5, 22), day(2019, 5, 22), "Bishkek", "KG", "Chingiz Aidarbekov")
            .addSources("SECT-CMFA19", "GOVUZ-CMFA19", "24KG-CMFA19")
            .note(
                "Chaired by FM Chingiz Aidarbekov. Agreed a package of more than 35 documents for the Bishkek CHS and"
                    + " a roadmap on Afghanistan.")
            .build());

    d.addMeeting(
        cmfa("cmfa-2020-moscow", day(2020, 9, 10), day(2020, 9, 10), "Moscow", "RU")
            .addSources("ASIAPLUS-CMFA20", "SPUT-CMFA20")
            .note("Prepared the video CHS of November 2020. The sources do not say who chaired; Russia hosted.")
            .build());
    d.addDocument(
        Documents.doc("doc-cmfa-decision-dialogue-partners-2021", DECISION,
                "Decision of the Council of Ministers of Foreign Affairs to recommend dialogue-partner status for"
                    + " Saudi Arabia and Egypt",
                day(2021, 7, 14), "cmfa-2021-dushanbe")
            .addSources("ASIAPLUS")
            .note("The CMFA step; the CHS granted the status on 2021-09-17. Not a formal title.")
            .build());

    d.addMeeting(
        chaired("cmfa-2022-tashkent", day(2022, 7, 28), day(2022, 7, 29), "Tashkent", "UZ", "Vladimir Norov")
            .addOutcomes("doc-cmfa-agreement-mv-2022")
            .confidence(Confidence.MEDIUM)
            .addSources("TDI-CMFA22", "SPUT-CMFA22", "SECT-CMFA22", "MVEMB-CMFA22", "TIMESADDU")
            .note(
                "Chaired by Uzbekistan's acting FM Vladimir Norov [SECT-CMFA22]. Approved the drafts of the Samarkand"
                    + " Declaration, the Comprehensive Plan 2023-2027 and the connectivity concept, and agreed to"
                    + " admit the Maldives as a dialogue partner. Sources disagree on the days: the Uzbek MFA"
                    + " [TDI-CMFA22] and Sputnik [SPUT-CMFA22] give 28-29 July, which is kept; the Maldives MFA"
                    + " [MVEMB-CMFA22] and Times of Addu [TIMESADDU] give 27-28 July.")
            .build());
    d.addDocument(
        Documents.doc("doc-cmfa-agreement-mv-2022", DECISION,
                "Agreement of the Council of Ministers of Foreign Affairs to admit the Maldives as a dialogue partner",
                month(2022, 7), "cmfa-2022-tashkent")
            .confidence(Confidence.MEDIUM)
            .addSources("MVEMB-CMFA22", "TIMESADDU")
            .note(
                "The CMFA step; the CHS granted the status at Samarkand on 2022-09-16. Dated to the month because the"
                    + " sources disagree on the meeting's days. Not a formal title.")
            .build());
  }
}
