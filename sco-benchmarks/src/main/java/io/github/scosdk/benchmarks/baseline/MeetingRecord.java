package io.github.scosdk.benchmarks.baseline;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/** A meeting as a plain record. */
@CompiledJson
public record MeetingRecord(
    String id,
    String body,
    String kind,
    Integer ordinal,
    String title,
    String startDate,
    String endDate,
    VenueRecord venue,
    String format,
    String host,
    String chair,
    List<ParticipantRecord> participants,
    List<String> outcomes,
    Boolean planned,
    String confidence,
    String note,
    List<String> sources) {}
