package io.github.scosdk.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.benchmarks.data.BenchmarkData;
import io.github.scosdk.json.ScoJson;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.Presidency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The single-record benchmark reads what it claims: the same record by both libraries, of the stated size. */
class RecordJsonBenchmarkTest {

  private static final ScoJson COMPACT = ScoJson.builder().pretty(false).build();

  @Test
  void theMeetingIsAboutOnePointEightKilobytes() {
    Object meeting = RecordJsonBenchmark.record(BenchmarkData.reference(), "meeting", COMPACT);
    assertThat(meeting).isInstanceOf(Meeting.class);
    assertThat(COMPACT.toJsonBytes(meeting).length).isBetween(1500, 2100);
  }

  @ParameterizedTest
  @CsvSource({"meeting, sco-io", "meeting, jackson", "presidency, sco-io", "presidency, jackson"})
  void whatEachLibraryWritesReadsBackThroughScoIoAsTheRecord(String record, String library) {
    RecordJsonBenchmark b = new RecordJsonBenchmark();
    b.record = record;
    b.library = library;
    b.setUp();
    Object expected = RecordJsonBenchmark.record(BenchmarkData.reference(), record, COMPACT);
    Class<?> type = record.equals("meeting") ? Meeting.class : Presidency.class;
    assertThat(b.read()).isNotNull();
    assertThat(COMPACT.read(b.write(), type)).isEqualTo(expected);
  }
}
