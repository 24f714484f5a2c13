package io.github.scosdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.data.ScoReference;
import org.junit.jupiter.api.Test;

class PresidencyTimelineTest {

  @Test
  void printsEveryTermWithItsClosingSummitThenThePrediction() {
    String printed = Printed.by(out -> PresidencyTimeline.print(TestData.dataset(), out));
    assertThat(printed.lines().limit(10)).hasSize(10);
    assertThat(printed).contains(
        "Russia       [2019-06-14, 2020-11-10)     closed by video 2020-11-10",
        "Kyrgyzstan   [2025-09-01, ongoing)        closed by Bishkek 2026 (planned)",
        "Пакистан (PK)");
  }

  @Test
  void theReferenceTimelineStartsIn2001() {
    String printed = Printed.by(out -> PresidencyTimeline.print(ScoReference.dataset(), out));
    assertThat(printed.lines().findFirst().orElseThrow()).contains("[2001-06-15");
  }

  @Test
  void mainRuns() {
    assertThat(Printed.byMain(() -> PresidencyTimeline.main(new String[0]))).contains("Kyrgyzstan");
  }
}
