package io.github.scosdk.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The state-year panel against the COW IGO v3 coding of the SCO, and the extended profile. */
class StateYearTest {

  private static final Set<String> SHANGHAI_FIVE = Set.of("CN", "KZ", "KG", "RU", "TJ");

  private static List<Row> panel(StateYearProfile profile, int from, int to) {
    return Reference.table(
            TableShape.STATE_YEAR, Reference.options().withYears(new YearSpan(from, to)).withProfile(profile))
        .rowList();
  }

  private static Map<Integer, Set<String>> coded(List<Row> rows, int code) {
    return rows.stream()
        .filter(r -> r.get("sco").equals(code))
        .collect(Collectors.groupingBy(r -> (Integer) r.get("year"),
            Collectors.mapping(r -> r.text("iso2"), Collectors.toCollection(TreeSet::new))));
  }

  @Test
  void cowV3CodesExactlyTheShanghaiFiveFrom1996AndUzbekistanFrom2001() {
    List<Row> rows = panel(StateYearProfile.COW_V3, 1990, 2014);
    assertThat(rows).hasSize(27 * 25);
    Map<Integer, Set<String>> members = coded(rows, 1);
    for (int year = 1996; year <= 2000; year++) {
      assertThat(members.get(year)).as("%s", year).containsExactlyInAnyOrderElementsOf(SHANGHAI_FIVE);
    }
    for (int year = 2001; year <= 2014; year++) {
      assertThat(members.get(year)).as("%s", year).containsExactlyInAnyOrder("CN", "KZ", "KG", "RU", "TJ", "UZ");
    }
    for (Row r : rows) {
      int year = (Integer) r.get("year");
      if (year < 1996) {
        assertThat(r.get("sco")).as("%s %s", r.get("iso2"), year).isEqualTo(-1);
      } else if (!members.get(year).contains(r.text("iso2"))) {
        assertThat(r.get("sco")).as("%s %s", r.get("iso2"), year).isEqualTo(0);
      }
    }
    assertThat(rows.get(0).values()).hasSize(4);
    assertThat(StateYearTable.COW_V3.columns()).extracting(Column::name).containsExactly("ccode", "year", "sco", "iso2");
  }

  @Test
  void cowV3CodesObserversAndDialoguePartnersZero() {
    List<Row> rows = panel(StateYearProfile.COW_V3, 2005, 2025);
    for (Row r : rows) {
      String iso2 = r.text("iso2");
      int year = (Integer) r.get("year");
      boolean observer = Set.of("MN", "AF", "IN", "PK", "IR").contains(iso2) && year < Map.of(
          "MN", 9999, "AF", 9999, "IN", 2017, "PK", 2017, "IR", 2023).get(iso2);
      if (observer || Set.of("LK", "TR", "AZ", "AM", "KH", "NP", "EG", "QA", "SA").contains(iso2)) {
        assertThat(r.get("sco")).as("%s %s", iso2, year).isEqualTo(0);
      }
    }
    // members after 2014 (beyond COW's end) follow the same rule: India and Pakistan from 2017, Iran 2023, Belarus 2024
    assertThat(coded(rows, 1).get(2017)).contains("IN", "PK").doesNotContain("IR");
    assertThat(coded(rows, 1).get(2024)).hasSize(10);
  }

  @Test
  void extendedCodesIndiaAsObserverFrom2005AndMemberFrom2017() {
    Map<Integer, Row> india = indiaByYear();
    for (int year = 2005; year <= 2015; year++) {
      assertThat(india.get(year).get("sco")).as("%s", year).isEqualTo(3);
    }
    assertThat(india.get(2004).get("sco")).isEqualTo(0);
    assertThat(india.get(2017).get("sco")).isEqualTo(1);
    assertThat(india.get(2015).get("accession_stage")).isEqualTo("started");
    assertThat(india.get(2005).get("source_ids")).isEqualTo(
        Reference.DATASET.statusChange("status-in-2005-07-05-observer").orElseThrow().sources());
  }

  /**
   * India stayed an observer while it acceded (2015-2017): on Model 2's separate accession track the extended
   * profile codes 2016 as 3 (observer), with the stage beside it.
   */
  @Test
  void extendedCodesIndia2016AsObserverPendingOnModel2() {
    Row y2016 = indiaByYear().get(2016);
    assertThat(y2016.get("status")).isEqualTo("observer");
    assertThat(y2016.get("sco")).isEqualTo(3);
    assertThat(y2016.get("accession_stage")).isEqualTo("memorandum_signed");
  }

  @Test
  void extendedFlagsDialoguePartnersAndScoPartners() {
    Map<String, Row> y2025 = panel(StateYearProfile.EXTENDED, 2025, 2025).stream()
        .collect(Collectors.toMap(r -> r.text("iso2"), r -> r));
    assertThat(y2025.get("TR").get("sco")).isEqualTo(3);
    assertThat(y2025.get("TR").get("dialogue_partner")).isEqualTo(1);
    assertThat(y2025.get("TR").get("sco_partner")).isEqualTo(1);
    assertThat(y2025.get("TR").get("status")).isEqualTo("partner");
    assertThat(y2025.get("MN").get("dialogue_partner")).isEqualTo(0);
    assertThat(y2025.get("LA").get("sco_partner")).isEqualTo(1);
    assertThat(y2025.get("CN").get("sco")).isEqualTo(1);
    Row kz1996 = panel(StateYearProfile.EXTENDED, 1996, 1996).stream()
        .filter(r -> r.text("iso2").equals("KZ")).findFirst().orElseThrow();
    assertThat(kz1996.get("status")).isEqualTo("shanghai_five");
    assertThat((List<?>) kz1996.get("source_ids")).isNotEmpty();
  }

  /** COW's ccode is required for cow-v3; the model holds it from Model 2 on (State.cowCode()). */
  @Test
  void cowV3CarriesTheCowNumber() {
    Map<String, Row> y2014 = panel(StateYearProfile.COW_V3, 2014, 2014).stream()
        .collect(Collectors.toMap(r -> r.text("iso2"), r -> r));
    assertThat(y2014.get("CN").get("ccode")).isEqualTo(710);
    assertThat(y2014.get("RU").get("ccode")).isEqualTo(365);
    assertThat(y2014.get("KG").get("ccode")).isEqualTo(703);
    assertThat(y2014.values()).allSatisfy(r -> assertThat(r.get("ccode")).isNotNull());
  }

  @Test
  void dyadYearsPairTheFullMembers() {
    List<Row> rows = Reference.table(TableShape.DYAD_YEAR, Reference.options().withYears(new YearSpan(1995, 2025)))
        .rowList();
    Map<Object, Long> perYear = rows.stream().collect(Collectors.groupingBy(r -> r.get("year"), Collectors.counting()));
    assertThat(perYear).doesNotContainKey(1995);
    assertThat(perYear.get(1996)).isEqualTo(10L);
    assertThat(perYear.get(2001)).isEqualTo(15L);
    assertThat(perYear.get(2017)).isEqualTo(28L);
    assertThat(perYear.get(2023)).isEqualTo(36L);
    assertThat(perYear.get(2024)).isEqualTo(45L);
    // every member has a COW number (Model 2), so each pair is ordered by it (docs/tables.md, "Model 2 seams")
    assertThat(rows).allSatisfy(r -> assertThat((Integer) r.get("ccode1")).isLessThan((Integer) r.get("ccode2")));
  }

  private static Map<Integer, Row> indiaByYear() {
    return panel(StateYearProfile.EXTENDED, 2000, 2020).stream()
        .filter(r -> r.text("iso2").equals("IN"))
        .collect(Collectors.toMap(r -> (Integer) r.get("year"), r -> r));
  }
}
