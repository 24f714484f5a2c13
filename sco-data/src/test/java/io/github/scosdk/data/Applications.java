package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static io.github.scosdk.data.Dates.day;
import static io.github.scosdk.data.Dates.month;
import static io.github.scosdk.data.Dates.year;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.ScoDataset;
import java.util.Optional;

/**
 * Chapter 6: applications for membership or a status (facts 2026-12 {@code freshness.tsv} F03-F05,
 * {@code accuracy.tsv} 41; {@code docs/staging/model2-facts.md} §4). An application is a dated fact, not a status:
 * the statuses granted are in {@link Statuses}.
 *
 * <p>Left out for want of a state record: Bangladesh's application for observer status (2024, {@code freshness.tsv}
 * F04) and Algeria's for an SCO status (May 2023 - May 2024, F05). The facts collection sources both applications,
 * but neither state is in the dataset and the collection gives neither their Russian and Chinese names ({@code
 * names.tsv}) nor their ISO alpha-3, Correlates of War, Gleditsch-Ward and Wikidata identifiers ({@code
 * identifiers.tsv}), which every state record carries.
 */
final class Applications {

  private Applications() {}

  static void addTo(ScoDataset.Builder d) {
    add(d, "app-am-2025-07-member", "AM", MembershipStatus.MEMBER, month(2025, 7), null, Confidence.HIGH,
        "Armenia's foreign ministry announced the application on 2025-07-03; on 2025-07-16 Prime Minister Pashinyan"
            + " said it had been submitted. No decision on it is sourced up to the coverage limit (about"
            + " 2026-03-10).",
        "TASS-AM25", "TASS-OBS24", "24KG-AM25");
    String observers2024 =
        "Iran's national coordinator Kiaei said in July 2025 that Armenia, Azerbaijan, Bangladesh, Cambodia and Sri"
            + " Lanka applied for observer status in summer 2024 [TASS-OBS24]; the season is not a precision the"
            + " model has, so the year is given. No decision on it is sourced.";
    add(d, "app-am-2024-observer", "AM", MembershipStatus.OBSERVER, year(2024), null, Confidence.MEDIUM,
        observers2024, "TASS-OBS24", "ANEWS-AM25");
    add(d, "app-az-2024-observer", "AZ", MembershipStatus.OBSERVER, year(2024), null, Confidence.MEDIUM,
        observers2024, "TASS-OBS24", "TREND-TJ");
    add(d, "app-kh-2024-observer", "KH", MembershipStatus.OBSERVER, year(2024), null, Confidence.MEDIUM,
        observers2024, "TASS-OBS24");
    add(d, "app-lk-2024-observer", "LK", MembershipStatus.OBSERVER, year(2024), null, Confidence.MEDIUM,
        observers2024, "TASS-OBS24");
    add(d, "app-la-2024-status", "LA", null, year(2024), "chs-2025-tianjin", Confidence.MEDIUM,
        "The Secretary-General's report for May 2023 - May 2024 names Laos's application for an SCO status without"
            + " naming the status; dated to 2024, the year of the report, though it may fall in 2023. Laos was made"
            + " a dialogue partner at Tianjin on 2025-09-01 (doc-decision-dialogue-partner-la-2025).",
        "SECT-SG24");
    add(d, "app-by-2022-07-member", "BY", MembershipStatus.MEMBER, month(2022, 7), "chs-2022-samarkand",
        Confidence.HIGH,
        "Belarus applied for membership in July 2022 (the Uzbek foreign ministry, 2022-07-29); the Samarkand summit"
            + " decided to start its accession on 2022-09-16.",
        "SPUT-CMFA22");
    add(d, "app-tr-2011-03-23-dialogue-partner", "TR", MembershipStatus.DIALOGUE_PARTNER, day(2011, 3, 23),
        "chs-2012-beijing", Confidence.HIGH,
        "Turkey applied on 2011-03-23 and was made a dialogue partner at the Beijing summit on 2012-06-07.",
        "MFATR");
  }

  private static void add(
      ScoDataset.Builder d, String id, String state, MembershipStatus sought, PartialDate date, String decidedAt,
      Confidence confidence, String note, String... sources) {
    d.addApplication(
        Application.builder()
            .id(id)
            .state(cc(state))
            .sought(Optional.ofNullable(sought))
            .date(date)
            .decidedAt(Optional.ofNullable(decidedAt))
            .confidence(confidence)
            .note(note)
            .addSources(sources)
            .build());
  }
}
