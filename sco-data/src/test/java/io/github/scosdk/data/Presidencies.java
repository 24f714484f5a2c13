package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static io.github.scosdk.data.Dates.day;
import static io.github.scosdk.data.Dates.range;

import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.ScoDataset;

/**
 * Chapter 4: every presidency term from 2001 to the current Kyrgyz one (facts §4, §13-8, §13-13).
 *
 * <p>A term runs from the close of one summit to the close of the next, half-open, so on the day of the closing
 * session the next state already chairs. Ids are {@code presidency-<year the term starts>-<holder>}. The
 * 2026-27 term is not decided (facts §4, §13-20) and is not recorded.
 */
final class Presidencies {

  private Presidencies() {}

  private static Presidency.Builder term(
      String holder, PartialDate from, PartialDate to, String openedAt, String closedAt) {
    return Presidency.builder()
        .id(id(from.year(), holder))
        .holder(cc(holder))
        .term(range(from, to))
        .openedAt(openedAt)
        .closedAt(closedAt);
  }

  static String id(int startYear, String holder) {
    return "presidency-" + startYear + "-" + holder.toLowerCase(java.util.Locale.ROOT);
  }

  static void addTo(ScoDataset.Builder d) {
    d.addPresidency(
        term("RU", day(2001, 6, 15), day(2002, 6, 7), "chs-2001-shanghai", "chs-2002-saint-petersburg")
            .confidence(Confidence.LOW)
            .addSources("CD-2009", "X-2012BG", "TRUD-2002")
            .note(
                "No formal presidency term is documented for the first year; Russia is inferred as the host of the"
                    + " 2002 summit (facts §4, §13-8).")
            .build());
    d.addPresidency(
        Presidency.builder()
            .id(id(2002, "KZ"))
            .holder(cc("KZ"))
            .term(range(day(2002, 6, 7), day(2003, 5, 29)))
            .openedAt("chs-2002-saint-petersburg")
            .confidence(Confidence.MEDIUM)
            .addSources("UTRO-2003")
            .note(
                "Nazarbayev as SCO chair. The 2003 summit that ended the term was held in Moscow, 'not in"
                    + " Kazakhstan' (chs-2003-moscow, hosted by Russia); the Kremlin said this 'does not affect'"
                    + " Nazarbayev's functions as SCO chair [UTRO-2003]. Since that summit was not hosted by the"
                    + " holder, it is not recorded as closing the term.")
            .build());
    d.addPresidency(
        term("UZ", day(2003, 5, 29), day(2004, 6, 17), "chs-2003-moscow", "chs-2004-tashkent")
            .confidence(Confidence.MEDIUM)
            .addSources("UZ-2010")
            .note("Uzbekistan refers to 'its chairmanship in 2004' [UZ-2010].")
            .build());
    d.addPresidency(
        term("KZ", day(2004, 6, 17), day(2005, 7, 5), "chs-2004-tashkent", "chs-2005-astana")
            .confidence(Confidence.MEDIUM)
            .addSources("X-2012BG", "78911")
            .note("Inferred from the host of the 2005 summit (facts §4, §13-8).")
            .build());
    d.addPresidency(
        term("CN", day(2005, 7, 5), day(2006, 6, 15), "chs-2005-astana", "chs-2006-shanghai")
            .addSources("78911")
            .note("The Astana 2005 summit decided that China would host 2006.")
            .build());
    d.addPresidency(
        term("KG", day(2006, 6, 15), day(2007, 8, 16), "chs-2006-shanghai", "chs-2007-bishkek")
            .confidence(Confidence.MEDIUM)
            .addSources("UZD-2007")
            .note("Inferred from the host of the 2007 summit.")
            .build());
    d.addPresidency(
        term("TJ", day(2007, 8, 16), day(2008, 8, 28), "chs-2007-bishkek", "chs-2008-dushanbe")
            .addSources("K-2008")
            .note("Rahmon chaired 2008.")
            .build());
    d.addPresidency(
        term("RU", day(2008, 8, 28), day(2009, 6, 16), "chs-2008-dushanbe", "chs-2009-yekaterinburg")
            .addSources("WJ-2009")
            .note("Medvedev chaired 2009.")
            .build());
    d.addPresidency(
        term("UZ", day(2009, 6, 16), day(2010, 6, 11), "chs-2009-yekaterinburg", "chs-2010-tashkent")
            .addSources("UZ-2010")
            .note("'Following … Yekaterinburg, the chairmanship … switched to Uzbekistan' [UZ-2010].")
            .build());
    d.addPresidency(
        term("KZ", day(2010, 6, 11), day(2011, 6, 15), "chs-2010-tashkent", "chs-2011-astana")
            .confidence(Confidence.MEDIUM)
            .addSources("WJ-2011", "CARROTS-2010")
            .note("Inferred from the host of the 2011 summit.")
            .build());
    d.addPresidency(
        term("CN", day(2011, 6, 15), day(2012, 6, 7), "chs-2011-astana", "chs-2012-beijing")
            .addSources("WJ-2012", "M-CN12")
            .note("Hu Jintao chaired 2012.")
            .build());
    d.addPresidency(
        term("KG", day(2012, 6, 7), day(2013, 9, 13), "chs-2012-beijing", "chs-2013-bishkek")
            .addSources("CARAVAN-12")
            .note("'At the Beijing summit China handed the SCO chairmanship to Kyrgyzstan' [CARAVAN-12].")
            .build());
    d.addPresidency(
        term("TJ", day(2013, 9, 13), day(2014, 9, 12), "chs-2013-bishkek", "chs-2014-dushanbe")
            .confidence(Confidence.MEDIUM)
            .addSources("MIDTJ-2014", "WARMH-2018")
            .note("Inferred from the host of the 2014 summit.")
            .build());
    d.addPresidency(
        term("RU", day(2014, 9, 12), day(2015, 7, 10), "chs-2014-dushanbe", "chs-2015-ufa")
            .addSources("INTERAFF", "TASS-UFA")
            .note("Dushanbe 'marked the start of the Russian chairmanship for 2014-2015' [INTERAFF].")
            .build());
    d.addPresidency(
        term("UZ", day(2015, 7, 10), day(2016, 6, 24), "chs-2015-ufa", "chs-2016-tashkent")
            .addSources("TJINFORM", "K-2016")
            .build());
    d.addPresidency(
        term("KZ", day(2016, 6, 24), day(2017, 6, 9), "chs-2016-tashkent", "chs-2017-astana")
            .addSources("BELTA-2016")
            .build());
    d.addPresidency(
        term("CN", day(2017, 6, 9), day(2018, 6, 10), "chs-2017-astana", "chs-2018-qingdao")
            .addSources("X-2017", "SECT-CNC17")
            .build());
    d.addPresidency(
        term("KG", day(2018, 6, 10), day(2019, 6, 14), "chs-2018-qingdao", "chs-2019-bishkek")
            .addSources("FARS-2018", "SPUTBY-2019")
            .build());
    d.addPresidency(
        term("RU", day(2019, 6, 14), day(2020, 11, 10), "chs-2019-bishkek", "chs-2020-video")
            .addSources("TASS-CHEL", "TASS-2020")
            .build());
    d.addPresidency(
        term("TJ", day(2020, 11, 10), day(2021, 9, 17), "chs-2020-video", "chs-2021-dushanbe")
            .addSources("RW-CHG20", "TASS-DP21")
            .build());
    d.addPresidency(
        term("UZ", day(2021, 9, 17), day(2022, 9, 16), "chs-2021-dushanbe", "chs-2022-samarkand")
            .addSources("CENTRELINE")
            .build());
    d.addPresidency(
        term("IN", day(2022, 9, 16), day(2023, 7, 4), "chs-2022-samarkand", "chs-2023-new-delhi")
            .slogan("Towards a SECURE SCO")
            .addSources("MONEYCTRL", "INDIATIES", "GSTIMES")
            .note("India's first presidency; 134 meetings and events [INDIATIES].")
            .build());
    d.addPresidency(
        term("KZ", day(2023, 7, 4), day(2024, 7, 4), "chs-2023-new-delhi", "chs-2024-astana")
            .slogan("Strengthening Multilateral Dialogue – Striving towards Sustainable Peace and Prosperity")
            .addSources("TELUGU-ZM", "ASTTIMES-24", "VM-2024", "QAZ-A2T")
            .note(
                "Slogan per [ASTTIMES-24] [QAZ-A2T]; a variant ends '…устойчивому миру и развитию' ('sustainable"
                    + " peace and development') [VM-2024] (facts §13-13). Events: 140+ [QAZ-A2T], ~150 per Zhang Ming"
                    + " [TELUGU-ZM] (facts §13-15).")
            .build());
    d.addPresidency(
        term("CN", day(2024, 7, 4), Statuses.TIANJIN, "chs-2024-astana", "chs-2025-tianjin")
            .slogan("Carrying forward the Shanghai Spirit: SCO in Action")
            .addSources("NEWSAZ-CN", "KT-CN", "SEED-1", "PAKTODAY-0715", "PAKTODAY-0717", "SEED-0")
            .note(
                "Slogan per seed 1; the MFA spokesperson's variant is 'Upholding the Shanghai Spirit: SCO on the"
                    + " Move' [PAKTODAY-0715] (facts §13-13). Events: 100+ planned [SEED-0] [SEED-1]; 110+ per Wang Yi in"
                    + " July 2025 [PAKTODAY-0717] (facts §13-15).")
            .build());
    d.addPresidency(
        Presidency.builder()
            .id(id(2025, "KG"))
            .holder(cc("KG"))
            .term(DateRange.ongoing(Statuses.TIANJIN))
            .openedAt("chs-2025-tianjin")
            .closedAt("chs-2026-bishkek")
            .slogan("25 years of SCO: together towards sustainable peace, development and prosperity")
            .addSources(
                "TASS-KGPRES", "PEOPLE-KG", "GAZKG", "TASS-2026", "SPUTCN-26", "APP-KG", "KPSC", "SNN")
            .note(
                "Kyrgyzstan's 4th presidency, to end at the Bishkek summit planned for early autumn 2026. Slogan"
                    + " per TASS and APP; gazeta.kg gives '25 years of SCO – a place for peace and prosperity'"
                    + " (facts §13-13). The next term is not decided; Pakistan's PM said Pakistan would host the"
                    + " 2027 summit (secondary source, low confidence) [KPSC] [SNN].")
            .build());
  }
}
