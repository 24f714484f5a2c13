package io.github.scosdk.examples;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingFormat;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A small dataset built with the model builders, from {@code /work/shared/facts} (§1 members, §3 summits 17-26,
 * §4 presidencies 2016-2026, §9.2 rotation exceptions): the ten members with their statuses, the presidency
 * terms from 2016 on and their summits. Independent of the embedded reference dataset, so that the command's
 * tests pin exact output. Shared by the examples' and the command's tests.
 */
@SuppressWarnings({"exports", "deprecation"}) // test code inside the module: its helpers return model types
// freely; its dataset is the old-format case, with the legacy accession statuses
public final class TestData {

  /** "Today" in the tests: 2025-10-01, in the Kyrgyz presidency that began at Tianjin. */
  public static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

  private TestData() {}

  public static Clock clock() {
    return clock(TODAY);
  }

  public static Clock clock(LocalDate today) {
    return Clock.fixed(Instant.parse(today + "T12:00:00Z"), ZoneOffset.UTC);
  }

  public static StateCode code(String c) {
    return StateCode.of(c);
  }

  public static ScoDataset dataset() {
    return builder().build();
  }

  /** The dataset's builder, for tests that add a defect. */
  public static ScoDataset.Builder builder() {
    var b = ScoDataset.builder().title("Test SCO dataset").asOfDate(TODAY);
    b.addSource(source("sco-about", "About SCO", "http://eng.sectsco.org/about_sco/20220810/909119.html"));
    b.addSource(source("cssn-2012", "SCO background (Xinhua 2012)",
        "http://euroasia.cssn.cn/xszl/xszl_shzz/201206/t20120607_1845951.shtml"));
    b.addSource(source("cnhubei-2015", "Ufa summit", "http://focus.cnhubei.com/xw/gn/201507/t3309749.shtml"));
    b.addSource(source("inform-2016", "Several documents signed at SCO summit in Tashkent",
        "https://en.inform.kz/news/several-documents-signed-at-sco-summit-in-tashkent_a2918145/"));
    b.addSource(source("tass-2017", "India and Pakistan join the SCO", "http://tass.com/world/950697"));
    b.addSource(source("khovar-2021", "SCO's jubilee summit took place in Dushanbe",
        "https://eng.khovar.tj/2021/09/sco-s-jubilee-summit-took-place-in-dushanbe-todayv"));
    b.addSource(source("urdupoint-2022", "Iran signs memorandum of commitments to SCO",
        "https://www.urdupoint.com/en/world/iran-signs-memorandum-of-commitments-to-sco-1563091.html"));
    b.addSource(source("people-2022", "Samarkand summit", "http://en.people.cn/n3/2022/0916/c90000-10148236.html"));
    b.addSource(source("sputnik-2023", "Iran becomes full-fledged member of Shanghai Cooperation Organization",
        "https://sputnikglobe.com/20230704/iran-becomes-full-fledged-member-of-shanghai-cooperation-organization-1111655518.html"));
    b.addSource(source("tass-2023", "Belarus memorandum of obligations", "https://tass.com/world/1713379"));
    b.addSource(source("belkz-2010", "Belarus dialogue partner memorandum", "http://belarus.kz/print/aktueller/8-1/89/560"));
    b.addSource(source("newsaz-2024", "Belarus officially becomes SCO member",
        "https://news.az/news/belarus-officially-becomes-sco-member"));
    b.addSource(source("tass-2020", "SCO summit by video", "https://tass.com/world/1214849"));
    b.addSource(source("sputnik-2022", "Heads of 3 SCO observer states to attend Samarkand summit",
        "https://sputniknews.com/20220729/heads-of-3-sco-observer-states-to-attend-samarkand-summit-uzbek-foreign-ministry-says-1097925646.html"));
    b.addSource(source("nca-2025", "SCO summit concludes in China with adoption of Tianjin Declaration",
        "https://www.newscentralasia.net/2025/09/01/sco-summit-concludes-in-china-with-adoption-of-tianjin-declaration-and-24-documents/"));
    b.addSource(source("qaz-2026", "Cholpon-Ata declared SCO cultural capital",
        "https://qazinform.com/news/kyrgyzstans-cholpon-ata-declared-sco-cultural-capital-851beb"));

    b.addState(state("CN", "China", "Китай", "中国"));
    b.addState(state("KZ", "Kazakhstan", "Казахстан", "哈萨克斯坦"));
    b.addState(state("KG", "Kyrgyzstan", "Кыргызстан", "吉尔吉斯斯坦"));
    b.addState(state("RU", "Russia", "Россия", "俄罗斯"));
    b.addState(state("TJ", "Tajikistan", "Таджикистан", "塔吉克斯坦"));
    b.addState(state("UZ", "Uzbekistan", "Узбекистан", "乌兹别克斯坦"));
    b.addState(state("IN", "India", "Индия", "印度"));
    b.addState(state("PK", "Pakistan", "Пакистан", "巴基斯坦"));
    b.addState(state("IR", "Iran", "Иран", "伊朗"));
    b.addState(state("BY", "Belarus", "Беларусь", "白俄罗斯"));

    for (String founder : List.of("CN", "KZ", "KG", "RU", "TJ", "UZ")) {
      b.addStatusChange(change(founder, MembershipStatus.MEMBER, PartialDate.of(2001, 6, 15), null, "sco-about"));
    }
    for (String s : List.of("IN", "PK")) {
      b.addStatusChange(change(s, MembershipStatus.OBSERVER, PartialDate.of(2005, 7, 5), null, "cssn-2012"));
      b.addStatusChange(
          change(s, MembershipStatus.ACCESSION_STARTED, PartialDate.of(2015, 7, 10), null, "cnhubei-2015"));
      b.addStatusChange(change(s, MembershipStatus.ACCEDING, PartialDate.of(2016, 6, 24), null, "inform-2016"));
      b.addStatusChange(
          change(s, MembershipStatus.MEMBER, PartialDate.of(2017, 6, 9), "chs-2017-astana", "tass-2017"));
    }
    b.addStatusChange(change("IR", MembershipStatus.OBSERVER, PartialDate.of(2005, 7, 5), null, "cssn-2012"));
    b.addStatusChange(change(
        "IR", MembershipStatus.ACCESSION_STARTED, PartialDate.of(2021, 9, 17), "chs-2021-dushanbe", "khovar-2021"));
    b.addStatusChange(change("IR", MembershipStatus.ACCEDING, PartialDate.of(2022, 9, 15), null, "urdupoint-2022"));
    b.addStatusChange(
        change("IR", MembershipStatus.MEMBER, PartialDate.of(2023, 7, 4), "chs-2023-new-delhi", "sputnik-2023"));
    b.addStatusChange(StatusChange.builder()
        .id("sc-by-dialogue-partner")
        .state(code("BY"))
        .status(MembershipStatus.DIALOGUE_PARTNER)
        .date(PartialDate.ofYearMonth(2010, 4))
        .note("Memorandum to be signed in Minsk during the Secretary-General's visit of 28-29 April 2010; day unconfirmed")
        .addSource("belkz-2010")
        .build());
    b.addStatusChange(change("BY", MembershipStatus.OBSERVER, PartialDate.of(2015, 7, 10), null, "cnhubei-2015"));
    b.addStatusChange(change(
        "BY", MembershipStatus.ACCESSION_STARTED, PartialDate.of(2022, 9, 16), "chs-2022-samarkand", "people-2022"));
    b.addStatusChange(
        change("BY", MembershipStatus.ACCEDING, PartialDate.of(2023, 7, 4), "chs-2023-new-delhi", "tass-2023"));
    b.addStatusChange(
        change("BY", MembershipStatus.MEMBER, PartialDate.of(2024, 7, 4), "chs-2024-astana", "newsaz-2024"));
    b.addApplication(
        Application.builder()
            .id("app-by-2022-07-member")
            .state(code("BY"))
            .sought(MembershipStatus.MEMBER)
            .date(PartialDate.ofYearMonth(2022, 7))
            .decidedAt("chs-2022-samarkand")
            .note("Applied in July 2022, as the Uzbek foreign ministry said on 2022-07-29")
            .addSource("sputnik-2022")
            .build());

    b.addMeeting(summit(17, "Astana", "KZ", LocalDate.of(2017, 6, 8), LocalDate.of(2017, 6, 9), "tass-2017"));
    b.addMeeting(summit(18, "Qingdao", "CN", LocalDate.of(2018, 6, 9), LocalDate.of(2018, 6, 10), "cssn-2012"));
    b.addMeeting(summit(19, "Bishkek", "KG", LocalDate.of(2019, 6, 13), LocalDate.of(2019, 6, 14), "tass-2020"));
    b.addMeeting(Meeting.builder()
        .id("chs-2020-video")
        .body(Body.COUNCIL_OF_HEADS_OF_STATE)
        .ordinal(20)
        .startDate(PartialDate.of(2020, 11, 10))
        .format(MeetingFormat.VIDEO)
        .host(code("RU"))
        .chair(code("RU"))
        .addSource("tass-2020")
        .build());
    b.addMeeting(summit(21, "Dushanbe", "TJ", LocalDate.of(2021, 9, 16), LocalDate.of(2021, 9, 17), "khovar-2021"));
    b.addMeeting(summit(22, "Samarkand", "UZ", LocalDate.of(2022, 9, 15), LocalDate.of(2022, 9, 16), "people-2022"));
    b.addMeeting(Meeting.builder()
        .id("chs-2023-new-delhi")
        .body(Body.COUNCIL_OF_HEADS_OF_STATE)
        .ordinal(23)
        .startDate(PartialDate.of(2023, 7, 4))
        .format(MeetingFormat.VIDEO)
        .host(code("IN"))
        .chair(code("IN"))
        .addSource("sputnik-2023")
        .build());
    b.addMeeting(summit(24, "Astana", "KZ", LocalDate.of(2024, 7, 3), LocalDate.of(2024, 7, 4), "newsaz-2024"));
    b.addMeeting(summit(25, "Tianjin", "CN", LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 1), "nca-2025"));
    b.addMeeting(Meeting.builder()
        .id("chs-2026-bishkek")
        .body(Body.COUNCIL_OF_HEADS_OF_STATE)
        .ordinal(26)
        .startDate(PartialDate.ofYear(2026))
        .venue(Venue.of("Bishkek", code("KG")))
        .format(MeetingFormat.UNDECIDED)
        .host(code("KG"))
        .planned(true)
        .addSource("qaz-2026")
        .build());

    b.addPresidency(term("pres-2016-kz", "KZ", "2016-06-24", "2017-06-09", null, "chs-2017-astana"));
    b.addPresidency(term("pres-2017-cn", "CN", "2017-06-09", "2018-06-10", "chs-2017-astana", "chs-2018-qingdao"));
    b.addPresidency(term("pres-2018-kg", "KG", "2018-06-10", "2019-06-14", "chs-2018-qingdao", "chs-2019-bishkek"));
    b.addPresidency(term("pres-2019-ru", "RU", "2019-06-14", "2020-11-10", "chs-2019-bishkek", "chs-2020-video"));
    b.addPresidency(term("pres-2020-tj", "TJ", "2020-11-10", "2021-09-17", "chs-2020-video", "chs-2021-dushanbe"));
    b.addPresidency(
        term("pres-2021-uz", "UZ", "2021-09-17", "2022-09-16", "chs-2021-dushanbe", "chs-2022-samarkand"));
    b.addPresidency(
        term("pres-2022-in", "IN", "2022-09-16", "2023-07-04", "chs-2022-samarkand", "chs-2023-new-delhi"));
    b.addPresidency(term("pres-2023-kz", "KZ", "2023-07-04", "2024-07-04", "chs-2023-new-delhi", "chs-2024-astana"));
    b.addPresidency(Presidency.builder()
        .id("pres-2024-cn")
        .holder(code("CN"))
        .term(DateRange.of(LocalDate.of(2024, 7, 4), LocalDate.of(2025, 9, 1)))
        .openedAt("chs-2024-astana")
        .closedAt("chs-2025-tianjin")
        .slogan("Carrying forward the Shanghai Spirit: SCO in Action")
        .addSource("nca-2025")
        .build());
    b.addPresidency(Presidency.builder()
        .id("pres-2025-kg")
        .holder(code("KG"))
        .term(DateRange.ongoing(PartialDate.of(2025, 9, 1)))
        .openedAt("chs-2025-tianjin")
        .closedAt("chs-2026-bishkek")
        .addSource("qaz-2026")
        .build());

    b.addRotationException(RotationException.builder()
        .id("rx-2020-pk-skipped")
        .kind(RotationExceptionKind.SKIP_NEW_MEMBER)
        .addPresidency("pres-2019-ru")
        .addState(code("PK"))
        .description("Pakistan, a member since 2017-06-09, was passed over: Russia followed Kyrgyzstan")
        .addSource("tass-2020")
        .build());
    b.addRotationException(RotationException.builder()
        .id("rx-2024-ir-skipped")
        .kind(RotationExceptionKind.SKIP_NEW_MEMBER)
        .addPresidency("pres-2023-kz")
        .addState(code("IR"))
        .description("Iran became a member at the summit that handed the presidency to Kazakhstan")
        .addSource("sputnik-2023")
        .build());
    return b;
  }

  private static Source source(String id, String title, String url) {
    return Source.builder().id(id).title(title).url(url).build();
  }

  private static State state(String code, String en, String ru, String zh) {
    return State.builder().code(code(code)).nameEn(en).nameRu(ru).nameZh(zh).addSource("sco-about").build();
  }

  private static StatusChange change(
      String state, MembershipStatus status, PartialDate date, String decidedAt, String source) {
    return StatusChange.builder()
        .id("sc-" + state.toLowerCase() + "-" + status.name().toLowerCase().replace('_', '-'))
        .state(code(state))
        .status(status)
        .date(date)
        .decidedAt(Optional.ofNullable(decidedAt))
        .addSource(source)
        .build();
  }

  private static Meeting summit(int ordinal, String city, String host, LocalDate start, LocalDate end, String source) {
    return Meeting.builder()
        .id("chs-" + start.getYear() + "-" + city.toLowerCase())
        .body(Body.COUNCIL_OF_HEADS_OF_STATE)
        .ordinal(ordinal)
        .startDate(PartialDate.of(start))
        .endDate(PartialDate.of(end))
        .venue(Venue.of(city, code(host)))
        .host(code(host))
        .chair(code(host))
        .addSource(source)
        .build();
  }

  private static Presidency term(String id, String holder, String from, String to, String openedAt, String closedAt) {
    return Presidency.builder()
        .id(id)
        .holder(code(holder))
        .term(DateRange.of(LocalDate.parse(from), LocalDate.parse(to)))
        .openedAt(Optional.ofNullable(openedAt))
        .closedAt(closedAt)
        .addSource("tass-2020")
        .build();
  }
}
