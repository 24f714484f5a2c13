package io.github.scosdk.data;

import io.github.scosdk.model.ScoDataset;

/**
 * The reference dataset written as Java, chapter by chapter, from the facts in {@code shared/facts/} only. The
 * committed JSON resource {@code sco-reference.json} is generated from it.
 */
final class ReferenceDatasetSource {

  private ReferenceDatasetSource() {}

  /** Builds the whole reference dataset. */
  static ScoDataset build() {
    ScoDataset.Builder d =
        ScoDataset.builder()
            .title(ScoReference.version().coverage())
            .asOfDate(ScoReference.version().asOf());
    States.addTo(d);
    Sources.addTo(d);
    Statuses.addTo(d);
    Meetings.addTo(d);
    HeadsOfGovernment.addTo(d);
    ForeignMinisters.addTo(d);
    RecentEvents.addTo(d);
    Presidencies.addTo(d);
    ChgChairmanships.addTo(d);
    Documents.addTo(d);
    SummitOutcomes.addTo(d);
    Initiatives.addTo(d);
    Officials.addTo(d);
    RotationExceptions.addTo(d);
    ChgChairmanships.addRotationExceptionTo(d);
    Officials.addRotationExceptionTo(d);
    Applications.addTo(d);
    return d.build();
  }
}
