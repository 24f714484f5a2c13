package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;

/**
 * Chapter 1: the 10 member states (facts §1) and the 17 states that are or were observers, dialogue partners or
 * SCO partners without becoming members (facts §2).
 *
 * <p>Russian and Chinese names are the short names that SCO texts and SCO-member media use (facts 2026-12
 * {@code names.tsv}): «Кыргызстан» and «Беларусь» rather than the Russian-Federation forms «Киргизия» and
 * «Белоруссия», «Турция» (not the Latin «Türkiye»), «Лаос» (short form), 蒙古国 and 柬埔寨. The Russian names
 * fix the rotation order (facts §9.1, §13-2); only members take part in it, so the partners' names do not move
 * it. Russian forms come from RIA, TASS and Kommersant texts on Tianjin and from Azerbaijani and Uzbek reports,
 * Chinese forms from Sputnik China's list of February 2026 and a Chinese MFA text of 2019: the Secretariat's own
 * Russian and Chinese pages were not found.
 */
final class States {

  private States() {}

  static void addTo(ScoDataset.Builder d) {
    // Members, in the order of facts §1.
    member(d, "CN", "China", "Китай", "中国");
    member(d, "KZ", "Kazakhstan", "Казахстан", "哈萨克斯坦");
    member(d, "KG", "Kyrgyzstan", "Кыргызстан", "吉尔吉斯斯坦", "GAZUZ-AM");
    member(d, "RU", "Russia", "Россия", "俄罗斯");
    member(d, "TJ", "Tajikistan", "Таджикистан", "塔吉克斯坦");
    member(d, "UZ", "Uzbekistan", "Узбекистан", "乌兹别克斯坦");
    member(d, "IN", "India", "Индия", "印度", "RIA-TJ25");
    member(d, "PK", "Pakistan", "Пакистан", "巴基斯坦", "RIA-TJ25");
    member(d, "IR", "Iran", "Иран", "伊朗", "RIA-TJ25");
    member(d, "BY", "Belarus", "Беларусь", "白俄罗斯", "GAZUZ-AM");
    // Partners, in the order of facts §2.
    partner(d, "MN", "Mongolia", "Монголия", "蒙古国", "81CN-19", "X-2020BG");
    partner(d, "AF", "Afghanistan", "Афганистан", "阿富汗");
    partner(d, "LK", "Sri Lanka", "Шри-Ланка", "斯里兰卡");
    partner(d, "TR", "Turkey", "Турция", "土耳其", "TASSRU-TJ");
    partner(d, "AZ", "Azerbaijan", "Азербайджан", "阿塞拜疆");
    partner(d, "AM", "Armenia", "Армения", "亚美尼亚");
    partner(d, "KH", "Cambodia", "Камбоджа", "柬埔寨", "BIZASEAN");
    partner(d, "NP", "Nepal", "Непал", "尼泊尔");
    partner(d, "EG", "Egypt", "Египет", "埃及");
    partner(d, "QA", "Qatar", "Катар", "卡塔尔");
    partner(d, "SA", "Saudi Arabia", "Саудовская Аравия", "沙特阿拉伯");
    partner(d, "BH", "Bahrain", "Бахрейн", "巴林");
    partner(d, "KW", "Kuwait", "Кувейт", "科威特");
    partner(d, "MV", "Maldives", "Мальдивы", "马尔代夫");
    partner(d, "MM", "Myanmar", "Мьянма", "缅甸");
    partner(d, "AE", "United Arab Emirates", "Объединенные Арабские Эмираты", "阿联酋");
    partner(d, "LA", "Laos", "Лаос", "老挝", "TASSRU-TJ", "KOMM-CMFA25");
  }

  private static void member(
      ScoDataset.Builder d, String code, String en, String ru, String zh, String... more) {
    state(d, code, en, ru, zh, more, "R-CARAVAN24", "O-ABOUT", "X-2012BG", "W-SCO", "HAQQIN", "SPUTCN-0202", "ISO");
  }

  private static void partner(
      ScoDataset.Builder d, String code, String en, String ru, String zh, String... more) {
    state(d, code, en, ru, zh, more, "RIA-TJ25", "SPUTCN-0202", "ISO");
  }

  private static void state(
      ScoDataset.Builder d, String code, String en, String ru, String zh, String[] more, String... common) {
    d.addState(
        StateIdentifierTable.apply(
                code,
                State.builder()
                    .code(cc(code))
                    .nameEn(en)
                    .nameRu(ru)
                    .nameZh(zh)
                    .addSources(common)
                    .addSources(more))
            .build());
  }
}
