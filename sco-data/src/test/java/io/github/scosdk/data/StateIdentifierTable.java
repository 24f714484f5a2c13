package io.github.scosdk.data;

import io.github.scosdk.model.State;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The identifiers of the 27 states (facts 2026-12 {@code identifiers.tsv}): ISO 3166-1 alpha-3 and the Wikidata
 * item from Our World in Data's CountriesRegions.ts (OWID-CR), the Correlates of War and Gleditsch-Ward numbers
 * from the R package {@code states} (R-STATES). One row per state: alpha-2, alpha-3, COW, GW, Wikidata.
 */
final class StateIdentifierTable {

  /** The sources every state with identifiers cites for them. */
  static final String[] SOURCES = {"OWID-CR", "R-STATES"};

  private static final String ROWS =
      """
      CN CHN 710 710 Q148
      IN IND 750 750 Q668
      MN MNG 712 712 Q711
      RU RUS 365 365 Q159
      PK PAK 770 770 Q843
      AF AFG 700 700 Q889
      KZ KAZ 705 705 Q232
      IR IRN 630 630 Q794
      LK LKA 780 780 Q854
      KG KGZ 703 703 Q813
      BY BLR 370 370 Q184
      TR TUR 640 640 Q43
      TJ TJK 702 702 Q863
      AM ARM 371 371 Q399
      AZ AZE 373 373 Q227
      UZ UZB 704 704 Q265
      KH KHM 811 811 Q424
      NP NPL 790 790 Q837
      EG EGY 651 651 Q79
      QA QAT 694 694 Q846
      SA SAU 670 670 Q851
      BH BHR 692 692 Q398
      KW KWT 690 690 Q817
      MV MDV 781 781 Q826
      MM MMR 775 775 Q836
      AE ARE 696 696 Q878
      LA LAO 812 812 Q819
      """;

  private static final Map<String, String[]> BY_CODE =
      Stream.of(ROWS.split("\n")).map(r -> r.trim().split(" ")).collect(Collectors.toMap(f -> f[0], Function.identity()));

  private StateIdentifierTable() {}

  /** Sets the state's identifiers and their sources on the builder. @throws IllegalStateException if none */
  static State.Builder apply(String code, State.Builder b) {
    String[] f = BY_CODE.get(code);
    if (f == null) {
      throw new IllegalStateException("no identifiers for " + code);
    }
    return b.iso3(f[1]).cowCode(Integer.parseInt(f[2])).gwCode(Integer.parseInt(f[3])).wikidataId(f[4])
        .addSources(SOURCES);
  }
}
