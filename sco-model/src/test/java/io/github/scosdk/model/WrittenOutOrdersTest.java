package io.github.scosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The orders written out by hand, {@link PartialDate#compareTo}, {@link Document.LinkOrder} and
 * {@link RotationOrder.ByRussianName}, agree with the
 * {@link Comparator} chains they replaced on every pair of a random sample with many ties.
 */
class WrittenOutOrdersTest {

  private static final Comparator<PartialDate> DATES =
      Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::precision);
  private static final Comparator<DocumentLink> LINKS =
      Comparator.comparing(DocumentLink::type).thenComparing(DocumentLink::target);
  private static final Comparator<State> STATES =
      Comparator.comparing(State::nameRu, RotationOrder::compareNames).thenComparing(State::code);

  @Test
  void partialDatesCompareAsTheComparatorChain() {
    SplittableRandom random = new SplittableRandom(20261204);
    List<PartialDate> dates = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int year = random.nextInt(2000, 2004);
      int month = random.nextInt(1, 3);
      switch (random.nextInt(3)) {
        case 0 -> dates.add(PartialDate.ofYear(year));
        case 1 -> dates.add(PartialDate.ofYearMonth(year, month));
        default -> dates.add(PartialDate.of(year, month, random.nextInt(1, 3)));
      }
    }
    int ties = 0;
    for (PartialDate a : dates) {
      for (PartialDate b : dates) {
        int expected = Integer.signum(DATES.compare(a, b));
        assertThat(Integer.signum(a.compareTo(b))).as("%s against %s", a, b).isEqualTo(expected);
        ties += expected == 0 ? 1 : 0;
      }
    }
    assertThat(ties).as("pairs that tie").isGreaterThan(dates.size());
  }

  @Test
  void linksCompareAsTheComparatorChain() {
    SplittableRandom random = new SplittableRandom(20261205);
    LinkType[] types = LinkType.values();
    List<DocumentLink> links = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      links.add(DocumentLink.of(types[random.nextInt(types.length)], "t" + random.nextInt(6)));
    }
    int ties = 0;
    for (DocumentLink a : links) {
      for (DocumentLink b : links) {
        int expected = Integer.signum(LINKS.compare(a, b));
        assertThat(Integer.signum(Document.LinkOrder.INSTANCE.compare(a, b)))
            .as("%s against %s", a, b)
            .isEqualTo(expected);
        assertThat(expected == 0).as("%s against %s", a, b).isEqualTo(a.equals(b));
        ties += expected == 0 ? 1 : 0;
      }
    }
    assertThat(ties).as("pairs that tie").isGreaterThan(links.size());
  }

  @Test
  void statesCompareAsTheComparatorChain() {
    SplittableRandom random = new SplittableRandom(20261206);
    String[] names = {"Беларусь", "Индия", "Китай", "Кыргызстан", "Киргизия", "Россия", "Zeta", "Абхазия"};
    String[] codes = {"BY", "IN", "CN", "KG", "RU", "TJ"};
    List<State> states = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      states.add(State.builder()
          .code(StateCode.of(codes[random.nextInt(codes.length)]))
          .nameEn("State " + i)
          .nameRu(names[random.nextInt(names.length)])
          .nameZh("国")
          .build());
    }
    int ties = 0;
    for (State a : states) {
      for (State b : states) {
        int expected = Integer.signum(STATES.compare(a, b));
        assertThat(Integer.signum(new RotationOrder.ByRussianName().compare(a, b)))
            .as("%s against %s", a, b)
            .isEqualTo(expected);
        assertThat(Integer.signum(RotationOrder.comparator().compare(a, b))).isEqualTo(expected);
        ties += expected == 0 ? 1 : 0;
      }
    }
    assertThat(ties).as("pairs that tie").isGreaterThan(states.size());
  }
}
