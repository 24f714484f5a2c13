package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static io.github.scosdk.data.Dates.day;
import static io.github.scosdk.data.Dates.range;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;
import java.util.Locale;

/**
 * Chapter 4b: the chairmanship of the Council of Heads of Government, every term from Almaty 2001 to the current
 * Tajik one, and the declared exception to its rotation (docs/staging/model2-facts.md §1-2; facts 2026-12
 * {@code chg.tsv}, {@code rotations.tsv}).
 *
 * <p>A CHG chairmanship runs from the close of one regular CHG meeting to the close of the next, half-open, so on
 * the closing day the next holder chairs; the holder is the state that hosts (or, by video, organises) the meeting
 * closing the term. No term is recorded before Almaty 2001. Ids are {@code chg-term-<year the term starts>-<holder>}.
 */
final class ChgChairmanships {

  /** Why the terms whose closing meeting names no chair carry medium confidence. */
  private static final String HOST_ONLY =
      "The sources name the host of the closing meeting but not its chair (chg.tsv 'not sourced'); the holder is"
          + " that host.";

  private ChgChairmanships() {}

  static String id(int startYear, String holder) {
    return "chg-term-" + startYear + "-" + holder.toLowerCase(Locale.ROOT);
  }

  private static Presidency.Builder term(
      String holder, PartialDate from, PartialDate to, String openedAt, String closedAt, String... sources) {
    return Presidency.builder()
        .id(id(from.year(), holder))
        .body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
        .holder(cc(holder))
        .term(range(from, to))
        .openedAt(openedAt)
        .closedAt(closedAt)
        .addSources(sources);
  }

  private static Presidency.Builder hostOnly(
      String holder, PartialDate from, PartialDate to, String openedAt, String closedAt, String... sources) {
    return term(holder, from, to, openedAt, closedAt, sources).confidence(Confidence.MEDIUM).note(HOST_ONLY);
  }

  /** Adds every CHG chairmanship term. */
  static void addTo(ScoDataset.Builder d) {
    terms2001to2012(d);
    terms2013to2025(d);
  }

  /** Adds the declared exception to the CHG rotation, after the CHS exceptions of {@link RotationExceptions}. */
  static void addRotationExceptionTo(ScoDataset.Builder d) {
    d.addRotationException(
        RotationException.builder()
            .id("chg-rotation-2009-2013-irregular")
            .body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
            .kind(RotationExceptionKind.IRREGULAR_PERIOD)
            .addPresidencies(id(2009, "TJ"), id(2010, "RU"), id(2011, "KG"), id(2012, "UZ"))
            .description(
                "Four CHG chairmanships out of the Russian order: Tajikistan after China (Dushanbe 2010, rule:"
                    + " Kyrgyzstan), Russia after Tajikistan (Saint Petersburg 2011, rule: Uzbekistan), Kyrgyzstan"
                    + " after Russia (Bishkek 2012, rule: Tajikistan) and Uzbekistan after Kyrgyzstan (Tashkent 2013,"
                    + " rule: Russia). Since 2014 (Kazakhstan) every turn follows the order.")
            .addSources("CNEMB-IN-10", "CCTV-10", "WJ-CHG11", "RFERL-11", "WJ-CHG12", "WJ-CHG13")
            .note(
                "No source explains the deviation. The facts/2026-12 README calls 2008-2013 'irregular', but under"
                    + " the Russian order the 2008 (Kazakhstan after Uzbekistan) and 2009 (China after Kazakhstan)"
                    + " turns follow the rule; only the four terms closed 2010-2013 deviate, so four terms are"
                    + " declared, not six.")
            .build());
  }

  private static void terms2001to2012(ScoDataset.Builder d) {
    d.addPresidency(
        term("CN", day(2001, 9, 14), day(2003, 9, 23), "chg-2001-almaty", "chg-2003-beijing",
            "CHINAGATE-15", "CHINANEWS-07")
            .confidence(Confidence.MEDIUM)
            .note(HOST_ONLY + " No CHG meeting took place in 2002, so the first term ran two years.")
            .build());
    d.addPresidency(
        hostOnly("KG", day(2003, 9, 23), day(2004, 9, 23), "chg-2003-beijing", "chg-2004-bishkek",
            "CHINAGATE-15", "CHINANEWS-07", "MFACN-CHG04", "WJ-CHG04").build());
    d.addPresidency(
        hostOnly("RU", day(2004, 9, 23), day(2005, 10, 26), "chg-2004-bishkek", "chg-2005-moscow",
            "CHINAGATE-15", "CHINANEWS-07", "MFACN-CHG04", "WJ-CHG04").build());
    d.addPresidency(
        hostOnly("TJ", day(2005, 10, 26), day(2006, 9, 15), "chg-2005-moscow", "chg-2006-dushanbe",
            "CHINAGATE-15", "CHINANEWS-07", "WJ-CHG06").build());
    d.addPresidency(
        hostOnly("UZ", day(2006, 9, 15), day(2007, 11, 2), "chg-2006-dushanbe", "chg-2007-tashkent",
            "CHINAGATE-15", "FMPRC-CHG07", "WJ-CHG06", "WJ-CHG07").build());
    d.addPresidency(
        term("KZ", day(2007, 11, 2), day(2008, 10, 30), "chg-2007-tashkent", "chg-2008-astana",
            "FMPRC-CHG07", "UZD-CHG08", "WJ-CHG07", "WJ-CHG08").build());
    d.addPresidency(
        term("CN", day(2008, 10, 30), day(2009, 10, 14), "chg-2008-astana", "chg-2009-beijing",
            "CNEMB-NL-09", "UZD-CHG08", "VOLTAIRE-09", "WJ-CHG08").build());
    d.addPresidency(
        term("TJ", day(2009, 10, 14), day(2010, 11, 25), "chg-2009-beijing", "chg-2010-dushanbe",
            "CCTV-10", "CNEMB-IN-10", "CNEMB-NL-09", "VOLTAIRE-09").build());
    d.addPresidency(
        hostOnly("RU", day(2010, 11, 25), day(2011, 11, 7), "chg-2010-dushanbe", "chg-2011-saint-petersburg",
            "CCTV-10", "CNEMB-IN-10", "RFERL-11", "WJ-CHG11").build());
    d.addPresidency(
        term("KG", day(2011, 11, 7), day(2012, 12, 5), "chg-2011-saint-petersburg", "chg-2012-bishkek",
            "CHINACOM-LIST", "RFERL-11", "WJ-CHG11", "WJ-CHG12").build());
    d.addPresidency(
        term("UZ", day(2012, 12, 5), day(2013, 11, 29), "chg-2012-bishkek", "chg-2013-tashkent",
            "CHINACOM-LIST", "WJ-CHG12", "WJ-CHG13").build());
  }

  private static void terms2013to2025(ScoDataset.Builder d) {
    d.addPresidency(
        hostOnly("KZ", day(2013, 11, 29), day(2014, 12, 15), "chg-2013-tashkent", "chg-2014-astana",
            "CHINACOM-LIST", "WJ-CHG13").build());
    d.addPresidency(
        term("CN", day(2014, 12, 15), day(2015, 12, 15), "chg-2014-astana", "chg-2015-zhengzhou",
            "CHINACOM-LIST", "ESCAP-15", "HKTDC-15").build());
    d.addPresidency(
        term("KG", day(2015, 12, 15), day(2016, 11, 3), "chg-2015-zhengzhou", "chg-2016-bishkek",
            "DOCSLIB-16", "ESCAP-15", "HKTDC-15", "INFORM-CHG16").build());
    d.addPresidency(
        term("RU", day(2016, 11, 3), day(2017, 12, 1), "chg-2016-bishkek", "chg-2017-sochi",
            "CASE-17", "DOCSLIB-16", "GOVRU-17", "INFORM-CHG16").build());
    d.addPresidency(
        term("TJ", day(2017, 12, 1), day(2018, 10, 12), "chg-2017-sochi", "chg-2018-dushanbe",
            "CASE-17", "DOCSLIB-18", "GOVRU-17", "NEWSTJ-CHG18").build());
    d.addPresidency(
        term("UZ", day(2018, 10, 12), day(2019, 11, 2), "chg-2018-dushanbe", "chg-2019-tashkent",
            "DOCSLIB-18", "NEWSTJ-CHG18", "R-UZD19", "UP-CHG19").build());
    d.addPresidency(
        term("IN", day(2019, 11, 2), day(2020, 11, 30), "chg-2019-tashkent", "chg-2020-video",
            "R-UZD19", "RW-CHG20", "SECT-CHG20", "UP-CHG19")
            .note("India to chair the CHG next 'for the first time' [UP-CHG19]; it organised the 2020 meeting by"
                + " video.")
            .build());
    d.addPresidency(
        term("KZ", day(2020, 11, 30), day(2021, 11, 25), "chg-2020-video", "chg-2021-video",
            "GKS-CHG21", "RW-CHG20", "SECT-CHG20", "SECT-CHG21").build());
    d.addPresidency(
        term("CN", day(2021, 11, 25), day(2022, 11, 1), "chg-2021-video", "chg-2022-video",
            "GKS-CHG21", "MEA-CHG22", "PEOPLECN-CHG22", "SECT-CHG21").build());
    d.addPresidency(
        term("KG", day(2022, 11, 1), day(2023, 10, 26), "chg-2022-video", "chg-2023-bishkek",
            "DG-CHG23", "MEA-CHG22", "PEOPLECN-CHG22", "WJ-CHG23").build());
    d.addPresidency(
        term("PK", day(2023, 10, 26), day(2024, 10, 16), "chg-2023-bishkek", "chg-2024-islamabad",
            "DG-CHG23", "UP-CHG24", "VOV-CHG24", "WJ-CHG23")
            .note("The chairmanship passed from Pakistan to Russia at Islamabad [VOV-CHG24] [UP-CHG24].")
            .build());
    d.addPresidency(
        term("RU", day(2024, 10, 16), day(2025, 11, 18), "chg-2024-islamabad", "chg-2025-moscow",
            "GOVRU-CHG25", "TASS-CHG25", "UP-CHG24", "VOV-CHG24")
            .note("Russia's 'presidency of the SCO CHG in 2024-2025' ended at Moscow [TASS-CHG25].")
            .build());
    d.addPresidency(
        Presidency.builder()
            .id(id(2025, "TJ"))
            .body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
            .holder(cc("TJ"))
            .term(DateRange.ongoing(day(2025, 11, 18)))
            .openedAt("chg-2025-moscow")
            .closedAt("chg-2026-dushanbe")
            .confidence(Confidence.MEDIUM)
            .addSources("PRIME-25", "APP-CHG26")
            .note(
                "The chairmanship passed from Russia to Tajikistan at Moscow [PRIME-25]; Tajikistan chairs 2025-26"
                    + " (expected), to end at the meeting planned for Dushanbe in October 2026 [APP-CHG26].")
            .build());
  }
}
