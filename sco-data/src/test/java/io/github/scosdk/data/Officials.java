package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static io.github.scosdk.data.Dates.day;
import static io.github.scosdk.data.Dates.month;
import static io.github.scosdk.data.Dates.range;
import static io.github.scosdk.data.Dates.year;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;

/**
 * Chapter 7: Secretaries-General, RATS Directors and the Deputy Secretary-General of the news articles (facts
 * §6, §11).
 *
 * <p>Terms are half-open. Where the facts give only years ("2004-2006") the bounds are year-precision dates
 * rather than invented days. The first RATS Director, Vyacheslav Kasymov, is attested in post only from June
 * 2006: his term starts at that month and its end is unknown, since neither his appointment nor his departure is
 * sourced.
 *
 * <p>Every Secretary-General term is three years without extension, as Charter Art. 11 requires; the holders follow
 * the founders' Russian order with China moved first, not the order of Art. 11 over all members, and that deviation is
 * declared once ({@link #addRotationExceptionTo}; staging notes model2-facts §6). The next term (2028-2030) is not
 * sourced and not recorded.
 */
final class Officials {

  private Officials() {}

  private static Official.Builder sg(String id, String name, String state, DateRange term) {
    return Official.builder().id(id).name(name).post(Post.SECRETARY_GENERAL).state(cc(state)).term(term);
  }

  private static Official.Builder rats(String id, String name, String state, DateRange term) {
    return Official.builder().id(id).name(name).post(Post.RATS_DIRECTOR).state(cc(state)).term(term);
  }

  static void addTo(ScoDataset.Builder d) {
    secretariesGeneral(d);
    ratsDirectors(d);
    d.addOfficial(
        Official.builder()
            .id("dsg-sohail-khan")
            .name("Sohail Khan")
            .post(Post.DEPUTY_SECRETARY_GENERAL)
            .state(cc("PK"))
            .term(DateRange.ongoing(day(2022, 5, 18)))
            .confidence(Confidence.MEDIUM)
            .addSources("W-SCO", "ZHWIKI", "SEED-0", "CHT-BIGDATA")
            .note(
                "In post since 2022-05-18 per the Wikipedia infobox; speaks as Deputy Secretary-General in seed 0"
                    + " (2025). The infobox also names Deputy Secretaries-General Ahmad Saidmurodzoda, Oleg Kopylov"
                    + " and Janesh Kain, whose states and terms the facts do not give; they are not recorded.")
            .build());
  }

  private static void secretariesGeneral(ScoDataset.Builder d) {
    d.addOfficial(
        sg("sg-zhang-deguang", "Zhang Deguang", "CN", range(year(2004), year(2007)))
            .appointedAt("chs-2003-moscow")
            .addSources("SECT-20Y", "CD-2009", "GATEWAY")
            .note(
                "Titled Executive Secretary. Term 2004-2006; the Secretariat opened on 2004-01-15. Chinese name"
                    + " 张德广.")
            .build());
    d.addOfficial(
        sg("sg-bolat-nurgaliyev", "Bolat Nurgaliyev", "KZ", range(year(2007), year(2010)))
            .addSources("SECT-20Y", "UZJC-2007", "WJ-2009")
            .note("Term 2007-2009.")
            .build());
    d.addOfficial(
        sg("sg-muratbek-imanaliev", "Muratbek Imanaliev", "KG", range(year(2010), year(2013)))
            .addSources("SECT-20Y", "BELKZ-2010")
            .note("Term 2010-2012.")
            .build());
    d.addOfficial(
        sg("sg-dmitry-mezentsev", "Dmitry Mezentsev", "RU", range(day(2013, 1, 1), day(2016, 1, 1)))
            .appointedAt("chs-2012-beijing")
            .addSources("SECT-20Y", "CARAVAN-12", "WORLDINZ", "K-2016")
            .build());
    d.addOfficial(
        sg("sg-rashid-alimov", "Rashid Alimov", "TJ", range(day(2016, 1, 1), day(2019, 1, 1)))
            .addSources("SECT-20Y", "TJINFORM", "NEWSTJ-NOROV")
            .build());
    d.addOfficial(
        sg("sg-vladimir-norov", "Vladimir Norov", "UZ", range(day(2019, 1, 1), day(2022, 1, 1)))
            .appointedAt("chs-2018-qingdao")
            .addSources("SECT-20Y", "NEWSTJ-NOROV", "FARS-2018", "ASIAFREE", "SCOCN25")
            .note(
                "The Secretariat's 20th-anniversary page writes '2019-2022' [SECT-20Y]; other sources have Zhang"
                    + " Ming succeed him from 2022-01-01 [ASIAFREE] [SCOCN25], so the term is taken to end on"
                    + " 2021-12-31 (facts §13-10).")
            .build());
    d.addOfficial(
        sg("sg-zhang-ming", "Zhang Ming", "CN", range(day(2022, 1, 1), day(2025, 1, 1)))
            .appointedAt("chs-2021-dushanbe")
            .addSources("SCOCN25", "ASIAFREE", "SEED-2", "SEED-3")
            .note("Chinese name 张明.")
            .build());
    d.addOfficial(
        sg("sg-nurlan-yermekbayev", "Nurlan Yermekbayev", "KZ", range(day(2025, 1, 1), day(2028, 1, 1)))
            .appointedAt("chs-2024-astana")
            .addSources("KT-SG", "ELKZ", "ASTTIMES-SG", "ASTTIMES-2501", "KZTODAY")
            .note("Appointed for 2025-01-01 to 2027-12-31, a single three-year term.")
            .build());
  }

  /** The ids of the Secretary-General terms that deviate from the rotation of Charter Art. 11 (model2-facts §6). */
  static final java.util.List<String> PRACTICE_CYCLE_TERMS =
      java.util.List.of(
          "sg-zhang-deguang",
          "sg-bolat-nurgaliyev",
          "sg-muratbek-imanaliev",
          "sg-zhang-ming",
          "sg-nurlan-yermekbayev");

  /**
   * The declared exception of the Secretariat: the practice cycle of the Secretary-General (facts 2026-12
   * rotations.tsv, 'cycle'). Added after the chairmanship exceptions, so that their positions stay as they were.
   */
  static void addRotationExceptionTo(ScoDataset.Builder d) {
    d.addRotationException(
        RotationException.builder()
            .id("rotation-sg-practice-cycle")
            .body(Body.SECRETARIAT)
            .kind(RotationExceptionKind.IRREGULAR_PERIOD)
            .officials(PRACTICE_CYCLE_TERMS)
            .addStates(cc("KZ"), cc("KG"), cc("CN"), cc("IN"))
            .description(
                "The Secretary-General has been appointed in the Russian alphabetical order of the six founders with"
                    + " China moved first: CN (2004-06), KZ, KG, RU, TJ, UZ, then CN (2022-24) and KZ (2025-27)."
                    + " Charter Art. 11 (rotation in the Russian alphabetical order of the member states' names)"
                    + " would have given Kazakhstan in 2004, Kyrgyzstan after China in 2007, China after Kazakhstan"
                    + " in 2010, India (a member since 2017) after Uzbekistan in 2022 and Kyrgyzstan after China in"
                    + " 2025; the terms of 2013, 2016 and 2019 follow it.")
            .addSources("SECT-20Y", "CNTD-ART11", "C-PAVLODAR11", "CNTD-SECREG")
            .note(
                "No source found explains the deviation; India, Pakistan, Iran and Belarus have never held the post"
                    + " (facts 2026-12 rotations.tsv). Every term was three years and none was extended. The next"
                    + " term (2028-2030) is not sourced: the cycle would give Kyrgyzstan, which is inference only"
                    + " (freshness.tsv F14).")
            .build());
  }

  private static void ratsDirectors(ScoDataset.Builder d) {
    d.addOfficial(
        rats("rats-vyacheslav-kasymov", "Vyacheslav Kasymov", "UZ", DateRange.endUnknown(month(2006, 9)))
            .confidence(Confidence.MEDIUM)
            .addSources("WJ-CHG06", "WJ-CHG11")
            .note(
                "'Director of the Executive Committee of the SCO Regional Antiterrorist Structure V. Kasymov'"
                    + " attended the CHG of 2006-09-15 [WJ-CHG06] (chg.tsv 5, accuracy.tsv 50). The term starts at"
                    + " that first attested month, not at an appointment, which is not sourced (the first"
                    + " collection's 2004-2006 had no source). The end is unknown; V. Kasymov was Deputy Director in"
                    + " November 2011 [WJ-CHG11]. The texts write 'V. Kasymov';"
                    + " the first name is from the first collection (facts §6.2).")
            .build());
    d.addOfficial(
        rats("rats-myrzakan-subanov", "Myrzakan Subanov", "KG", range(year(2007), year(2010)))
            .addSources("UZJC-2007", "WJ-2008C", "WJ-2009")
            .note("Named as Director in the 2007, 2008 and 2009 CHS communiqués; term 2007-2009.")
            .build());
    d.addOfficial(
        rats("rats-dzhenisbek-dzhumanbekov", "Dzhenisbek Dzhumanbekov", "KZ", range(year(2010), year(2013)))
            .addSources("KAZWORLD", "UZIT-CMFA10", "CCTV-10", "WJ-CMFA12", "WJ-CHG12")
            .note(
                "Attested as Director from May 2010 to December 2012: at the CMFA of 2010-05-22 [UZIT-CMFA10], the"
                    + " CHG of 2010-11-25 [CCTV-10], the CMFA of 2012-05-11 [WJ-CMFA12], the CHS of 2012-06-07"
                    + " (facts 2026-12, accuracy.tsv 52) and the CHG of 2012-12-05 [WJ-CHG12], between Subanov (last attested October"
                    + " 2009) and Zhang Xinfeng (from 2013-01-01), so the years 2010-2012 hold; the exact first and"
                    + " last days are not sourced, hence year precision.")
            .build());
    d.addOfficial(
        rats("rats-zhang-xinfeng", "Zhang Xinfeng", "CN", range(day(2013, 1, 1), day(2016, 1, 1)))
            .addSources("CARAVAN-12")
            .build());
    d.addOfficial(
        rats("rats-yevgeny-sysoev", "Yevgeny Sysoev", "RU", range(day(2016, 1, 1), day(2019, 1, 1)))
            .addSources("NEWSTJ-SYS", "MARICHI", "TASHTIMES", "KHOVAR-GIY", "R-UZD19")
            .note(
                "Tashkent Times (August 2019) describes Sysoev 'ending his three-year posting' [TASHTIMES], but"
                    + " Giyosov's term runs from 2019-01-01 and he is named Director in November 2019 [KHOVAR-GIY]"
                    + " [R-UZD19]; the August 2019 item was probably a farewell visit (facts §13-11).")
            .build());
    d.addOfficial(
        rats("rats-jumakhon-giyosov", "Jumakhon Giyosov", "TJ", range(day(2019, 1, 1), day(2022, 1, 1)))
            .addSources("KHOVAR-GIY", "FARS-2018", "INFOSHOS-20")
            .build());
    d.addOfficial(
        rats("rats-ruslan-mirzaev", "Ruslan Mirzaev", "UZ", range(day(2022, 1, 1), day(2025, 1, 1)))
            .addSources("SCOCN25", "BHARAT")
            .build());
    d.addOfficial(
        rats("rats-ularbek-sharsheev", "Ularbek Sharsheev", "KG", DateRange.ongoing(year(2025)))
            .addSources("W-SCO", "KT-RATS25")
            .note("In post from 2025; the term 2025-2027 is expected (medium confidence).")
            .build());
  }
}
