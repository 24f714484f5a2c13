package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/** A whole {@code sco-dataset/1} document as a plain record (the baseline; nothing is checked). */
@CompiledJson
public record DatasetRecord(
    String format,
    String title,
    String asOfDate,
    List<StateRecord> states,
    List<SourceRecord> sources,
    List<StatusChangeRecord> statusChanges,
    List<AccessionStepRecord> accessionSteps,
    List<MeetingRecord> meetings,
    List<PresidencyRecord> presidencies,
    List<DocumentRecord> documents,
    List<InitiativeRecord> initiatives,
    List<OfficialRecord> officials,
    List<RotationExceptionRecord> rotationExceptions,
    List<ApplicationRecord> applications) {}
