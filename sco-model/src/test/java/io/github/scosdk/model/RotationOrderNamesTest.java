package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link RotationOrder} compares the reference dataset's Russian names by their places in a table instead of with
 * the collator: the table must be in the collator's order, with no two names the collator finds equal, so that
 * every comparison answers as the collator would, for two names of the table and for a name of the table against
 * any other.
 */
class RotationOrderNamesTest {

  private static final Collator RUSSIAN = russian();

  private static Collator russian() {
    Collator c = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
    c.setStrength(Collator.TERTIARY);
    return c;
  }

  @Test
  void theTableIsInTheCollatorsOrderAndEveryPairComparesAsTheCollatorDoes() {
    List<String> names = RotationOrder.knownNames();
    assertThat(names).hasSizeGreaterThanOrEqualTo(27).doesNotHaveDuplicates();
    for (int i = 0; i < names.size(); i++) {
      for (int j = 0; j < names.size(); j++) {
        String a = names.get(i);
        String b = names.get(j);
        assertThat(Integer.signum(RUSSIAN.compare(a, b))).as("%s against %s", a, b).isEqualTo(Integer.compare(i, j));
        assertThat(Integer.signum(RotationOrder.compareNames(a, b))).as("%s against %s", a, b)
            .isEqualTo(Integer.compare(i, j));
      }
    }
  }

  @Test
  void namesOutsideTheTableCompareWithTheCollator() {
    List<String> others = new ArrayList<>(List.of("Ёлкино", "армения", "Киргизия", "Казахстан ", "Шри Ланка",
        "Объединённые Арабские Эмираты", "Zanzibar", "Кыргызстан-2", ""));
    List<String> all = new ArrayList<>(others);
    all.addAll(RotationOrder.knownNames());
    for (String a : others) {
      for (String b : all) {
        assertThat(Integer.signum(RotationOrder.compareNames(a, b))).as("%s against %s", a, b)
            .isEqualTo(Integer.signum(RUSSIAN.compare(a, b)));
        assertThat(Integer.signum(RotationOrder.compareNames(b, a))).as("%s against %s", b, a)
            .isEqualTo(Integer.signum(RUSSIAN.compare(b, a)));
      }
    }
  }
}
