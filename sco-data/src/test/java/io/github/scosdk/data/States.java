package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.State;

/**
 * Chapter 1: the 10 member states (facts §1) and the 17 states that are or were observers, dialogue partners or
 * SCO partners without becoming members (facts §2).
 *
 * <p>Member names in Russian and Chinese are the SCO's own usage («Кыргызстан», «Беларусь», 吉尔吉斯斯坦), which
 * fixes the rotation order (facts §9.1, §13-2). The facts give no Russian or Chinese names for the partners; for
 * them the names come from the Debian iso-codes 4.15.0 ru and zh_CN translations [ISO] exactly as shipped, which
 * are not SCO usage: iso-codes has no Russian translation for "Türkiye", so its Russian name stays «Türkiye»,
 * and its Chinese name for Cambodia is 柬埔塞.
 */
final class States {

  private States() {}

  static void addTo(ScoDataset.Builder d) {
    // Members, in the order of facts §1. Sources: [O-ABOUT] [X-2012BG] [W-SCO] [ISO]; Russian usage [R-CARAVAN24].
    member(d, "CN", "China", "Китай", "中国");
    member(d, "KZ", "Kazakhstan", "Казахстан", "哈萨克斯坦");
    member(d, "KG", "Kyrgyzstan", "Кыргызстан", "吉尔吉斯斯坦");
    member(d, "RU", "Russia", "Россия", "俄罗斯");
    member(d, "TJ", "Tajikistan", "Таджикистан", "塔吉克斯坦");
    member(d, "UZ", "Uzbekistan", "Узбекистан", "乌兹别克斯坦");
    member(d, "IN", "India", "Индия", "印度");
    member(d, "PK", "Pakistan", "Пакистан", "巴基斯坦");
    member(d, "IR", "Iran", "Иран", "伊朗");
    member(d, "BY", "Belarus", "Беларусь", "白俄罗斯");
    // Partners, in the order of facts §2; English names from §2, Russian and Chinese from [ISO].
    partner(d, "MN", "Mongolia", "Монголия", "蒙古");
    partner(d, "AF", "Afghanistan", "Афганистан", "阿富汗");
    partner(d, "LK", "Sri Lanka", "Шри-Ланка", "斯里兰卡");
    partner(d, "TR", "Turkey", "Türkiye", "土耳其");
    partner(d, "AZ", "Azerbaijan", "Азербайджан", "阿塞拜疆");
    partner(d, "AM", "Armenia", "Армения", "亚美尼亚");
    partner(d, "KH", "Cambodia", "Камбоджа", "柬埔塞");
    partner(d, "NP", "Nepal", "Непал", "尼泊尔");
    partner(d, "EG", "Egypt", "Египет", "埃及");
    partner(d, "QA", "Qatar", "Катар", "卡塔尔");
    partner(d, "SA", "Saudi Arabia", "Саудовская Аравия", "沙特阿拉伯");
    partner(d, "BH", "Bahrain", "Бахрейн", "巴林");
    partner(d, "KW", "Kuwait", "Кувейт", "科威特");
    partner(d, "MV", "Maldives", "Мальдивы", "马尔代夫");
    partner(d, "MM", "Myanmar", "Мьянма", "缅甸");
    partner(d, "AE", "United Arab Emirates", "Объединённые Арабские Эмираты", "阿联酋");
    partner(d, "LA", "Laos", "Лаосская Народно-Демократическая Республика", "老挝");
  }

  private static void member(ScoDataset.Builder d, String code, String en, String ru, String zh) {
    d.addState(
        State.builder()
            .code(cc(code))
            .nameEn(en)
            .nameRu(ru)
            .nameZh(zh)
            .addSources("R-CARAVAN24", "O-ABOUT", "X-2012BG", "W-SCO", "ISO")
            .build());
  }

  private static void partner(ScoDataset.Builder d, String code, String en, String ru, String zh) {
    d.addState(State.builder().code(cc(code)).nameEn(en).nameRu(ru).nameZh(zh).addSources("ISO").build());
  }
}
