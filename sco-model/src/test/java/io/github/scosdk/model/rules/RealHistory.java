package io.github.scosdk.model.rules;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingFormat;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact copy of the real SCO history (facts §1–§4, §9) for the rule tests: members and some partners with
 * their status paths, every CHS summit 2001–2025 and every presidency term, and the declared rotation
 * exceptions. Tests take it whole (it must be clean) or change one fact and expect exactly one kind of report.
 */
@SuppressWarnings("deprecation") // the history as recorded before Model 2, with the legacy accession statuses
final class RealHistory {

  static final String SRC = "facts";

  private RealHistory() {}

  static StateCode c(String code) {
    return StateCode.of(code);
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** The real history, as a builder so that a test can change it. */
  static ScoDataset.Builder builder() {
    ScoDataset.Builder b = ScoDataset.builder().asOfDate(d("2026-11-22"));
    b.addSource(Source.builder().id(SRC).title("shared/facts/sco-facts.md").build());
    state(b, "BY", "Belarus", "Беларусь", "白俄罗斯");
    state(b, "IN", "India", "Индия", "印度");
    state(b, "IR", "Iran", "Иран", "伊朗");
    state(b, "KZ", "Kazakhstan", "Казахстан", "哈萨克斯坦");
    state(b, "CN", "China", "Китай", "中国");
    state(b, "KG", "Kyrgyzstan", "Кыргызстан", "吉尔吉斯斯坦");
    state(b, "PK", "Pakistan", "Пакистан", "巴基斯坦");
    state(b, "RU", "Russia", "Россия", "俄罗斯");
    state(b, "TJ", "Tajikistan", "Таджикистан", "塔吉克斯坦");
    state(b, "UZ", "Uzbekistan", "Узбекистан", "乌兹别克斯坦");
    state(b, "MN", "Mongolia", "Монголия", "蒙古国");
    state(b, "TR", "Turkey", "Турция", "土耳其");
    state(b, "LA", "Laos", "Лаос", "老挝");
    state(b, "TM", "Turkmenistan", "Туркменистан", "土库曼斯坦");

    for (String f : List.of("CN", "KZ", "KG", "RU", "TJ", "UZ")) {
      change(b, f, MembershipStatus.MEMBER, "2001-06-15");
    }
    for (String s : List.of("IN", "PK")) {
      change(b, s, MembershipStatus.OBSERVER, "2005-07-05");
      change(b, s, MembershipStatus.ACCESSION_STARTED, "2015-07-10");
      change(b, s, MembershipStatus.ACCEDING, "2016-06-24");
      change(b, s, MembershipStatus.MEMBER, "2017-06-09");
    }
    change(b, "IR", MembershipStatus.OBSERVER, "2005-07-05");
    change(b, "IR", MembershipStatus.ACCESSION_STARTED, "2021-09-17");
    change(b, "IR", MembershipStatus.ACCEDING, "2022-09-15");
    change(b, "IR", MembershipStatus.MEMBER, "2023-07-04");
    change(b, "BY", MembershipStatus.DIALOGUE_PARTNER, "2009-06-16");
    change(b, "BY", MembershipStatus.OBSERVER, "2015-07-10");
    change(b, "BY", MembershipStatus.ACCESSION_STARTED, "2022-09-16");
    change(b, "BY", MembershipStatus.ACCEDING, "2023-07-04");
    change(b, "BY", MembershipStatus.MEMBER, "2024-07-04");
    change(b, "MN", MembershipStatus.OBSERVER, "2004-06-17");
    change(b, "MN", MembershipStatus.PARTNER, "2025-09-01");
    change(b, "TR", MembershipStatus.DIALOGUE_PARTNER, "2012-06-07");
    change(b, "TR", MembershipStatus.PARTNER, "2025-09-01");
    change(b, "LA", MembershipStatus.PARTNER, "2025-09-01");

    String[][] summits = {
      {"2001", "2001-06-14", "2001-06-15", "Shanghai", "CN"},
      {"2002", "2002-06-07", "2002-06-07", "Saint Petersburg", "RU"},
      {"2003", "2003-05-28", "2003-05-29", "Moscow", "RU"},
      {"2004", "2004-06-17", "2004-06-17", "Tashkent", "UZ"},
      {"2005", "2005-07-05", "2005-07-05", "Astana", "KZ"},
      {"2006", "2006-06-15", "2006-06-15", "Shanghai", "CN"},
      {"2007", "2007-08-16", "2007-08-16", "Bishkek", "KG"},
      {"2008", "2008-08-28", "2008-08-28", "Dushanbe", "TJ"},
      {"2009", "2009-06-15", "2009-06-16", "Yekaterinburg", "RU"},
      {"2010", "2010-06-10", "2010-06-11", "Tashkent", "UZ"},
      {"2011", "2011-06-14", "2011-06-15", "Astana", "KZ"},
      {"2012", "2012-06-06", "2012-06-07", "Beijing", "CN"},
      {"2013", "2013-09-13", "2013-09-13", "Bishkek", "KG"},
      {"2014", "2014-09-11", "2014-09-12", "Dushanbe", "TJ"},
      {"2015", "2015-07-09", "2015-07-10", "Ufa", "RU"},
      {"2016", "2016-06-23", "2016-06-24", "Tashkent", "UZ"},
      {"2017", "2017-06-08", "2017-06-09", "Astana", "KZ"},
      {"2018", "2018-06-09", "2018-06-10", "Qingdao", "CN"},
      {"2019", "2019-06-13", "2019-06-14", "Bishkek", "KG"},
      {"2020", "2020-11-10", "2020-11-10", null, "RU"},
      {"2021", "2021-09-16", "2021-09-17", "Dushanbe", "TJ"},
      {"2022", "2022-09-15", "2022-09-16", "Samarkand", "UZ"},
      {"2023", "2023-07-04", "2023-07-04", null, "IN"},
      {"2024", "2024-07-03", "2024-07-04", "Astana", "KZ"},
      {"2025", "2025-08-31", "2025-09-01", "Tianjin", "CN"},
    };
    // the presidency of each term ends at the summit that closes it; the 2003 Moscow summit closed
    // Kazakhstan's 2002-03 term although Russia hosted it
    String[] holders = {
      "RU", "KZ", "UZ", "KZ", "CN", "KG", "TJ", "RU", "UZ", "KZ", "CN", "KG", "TJ", "RU", "UZ", "KZ", "CN", "KG", "RU",
      "TJ", "UZ", "IN", "KZ", "CN", "KG"
    };
    for (int i = 0; i < summits.length; i++) {
      String[] s = summits[i];
      var m =
          Meeting.builder()
              .id("chs-" + s[0])
              .body(Body.COUNCIL_OF_HEADS_OF_STATE)
              .ordinal(i + 1)
              .startDate(PartialDate.parse(s[1]))
              .endDate(PartialDate.parse(s[2]))
              .host(c(s[4]))
              .addSource(SRC);
      if (s[3] == null) {
        m.format(MeetingFormat.VIDEO);
      } else {
        m.venue(Venue.of(s[3], c(s[4])));
      }
      if (!s[0].equals("2003") && !s[0].equals("2001")) {
        m.chair(c(s[4]));
      }
      b.addMeeting(m.build());
    }
    for (int i = 0; i < holders.length; i++) {
      String year = summits[i][0];
      DateRange term =
          i + 1 < summits.length
              ? DateRange.of(PartialDate.parse(summits[i][2]), PartialDate.parse(summits[i + 1][2]))
              : DateRange.ongoing(PartialDate.parse(summits[i][2]));
      var p =
          Presidency.builder()
              .id(termId(year))
              .holder(c(holders[i]))
              .term(term)
              .openedAt("chs-" + year)
              .addSource(SRC);
      if (i + 1 < summits.length) {
        p.closedAt("chs-" + summits[i + 1][0]);
      }
      b.addPresidency(p.build());
    }
    b.addRotationException(
        exception(
            "rx-irregular-2001-2004",
            RotationExceptionKind.IRREGULAR_PERIOD,
            List.of(termId("2001"), termId("2002"), termId("2003")),
            List.of()));
    b.addRotationException(
        exception(
            "rx-swap-ru-tj-2007",
            RotationExceptionKind.SWAP,
            List.of(termId("2007"), termId("2008"), termId("2009")),
            List.of("RU", "TJ")));
    b.addRotationException(
        exception(
            "rx-swap-ru-tj-2013",
            RotationExceptionKind.SWAP,
            List.of(termId("2013"), termId("2014"), termId("2015")),
            List.of("RU", "TJ")));
    b.addRotationException(
        exception("rx-skip-pk-2019", RotationExceptionKind.SKIP_NEW_MEMBER, List.of(termId("2019")), List.of("PK")));
    b.addRotationException(
        exception("rx-skip-ir-2023", RotationExceptionKind.SKIP_NEW_MEMBER, List.of(termId("2023")), List.of("IR")));
    return b;
  }

  static ScoDataset dataset() {
    return builder().build();
  }

  /** The id of the term that starts at the summit of the year. */
  static String termId(String summitYear) {
    return "term-" + summitYear;
  }

  static String changeId(String state, MembershipStatus status) {
    return "st-" + state.toLowerCase() + "-" + status.name().toLowerCase().replace('_', '-');
  }

  private static void state(ScoDataset.Builder b, String code, String en, String ru, String zh) {
    b.addState(State.builder().code(c(code)).nameEn(en).nameRu(ru).nameZh(zh).build());
  }

  private static void change(ScoDataset.Builder b, String state, MembershipStatus status, String date) {
    b.addStatusChange(
        StatusChange.builder()
            .id(changeId(state, status))
            .state(c(state))
            .status(status)
            .date(PartialDate.parse(date))
            .addSource(SRC)
            .build());
  }

  private static RotationException exception(
      String id, RotationExceptionKind kind, List<String> terms, List<String> states) {
    List<StateCode> codes = new ArrayList<>();
    states.forEach(s -> codes.add(c(s)));
    return RotationException.builder()
        .id(id)
        .kind(kind)
        .presidencies(terms)
        .states(codes)
        .description("declared deviation: " + kind)
        .addSource(SRC)
        .build();
  }

  /** A summit participant list: all members on the day plus the given extra participants. */
  static List<Participant> participants(ScoDataset data, LocalDate day, Participant... extra) {
    List<Participant> list = new ArrayList<>();
    data.membersOn(day).forEach(s -> list.add(Participant.ofState(s)));
    list.addAll(List.of(extra));
    return list;
  }
}
