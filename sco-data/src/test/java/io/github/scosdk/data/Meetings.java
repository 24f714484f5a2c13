package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static io.github.scosdk.data.Dates.day;
import static io.github.scosdk.data.Dates.year;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.DelegationLevel;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingFormat;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Venue;

/**
 * Chapter 3: the Shanghai Five meetings 1996-2000, every regular Council of Heads of State meeting 2001-2025
 * and the planned 2026 summit (facts §3, {@code sco-summits.csv}), and the other meetings the facts describe
 * (facts §5.2, §10, §11).
 *
 * <p>Where a summit ran over two days the span is kept; the formal CHS day is the last day (facts §13-6). The
 * chair of a regular summit is the presidency holder, who hosts it (facts §4: "the host country of the meeting
 * holds the rotating presidency"); where the facts do not say who chaired (2001, 2003) the chair is left out.
 */
final class Meetings {

  private Meetings() {}

  static void addTo(ScoDataset.Builder d) {
    shanghaiFive(d);
    summits(d);
    others(d);
  }

  private static Meeting.Builder meeting(
      String id, Body body, PartialDate start, PartialDate end, String city, String state) {
    return Meeting.builder()
        .id(id)
        .body(body)
        .startDate(start)
        .endDate(end)
        .venue(Venue.of(city, cc(state)))
        .host(cc(state));
  }

  private static Meeting.Builder s5(int ordinal, String id, PartialDate date, String city, String host) {
    Meeting.Builder b =
        meeting(id, Body.SHANGHAI_FIVE, date, date, city, host)
            .ordinal(ordinal)
            .title(ordinal + ordinalSuffix(ordinal) + " meeting of the Shanghai Five heads of state");
    for (String s : new String[] {"CN", "KZ", "KG", "RU", "TJ"}) {
      if (ordinal == 3 && s.equals("RU")) {
        // Almaty 1998: Yeltsin was absent; Primakov attended [PHOTIUS].
        b.addParticipant(Participant.builder().state(cc(s)).headOfDelegation("Primakov").build());
      } else {
        b.addParticipant(Participant.ofState(cc(s)));
      }
    }
    return b;
  }

  private static Meeting.Builder chs(
      int ordinal, String id, PartialDate start, PartialDate end, String city, String host) {
    return meeting(id, Body.COUNCIL_OF_HEADS_OF_STATE, start, end, city, host)
        .ordinal(ordinal)
        .title(ordinal + ordinalSuffix(ordinal) + " meeting of the Council of Heads of State");
  }

  static String ordinalSuffix(int n) {
    if (n % 100 >= 11 && n % 100 <= 13) {
      return "th";
    }
    switch (n % 10) {
      case 1:
        return "st";
      case 2:
        return "nd";
      case 3:
        return "rd";
      default:
        return "th";
    }
  }

  private static void shanghaiFive(ScoDataset.Builder d) {
    String five = "Shanghai Five: China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.";
    d.addMeeting(
        s5(1, "s5-1996-shanghai", day(1996, 4, 26), "Shanghai", "CN")
            .addOutcomes("doc-s5-confidence-building-1996")
            .addSources("PD-2001", "W-SCO", "C-ADILET")
            .note(five + " The Shanghai Five was created with this meeting.")
            .build());
    d.addMeeting(
        s5(2, "s5-1997-moscow", day(1997, 4, 24), "Moscow", "RU")
            .addOutcomes("doc-s5-armed-forces-reduction-1997")
            .addSources("PD-2001", "C-ADILET")
            .note(five)
            .build());
    d.addMeeting(
        s5(3, "s5-1998-almaty", day(1998, 7, 3), "Almaty", "KZ")
            .addOutcomes("doc-almaty-joint-statement-1998")
            .addSources("PHOTIUS", "W-SCO")
            .confidence(Confidence.MEDIUM)
            .note(five + " Yeltsin was absent; Primakov attended.")
            .build());
    d.addMeeting(
        s5(4, "s5-1999-bishkek", day(1999, 8, 24), "Bishkek", "KG")
            .endDate(day(1999, 8, 26))
            .addOutcomes("doc-bishkek-declaration-1999")
            .addSources("PHOTIUS", "W-SCO")
            .confidence(Confidence.MEDIUM)
            .note(
                five
                    + " Photius gives 24-26 August 1999; the commonly cited date of 25 August comes from general"
                    + " knowledge and is not confirmed (facts §13-16).")
            .build());
    d.addMeeting(
        s5(5, "s5-2000-dushanbe", day(2000, 7, 5), "Dushanbe", "TJ")
            .addParticipant(
                Participant.builder().state(cc("UZ")).level(DelegationLevel.HEAD_OF_STATE).guest(true).build())
            .addOutcomes("doc-dushanbe-declaration-2000")
            .addSources("K-2000", "ALIMOV-CD")
            .note(five + " Uzbekistan's president attended as a guest ('5+1' format).")
            .build());
  }

  private static void summits(ScoDataset.Builder d) {
    d.addMeeting(
        chs(1, "chs-2001-shanghai", day(2001, 6, 14), day(2001, 6, 15), "Shanghai", "CN")
            .addOutcomes("doc-declaration-establishment-2001", "doc-shanghai-convention-2001")
            .addSources("CD-2009", "NEWTON", "ELEXUE", "X-2012BG")
            .note(
                "Founding meeting: the SCO was founded on 2001-06-15; it also counts as the 6th meeting of the"
                    + " Shanghai Five leaders. No presidency term existed before it and the facts do not say who"
                    + " chaired; China hosted.")
            .build());
    d.addMeeting(
        chs(2, "chs-2002-saint-petersburg", day(2002, 6, 7), day(2002, 6, 7), "Saint Petersburg", "RU")
            .chair(cc("RU"))
            .addOutcomes("doc-charter-2002", "doc-st-petersburg-declaration-2002", "doc-rats-agreement-2002")
            .addSources("X-2012BG", "TRUD-2002")
            .confidence(Confidence.HIGH)
            .note("Chair inferred from the host; no presidency term is documented for 2001-02 (facts §4).")
            .build());
    d.addMeeting(
        chs(3, "chs-2003-moscow", day(2003, 5, 28), day(2003, 5, 29), "Moscow", "RU")
            .addOutcomes("doc-moscow-declaration-2003", "doc-regulations-bodies-2003")
            .addSources("X-2012BG", "CISLEG-6879", "CISLEG-6880", "UTRO-2003", "CD-2007")
            .note(
                "Informal meeting on 05-28, CHS meeting on 05-29. Held in Russia, 'not in Kazakhstan', although"
                    + " Kazakhstan held the SCO chair; the Kremlin said this 'does not affect' Nazarbayev's functions"
                    + " as SCO chair [UTRO-2003]. The facts do not say who chaired the meeting. Zhang Deguang was"
                    + " appointed the first Executive Secretary.")
            .build());
    d.addMeeting(
        chs(4, "chs-2004-tashkent", day(2004, 6, 17), day(2004, 6, 17), "Tashkent", "UZ")
            .chair(cc("UZ"))
            .addOutcomes("doc-tashkent-declaration-2004", "doc-regulations-observer-status-2004")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2004-tashkent"))
            .addSources("X-2012BG", "78911", "CD-2007", "UZ-2010")
            .note("RATS launched; Mongolia made an observer.")
            .build());
    d.addMeeting(
        chs(5, "chs-2005-astana", day(2005, 7, 5), day(2005, 7, 5), "Astana", "KZ")
            .chair(cc("KZ"))
            .addOutcomes("doc-astana-declaration-2005")
            .addSources("X-2012BG", "EASTDAY-06", "APN-2005", "78911")
            .note("India, Iran and Pakistan made observers; the summit decided that China would host 2006.")
            .build());
    d.addMeeting(
        chs(6, "chs-2006-shanghai", day(2006, 6, 15), day(2006, 6, 15), "Shanghai", "CN")
            .chair(cc("CN"))
            .addOutcomes("doc-declaration-fifth-anniversary-2006")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2006-shanghai"))
            .addSources("WJ-2006", "ELEXUE")
            .build());
    d.addMeeting(
        chs(7, "chs-2007-bishkek", day(2007, 8, 16), day(2007, 8, 16), "Bishkek", "KG")
            .chair(cc("KG"))
            .addOutcomes("doc-bishkek-declaration-2007", "doc-treaty-good-neighbourliness-2007")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2007-bishkek"))
            .addSources("MFACN-2007", "SUMMIT13-BD", "UZD-2007", "UZJC-2007")
            .build());
    d.addMeeting(
        chs(8, "chs-2008-dushanbe", day(2008, 8, 28), day(2008, 8, 28), "Dushanbe", "TJ")
            .chair(cc("TJ"))
            .addOutcomes("doc-dushanbe-declaration-2008", "doc-regulations-dialogue-partner-2008")
            .addSources("K-2008", "WJ-2008", "X-2016BG")
            .note("Rahmon chaired [K-2008].")
            .build());
    d.addMeeting(
        chs(9, "chs-2009-yekaterinburg", day(2009, 6, 15), day(2009, 6, 16), "Yekaterinburg", "RU")
            .chair(cc("RU"))
            .addOutcomes("doc-yekaterinburg-declaration-2009", "doc-convention-against-terrorism-2009")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2009-yekaterinburg"))
            .addSources("WJ-2009", "WJ-2009T", "IFX-2009")
            .note("Medvedev chaired [WJ-2009]. Belarus and Sri Lanka made dialogue partners.")
            .build());
    d.addMeeting(
        chs(10, "chs-2010-tashkent", day(2010, 6, 10), day(2010, 6, 11), "Tashkent", "UZ")
            .chair(cc("UZ"))
            .addOutcomes(
                "doc-tashkent-declaration-2010", "doc-regulations-admission-2010", "doc-rules-of-procedure-2010")
            .addSources("CARROTS-2010", "PEOPLE-2010", "CISLEG-81549", "UZ-2010")
            .build());
    d.addMeeting(
        chs(11, "chs-2011-astana", day(2011, 6, 14), day(2011, 6, 15), "Astana", "KZ")
            .chair(cc("KZ"))
            .addOutcomes("doc-astana-declaration-2011")
            .addSources("WJ-2011", "NASHANIVA")
            .note("Formal meeting on 06-15.")
            .build());
    d.addMeeting(
        chs(12, "chs-2012-beijing", day(2012, 6, 6), day(2012, 6, 7), "Beijing", "CN")
            .chair(cc("CN"))
            .addOutcomes("doc-beijing-declaration-2012")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2012-beijing"))
            .addSources("WJ-2012", "PAJHWOK", "MFATR", "M-CN12", "CARAVAN-12")
            .note(
                "Hu Jintao chaired [WJ-2012] [M-CN12]. Afghanistan made an observer; Turkey made a dialogue"
                    + " partner; Dmitry Mezentsev appointed Secretary-General [CARAVAN-12].")
            .build());
    d.addMeeting(
        chs(13, "chs-2013-bishkek", day(2013, 9, 13), day(2013, 9, 13), "Bishkek", "KG")
            .chair(cc("KG"))
            .addOutcomes("doc-bishkek-declaration-2013", "doc-treaty-programme-2013-2017")
            .addSources("WARMH-2018", "ELEXUE")
            .build());
    d.addMeeting(
        chs(14, "chs-2014-dushanbe", day(2014, 9, 11), day(2014, 9, 12), "Dushanbe", "TJ")
            .chair(cc("TJ"))
            .addOutcomes(
                "doc-dushanbe-declaration-2014",
                "doc-procedure-member-status-2014",
                "doc-model-memorandum-obligations-2014")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2014-dushanbe"))
            .addSources("MIDTJ-2014", "GT-2014", "WARMH-2018", "CISLEG-81549")
            .build());
    d.addMeeting(
        chs(15, "chs-2015-ufa", day(2015, 7, 9), day(2015, 7, 10), "Ufa", "RU")
            .chair(cc("RU"))
            .addOutcomes("doc-ufa-declaration-2015", "doc-development-strategy-2025")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2015-ufa"))
            .addSources("CNHUBEI", "MASSIS", "TASS-UFA", "WARMH-2018")
            .note(
                "Formal meeting on 07-10. India's and Pakistan's accession procedure started; Belarus made an"
                    + " observer; Azerbaijan, Armenia, Cambodia and Nepal made dialogue partners.")
            .build());
    d.addMeeting(
        chs(16, "chs-2016-tashkent", day(2016, 6, 23), day(2016, 6, 24), "Tashkent", "UZ")
            .chair(cc("UZ"))
            .addOutcomes(
                "doc-tashkent-declaration-2016",
                "doc-memorandum-obligations-in-2016",
                "doc-memorandum-obligations-pk-2016",
                "doc-action-plan-2016-2020")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2016-tashkent"))
            .addSources("T-2016DOCS", "BOGOR")
            .build());
    d.addMeeting(
        chs(17, "chs-2017-astana", day(2017, 6, 8), day(2017, 6, 9), "Astana", "KZ")
            .chair(cc("KZ"))
            .addOutcomes("doc-astana-declaration-2017", "doc-convention-countering-extremism-2017")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2017-astana"))
            .addSources("TASS-2017", "X-2017", "XEBER")
            .note("India and Pakistan admitted.")
            .build());
    d.addMeeting(
        chs(18, "chs-2018-qingdao", day(2018, 6, 9), day(2018, 6, 10), "Qingdao", "CN")
            .chair(cc("CN"))
            .addOutcomes("doc-qingdao-declaration-2018")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2018-qingdao"))
            .addSources("W-2018", "TIMESCA", "SEED-3", "FARS-2018")
            .note("Vladimir Norov elected Secretary-General; Jumakhon Giyosov RATS Director [FARS-2018].")
            .build());
    d.addMeeting(
        chs(19, "chs-2019-bishkek", day(2019, 6, 13), day(2019, 6, 14), "Bishkek", "KG")
            .chair(cc("KG"))
            .addOutcomes("doc-bishkek-declaration-2019")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2019-bishkek"))
            .addSources("X-2020BG", "SPUTBY-2019", "FORKG", "INFORM-19", "IAR-19")
            .note(
                "14 documents were signed: the Bishkek Declaration and 13 decisions, with seven more cooperation"
                    + " documents (mass media, healthcare, sport and others) [INFORM-19] [IAR-19]. The sources of the"
                    + " facts collection do not name the 13 decisions, so only the declaration is recorded.")
            .build());
    d.addMeeting(
        Meeting.builder()
            .id("chs-2020-video")
            .body(Body.COUNCIL_OF_HEADS_OF_STATE)
            .ordinal(20)
            .title("20th meeting of the Council of Heads of State")
            .startDate(day(2020, 11, 10))
            .format(MeetingFormat.VIDEO)
            .host(cc("RU"))
            .chair(cc("RU"))
            .addOutcomes("doc-moscow-declaration-2020")
            .addSources("INFOSHOS-20", "INFOSHOS-MD", "TASS-2020", "UP-2020", "TASS-CHEL")
            .note(
                "Videoconference organised by the Russian presidency. Originally planned in person for 22-23 July"
                    + " 2020 in St Petersburg [UP-2020]; earlier Chelyabinsk was mooted [TASS-CHEL] (facts §13-7).")
            .build());
    d.addMeeting(
        chs(21, "chs-2021-dushanbe", day(2021, 9, 16), day(2021, 9, 17), "Dushanbe", "TJ")
            .format(MeetingFormat.HYBRID)
            .chair(cc("TJ"))
            .addOutcomes("doc-dushanbe-declaration-2021")
            .addSources("KHOVAR-21", "MEHR-21", "CENTRELINE")
            .note(
                "Formal meeting on 09-17 (20th anniversary). Russia, China, India and Mongolia took part online."
                    + " Iran's accession procedure started; Egypt, Qatar and Saudi Arabia made dialogue partners.")
            .build());
    d.addMeeting(
        chs(22, "chs-2022-samarkand", day(2022, 9, 15), day(2022, 9, 16), "Samarkand", "UZ")
            .chair(cc("UZ"))
            .addOutcomes(
                "doc-samarkand-declaration-2022",
                "doc-comprehensive-plan-2023-2027",
                "doc-memorandum-obligations-ir-2022")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2022-samarkand"))
            .addSources("X-SAM22", "INDIANEXP", "SPUTNIK-SAM")
            .note(
                "Belarus's accession procedure started; Bahrain, Kuwait, Maldives, Myanmar and the UAE agreed as"
                    + " dialogue partners. The further statements and decisions of the summit are not named by the"
                    + " sources of the facts collection and are left out; the decisions granting dialogue-partner"
                    + " status are recorded through the status records and the memoranda.")
            .build());
    d.addMeeting(
        Meeting.builder()
            .id("chs-2023-new-delhi")
            .body(Body.COUNCIL_OF_HEADS_OF_STATE)
            .ordinal(23)
            .title("23rd meeting of the Council of Heads of State")
            .startDate(day(2023, 7, 4))
            .format(MeetingFormat.VIDEO)
            .host(cc("IN"))
            .chair(cc("IN"))
            .addOutcomes("doc-new-delhi-declaration-2023", "doc-memorandum-obligations-by-2023")
            .addSources("SPUT-2023", "SHAFAQNA", "INDIATIES", "SEED-3")
            .note(
                "Hosted by India from New Delhi in video format. Theme: 'Towards a SECURE SCO'. Iran admitted;"
                    + " Belarus's memorandum of obligations signed. Xi Jinping attended by video from Beijing"
                    + " [SEED-3]. India's invitations named Iran, Belarus and Mongolia as observer states;"
                    + " Afghanistan was not invited [INDIATIES].")
            .build());
    d.addMeeting(
        chs(24, "chs-2024-astana", day(2024, 7, 3), day(2024, 7, 4), "Astana", "KZ")
            .chair(cc("KZ"))
            .addOutcomes("doc-astana-declaration-2024", "doc-decision-draft-strategy-2035")
            .addSources("MEA-AST", "ASTTIMES-24", "INFORM-DOCS24", "QAZ-A2T", "VM-2024")
            .note(
                "CHS meeting on 07-04. Belarus admitted; the first 'SCO Plus' meeting was held the same day"
                    + " (sco-plus-2024-astana). Kazakhstan's initiative 'On World Unity for a Just Peace, Harmony"
                    + " and Development' adopted.")
            .build());
    d.addMeeting(
        chs(25, "chs-2025-tianjin", day(2025, 8, 31), day(2025, 9, 1), "Tianjin", "CN")
            .chair(cc("CN"))
            .addOutcomes(
                "doc-tianjin-declaration-2025",
                "doc-development-strategy-2035",
                "doc-statement-80th-anniversaries-2025",
                "doc-agreement-anti-drug-centre-2025",
                "doc-agreement-universal-centre-2025",
                "doc-programme-countering-extremist-ideology-2026-2030",
                "doc-energy-strategy-roadmap-2030")
            .addAllOutcomes(SummitOutcomes.outcomesOf("chs-2025-tianjin"))
            .addSources("NCA-TJ", "NEWSBY-TJ", "TASS-KGPRES", "SEED-4", "ANEWS-GGI")
            .note(
                "CHS meeting on 09-01; the fifth summit hosted by China (2001, 2006, 2012, 2018, 2025). The"
                    + " Tianjin Declaration and 24 documents were adopted [NCA-TJ]; observer and dialogue-partner"
                    + " statuses merged into 'SCO partner'; Laos admitted; the SCO obtained observer status in the"
                    + " CIS. A 'SCO Plus' meeting was held on 09-01 (sco-plus-2025-tianjin).")
            .build());
    d.addMeeting(
        Meeting.builder()
            .id("chs-2026-bishkek")
            .body(Body.COUNCIL_OF_HEADS_OF_STATE)
            .ordinal(26)
            .title("26th meeting of the Council of Heads of State")
            .startDate(year(2026))
            .venue(Venue.of("Bishkek", cc("KG")))
            .format(MeetingFormat.UNDECIDED)
            .host(cc("KG"))
            .chair(cc("KG"))
            .planned(true)
            .confidence(Confidence.MEDIUM)
            .addSources("QAZ-CA", "ASTTIMES-KG", "SPUTCN-26", "TASS-2026", "SNN")
            .note(
                "Planned for 'early autumn' 2026 [SPUTCN-26]; exact dates not yet announced. One secondary report"
                    + " speculated that Pakistan might host in 2026 rather than 2027 [SNN] (facts §13-20).")
            .build());
  }

  private static void others(ScoDataset.Builder d) {
    d.addMeeting(
        meeting("cmfa-2021-dushanbe", Body.COUNCIL_OF_FOREIGN_MINISTERS, day(2021, 7, 13), day(2021, 7, 14),
                "Dushanbe", "TJ")
            .chair(cc("TJ"))
            .addParticipant(
                Participant.builder()
                    .state(cc("TJ"))
                    .headOfDelegation("Sirojiddin Muhriddin")
                    .level(DelegationLevel.MINISTER)
                    .build())
            .addOutcomes("doc-cmfa-decision-dialogue-partners-2021")
            .addSources("ASIAPLUS", "ASIAPLUS-CMFA21")
            .note(
                "Presided over by Tajikistan's foreign minister Sirojiddin Muhriddin [ASIAPLUS-CMFA21]. On 14 July it"
                    + " recommended dialogue-partner status for Egypt and Saudi Arabia [ASIAPLUS], granted by the CHS"
                    + " on 2021-09-17.")
            .build());
    d.addMeeting(
        meeting("cmfa-2023-goa", Body.COUNCIL_OF_FOREIGN_MINISTERS, day(2023, 5, 4), day(2023, 5, 5), "Goa", "IN")
            .addOutcomes(
                Statuses.memorandumId("kw-2023"),
                Statuses.memorandumId("mv-2023"),
                Statuses.memorandumId("mm-2023"),
                Statuses.memorandumId("ae-2023"))
            .addSources("FINEXP", "ASPECT", "GLOBECON")
            .note(
                "Held in Goa (Panaji). The dialogue-partner memoranda of Kuwait, the Maldives, Myanmar and the UAE"
                    + " were signed there. The facts do not say who chaired.")
            .build());
    d.addMeeting(
        meeting("cmfa-2024-astana", Body.COUNCIL_OF_FOREIGN_MINISTERS, day(2024, 5, 21), day(2024, 5, 21),
                "Astana", "KZ")
            .chair(cc("KZ"))
            .addParticipant(
                Participant.builder()
                    .state(cc("KZ"))
                    .headOfDelegation("Murat Nurtleu")
                    .level(DelegationLevel.MINISTER)
                    .build())
            .addSources("DAILYSPOKES", "INFORM-CMFA24", "RUISL-CMFA24")
            .note(
                "Chaired by Deputy Prime Minister and Foreign Minister Murat Nurtleu. 22 decisions were adopted; the"
                    + " Secretary-General's report for May 2023 - May 2024 was heard and the candidates for"
                    + " Secretary-General and RATS Director considered [INFORM-CMFA24].")
            .build());
    d.addMeeting(
        meeting("cnc-2025-beijing", Body.COUNCIL_OF_NATIONAL_COORDINATORS, day(2025, 2, 18), day(2025, 2, 21),
                "Beijing", "CN")
            .chair(cc("CN"))
            .addParticipant(Participant.ofState(cc("BY")))
            .addParticipant(Participant.ofState(cc("IN")))
            .addParticipant(
                Participant.builder()
                    .state(cc("IR"))
                    .headOfDelegation("Mehrdad Kiaei")
                    .level(DelegationLevel.NATIONAL_COORDINATOR)
                    .build())
            .addParticipant(Participant.ofState(cc("KZ")))
            .addParticipant(Participant.ofState(cc("CN")))
            .addParticipant(Participant.ofState(cc("KG")))
            .addParticipant(Participant.ofState(cc("PK")))
            .addParticipant(Participant.ofState(cc("RU")))
            .addParticipant(Participant.ofState(cc("TJ")))
            .addParticipant(Participant.ofState(cc("UZ")))
            .addParticipant(Participant.ofOrganisation("SCO Secretariat"))
            .addParticipant(Participant.ofOrganisation("RATS Executive Committee"))
            .addSources("SEED-0", "MFACN-CNC25")
            .confidence(Confidence.MEDIUM)
            .note(
                "Regular meeting, 'from Tuesday to Friday' [SEED-0]. The days 2025-02-18 to 2025-02-21 are"
                    + " inferred from the Chinese MFA item of 2025-02-19 on an assistant FM meeting the national"
                    + " coordinators [MFACN-CNC25] (facts §11, §13-19). Over 20 topics; the participants visited the"
                    + " Museum of the CPC. Speakers included Mehrdad Kiaei, Iran's national coordinator; Deputy"
                    + " Secretary-General Sohail Khan; and Ding Xiaoxing of CICIR.")
            .build());
    d.addMeeting(
        meeting("cmfa-2025-tianjin", Body.COUNCIL_OF_FOREIGN_MINISTERS, day(2025, 7, 15), day(2025, 7, 15),
                "Tianjin", "CN")
            .chair(cc("CN"))
            .addParticipant(
                Participant.builder()
                    .state(cc("CN"))
                    .headOfDelegation("Wang Yi")
                    .level(DelegationLevel.MINISTER)
                    .build())
            .addParticipant(
                Participant.builder()
                    .state(cc("RU"))
                    .headOfDelegation("Lavrov")
                    .level(DelegationLevel.MINISTER)
                    .build())
            .addSources("SEED-4", "PAKTODAY-0717", "NEWSBY-CFM", "PAKTODAY-0715", "TASS-CMFA25", "KOMM-CMFA25",
                "PACSTO-CMFA25", "IFP-CMFA25")
            .note(
                "Wang Yi chaired; Lavrov spoke for the foreign delegations. The same day Xi Jinping met the foreign"
                    + " ministers in Beijing [SEED-4]. Only the delegations the sources name are listed. The drafts"
                    + " of the Tianjin Declaration and statements were adopted as a basis; new centres in Bishkek,"
                    + " Dushanbe and Tashkent were agreed [PACSTO-CMFA25]; Lavrov said that partner status for Laos"
                    + " had been decided [KOMM-CMFA25]. Iran's foreign minister called it the '25th meeting of SCO"
                    + " foreign ministers' [IFP-CMFA25]; no other source numbers CMFA meetings, so no ordinal is"
                    + " recorded.")
            .build());
    d.addMeeting(
        Meeting.builder()
            .id("sec-2024-beijing-secretariat-20th-anniversary")
            .body(Body.SECRETARIAT)
            .startDate(day(2024, 2, 22))
            .venue(Venue.of("Beijing", cc("CN")))
            .kind(MeetingKind.EVENT)
            .title("Reception for the 20th anniversary of the SCO Secretariat")
            .addParticipant(
                Participant.builder()
                    .organisation("SCO Secretariat")
                    .headOfDelegation("Zhang Ming")
                    .level(DelegationLevel.SECRETARY_GENERAL)
                    .build())
            .addParticipant(Participant.builder().state(cc("CN")).headOfDelegation("Wang Yi").build())
            .addSources("SEED-2", "SECT-20Y")
            .note(
                "Reception in Beijing; speakers Wang Yi and Secretary-General Zhang Ming; 200+ attendees. The"
                    + " Secretariat opened on 2004-01-15 [SECT-20Y].")
            .build());
    d.addMeeting(
        meeting("sco-plus-2024-astana", Body.COUNCIL_OF_HEADS_OF_STATE, day(2024, 7, 4), day(2024, 7, 4),
                "Astana", "KZ")
            .kind(MeetingKind.SCO_PLUS)
            .title("First 'SCO Plus' meeting")
            .addParticipant(
                Participant.builder()
                    .state(cc("CN"))
                    .headOfDelegation("Xi Jinping")
                    .level(DelegationLevel.HEAD_OF_STATE)
                    .build())
            .addParticipant(
                Participant.builder()
                    .organisation("United Nations")
                    .headOfDelegation("Guterres")
                    .level(DelegationLevel.SECRETARY_GENERAL)
                    .build())
            .addSources("TREND-AST24", "QAZ-A2T", "SEED-1", "VICTORZ")
            .note(
                "The first 'SCO Plus' meeting, with UN Secretary-General Guterres taking part. Xi Jinping proposed"
                    + " the five 'common homes' and the SCO Year of Sustainable Development 2025. Only the"
                    + " delegations the sources name are listed.")
            .build());
    d.addMeeting(
        meeting("sco-plus-2025-tianjin", Body.COUNCIL_OF_HEADS_OF_STATE, day(2025, 9, 1), day(2025, 9, 1),
                "Tianjin", "CN")
            .kind(MeetingKind.SCO_PLUS)
            .title("'SCO Plus' meeting, Tianjin")
            .addParticipant(
                Participant.builder()
                    .state(cc("CN"))
                    .headOfDelegation("Xi Jinping")
                    .level(DelegationLevel.HEAD_OF_STATE)
                    .build())
            .addSources("PEOPLE-GGI", "ANEWS-GGI", "TREND-AST24", "QAZ-A2T")
            .note("Xi Jinping proposed the Global Governance Initiative. Only the delegations the sources name are listed.")
            .build());
  }
}
