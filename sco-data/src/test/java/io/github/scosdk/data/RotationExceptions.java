package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;

import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;

/**
 * Chapter 8: the declared exceptions to the presidency rotation rule (facts §9.2, §13-21).
 *
 * <p>The rule compares each term with the one before it. A swap of two turns therefore makes three terms
 * deviate: the two swapped terms and the term after them, whose predecessor is the wrong state of the pair.
 * The reasons for the deviations are not documented in the sources found; they are recorded as observed facts.
 */
final class RotationExceptions {

  private static final String NO_REASON =
      "No source found gives the reason (facts §13-21); recorded as an observed fact.";

  private RotationExceptions() {}

  static void addTo(ScoDataset.Builder d) {
    d.addRotationException(
        RotationException.builder()
            .id("rotation-2001-2004-irregular")
            .kind(RotationExceptionKind.IRREGULAR_PERIOD)
            .addPresidencies(
                Presidencies.id(2001, "RU"), Presidencies.id(2002, "KZ"), Presidencies.id(2003, "UZ"))
            .description(
                "Irregular early years: hosts CN (2001), RU (2002), RU (2003), UZ (2004), before the Charter"
                    + " entered into force on 2003-09-19. Kazakhstan held the chair in 2002-03 although the 2003"
                    + " summit met in Moscow.")
            .addSources("UTRO-2003", "UZ-2010", "C-ADILET")
            .note("No rationale was found for the 2004 choice of Uzbekistan.")
            .build());
    d.addRotationException(
        RotationException.builder()
            .id("rotation-2008-2009-ru-tj-swap")
            .kind(RotationExceptionKind.SWAP)
            .addPresidencies(
                Presidencies.id(2007, "TJ"), Presidencies.id(2008, "RU"), Presidencies.id(2009, "UZ"))
            .addStates(cc("RU"), cc("TJ"))
            .description(
                "Russia and Tajikistan swapped turns: Tajikistan hosted 2008 and Russia 2009, though «Россия»"
                    + " comes before «Таджикистан»; Uzbekistan (2009-10) then followed Russia instead of"
                    + " Tajikistan.")
            .addSources("K-2008", "WJ-2009", "UZ-2010")
            .note(NO_REASON)
            .build());
    d.addRotationException(
        RotationException.builder()
            .id("rotation-2014-2015-ru-tj-swap")
            .kind(RotationExceptionKind.SWAP)
            .addPresidencies(
                Presidencies.id(2013, "TJ"), Presidencies.id(2014, "RU"), Presidencies.id(2015, "UZ"))
            .addStates(cc("RU"), cc("TJ"))
            .description(
                "Russia and Tajikistan swapped turns again: Tajikistan hosted 2014 and Russia 2015; Uzbekistan"
                    + " (2015-16) then followed Russia instead of Tajikistan.")
            .addSources("MIDTJ-2014", "INTERAFF", "TASS-UFA", "TJINFORM")
            .note(NO_REASON)
            .build());
    d.addRotationException(
        RotationException.builder()
            .id("rotation-2020-pk-passed-over")
            .kind(RotationExceptionKind.SKIP_NEW_MEMBER)
            .addPresidencies(Presidencies.id(2019, "RU"))
            .addStates(cc("PK"))
            .description(
                "Pakistan, a member since 2017-06-09, was passed over: «Пакистан» falls between «Кыргызстан»"
                    + " (2019) and «Россия» (2020), yet Russia took the 2019-20 term.")
            .addSources("TASS-CHEL", "TASS-2020", "DAWN-2017")
            .note(
                "No official explanation was found; new members plausibly needed time to complete accession"
                    + " (facts §9.2).")
            .build());
    d.addRotationException(
        RotationException.builder()
            .id("rotation-2024-ir-passed-over")
            .kind(RotationExceptionKind.SKIP_NEW_MEMBER)
            .addPresidencies(Presidencies.id(2023, "KZ"))
            .addStates(cc("IR"))
            .description(
                "Iran («Иран», after «Индия») was passed over: it became a member only on 2023-07-04, at the very"
                    + " summit that handed the presidency to Kazakhstan.")
            .addSources("SPUT-2023", "MEHR-2023", "TELUGU-ZM", "ASTTIMES-24")
            .build());
  }
}
