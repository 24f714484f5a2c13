package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static io.github.scosdk.data.Dates.day;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Venue;

/**
 * Chapter 3d: events from 2025-06 to the last sourced day (facts 2026-12 {@code freshness.tsv} F09, F11, F12)
 * that are not meetings of the Council of Heads of State or Government: the first CNC meeting of 2026 and the
 * member states' statements on Iran. Nothing later than about 2026-03-10 is sourced (the coverage limit).
 */
final class RecentEvents {

  private RecentEvents() {}

  static void addTo(ScoDataset.Builder d) {
    d.addMeeting(
        Meeting.builder()
            .id("cnc-2026-beijing")
            .body(Body.COUNCIL_OF_NATIONAL_COORDINATORS)
            .title("First meeting of the Council of National Coordinators in 2026")
            .startDate(day(2026, 1, 27))
            .venue(Venue.of("Beijing", cc("CN")))
            .chair(cc("KG"))
            .addSources("KHOVAR-CNC26")
            .note(
                "Began on 2026-01-27 at the SCO Secretariat, chaired by Kyrgyzstan, which holds the presidency; it"
                    + " prepared the high-level events of 2026 [KHOVAR-CNC26]. Only the first day is reported; the"
                    + " end date is not.")
            .build());
    d.addDocument(
        Document.builder()
            .id("doc-statement-iran-2026")
            .kind(DocumentKind.STATEMENT)
            .putTitle(Language.EN, "Statement of the SCO member states on the situation around Iran")
            .adopted(day(2026, 3, 2))
            .addSources("PEOPLE-IRAN26", "QAZ-IRAN26", "ASTTIMES-IRAN26")
            .note(
                "Serious concern over the armed attack on Iran and a call for restraint; reported on 2026-03-03"
                    + " [PEOPLE-IRAN26] [QAZ-IRAN26] [ASTTIMES-IRAN26]. Adopted at no meeting. The title describes"
                    + " the statement; the exact wording of the title is not in the sources read.")
            .build());
    d.addDocument(
        Document.builder()
            .id("doc-statement-israeli-strikes-iran-2025")
            .kind(DocumentKind.STATEMENT)
            .putTitle(Language.EN, "SCO statement on the Israeli strikes on Iran")
            .adopted(day(2025, 6, 14))
            .confidence(Confidence.MEDIUM)
            .addSources("MENAFN-25")
            .note(
                "Issued on the Saturday after the strikes of 12-13 June 2025, so the day is inferred; India did not"
                    + " join it [MENAFN-25]. The source is undated.")
            .build());
  }
}
