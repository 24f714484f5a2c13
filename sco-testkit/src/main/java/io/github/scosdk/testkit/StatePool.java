package io.github.scosdk.testkit;

import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Where generated states come from: the ten SCO member states with the names the SCO uses
 * ({@code /work/shared/facts/sco-facts.md} §1), and invented states with unused ISO codes and invented
 * Cyrillic, Latin and Chinese names.
 *
 * <p>Invented Russian names are a capital Cyrillic letter followed by lower-case letters of а..я without ё, so
 * that every reasonable Russian collation and plain code-point order agree on them.
 */
final class StatePool {

  /** The six founders of 2001-06-15. */
  static final List<State> FOUNDERS =
      List.of(
          real("CN", "China", "Китай", "中国"),
          real("KZ", "Kazakhstan", "Казахстан", "哈萨克斯坦"),
          real("KG", "Kyrgyzstan", "Кыргызстан", "吉尔吉斯斯坦"),
          real("RU", "Russia", "Россия", "俄罗斯"),
          real("TJ", "Tajikistan", "Таджикистан", "塔吉克斯坦"),
          real("UZ", "Uzbekistan", "Узбекистан", "乌兹别克斯坦"));

  /** The members that joined later. */
  static final List<State> LATER_MEMBERS =
      List.of(
          real("IN", "India", "Индия", "印度"),
          real("PK", "Pakistan", "Пакистан", "巴基斯坦"),
          real("IR", "Iran", "Иран", "伊朗"),
          real("BY", "Belarus", "Беларусь", "白俄罗斯"));

  private static final String[] RU_SYLLABLES = {
    "ба", "ва", "го", "да", "ле", "ми", "на", "ор", "па", "ри", "са", "та", "ул", "фе", "хо", "це", "ша", "эр", "ю",
    "я", "ки", "ло", "не", "ру", "ст", "ан", "ия", "ин"
  };
  private static final String[] EN_SYLLABLES = {
    "ba", "va", "go", "da", "le", "mi", "na", "or", "pa", "ri", "sa", "ta", "ul", "fe", "ho", "ce", "sha", "er"
  };
  private static final String ZH_CHARS = "阿巴达加卡拉马纳帕萨塔瓦亚扎尔斯坦尼里亚克";
  private static final List<String> ALL_CODES = List.of(Locale.getISOCountries());

  private StatePool() {}

  private static State real(String code, String en, String ru, String zh) {
    return State.builder().code(StateCode.of(code)).nameEn(en).nameRu(ru).nameZh(zh).build();
  }

  /**
   * Invents a state whose code and Russian name are not among the used ones (both sets are updated).
   *
   * @throws IllegalStateException if every ISO code is used
   */
  static State invent(RandomGenerator random, Set<StateCode> usedCodes, Set<String> usedRuNames) {
    List<String> free = new ArrayList<>();
    for (String c : ALL_CODES) {
      if (!usedCodes.contains(StateCode.of(c))) {
        free.add(c);
      }
    }
    if (free.isEmpty()) {
      throw new IllegalStateException("every ISO 3166-1 code is already used");
    }
    StateCode code = StateCode.of(free.get(random.nextInt(free.size())));
    String ru;
    do {
      ru = capitalize(word(random, RU_SYLLABLES, 2 + random.nextInt(3)));
    } while (usedRuNames.contains(ru));
    usedCodes.add(code);
    usedRuNames.add(ru);
    String en = capitalize(word(random, EN_SYLLABLES, 2 + random.nextInt(2))) + "ia";
    StringBuilder zh = new StringBuilder();
    for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
      zh.append(ZH_CHARS.charAt(random.nextInt(ZH_CHARS.length())));
    }
    return State.builder().code(code).nameEn(en).nameRu(ru).nameZh(zh.toString()).build();
  }

  /** A city name (Latin letters) for venues. */
  static String city(RandomGenerator random) {
    return capitalize(word(random, EN_SYLLABLES, 2 + random.nextInt(2)));
  }

  /** A person's name (Latin letters) for officials and heads of delegation. */
  static String person(RandomGenerator random) {
    return capitalize(word(random, EN_SYLLABLES, 2)) + " " + capitalize(word(random, EN_SYLLABLES, 3)) + "ov";
  }

  private static String word(RandomGenerator random, String[] syllables, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(syllables[random.nextInt(syllables.length)]);
    }
    return b.toString();
  }

  private static String capitalize(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Codes and Russian names of the given states, as mutable sets. */
  static Set<StateCode> codes(List<State> states) {
    Set<StateCode> out = new HashSet<>();
    states.forEach(s -> out.add(s.code()));
    return out;
  }
}
