package io.github.scosdk.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report's ratios are computed fork by fork and summarised by their median and range. */
class RatiosTest {

  @Test
  void aSpreadIsTheMedianWithTheSmallestAndLargestValue() {
    PerformanceReport.Spread odd = PerformanceReport.Spread.of(List.of(3.0, 1.0, 2.0));
    assertThat(odd.median()).isEqualTo(2.0);
    assertThat(odd.min()).isEqualTo(1.0);
    assertThat(odd.max()).isEqualTo(3.0);
    assertThat(PerformanceReport.Spread.of(List.of(4.0, 1.0, 2.0, 3.0)).median()).isEqualTo(2.5);
    assertThat(PerformanceReport.Spread.of(List.of(Double.NaN, 5.0)).n()).isEqualTo(1);
    assertThat(odd.text("×", "forks")).isEqualTo("2.00× (1.00–3.00×, 3 forks)");
  }

  @Test
  void theBuildComparisonPairsForksAndFlagsARegression() {
    // new build: forks of 10 and 12 us; old build: 20 and 12 us -> ratios 2.0 and 1.0, median 1.5 on read;
    // on write the new build is slower in both forks -> median 0.5, a regression
    JsonNode results = JsonMapper.builder().build().readTree("["
        + result("read", "new", "[[10,10],[12,12]]") + ","
        + result("read", "old", "[[20,20],[12,12]]") + ","
        + result("write", "new", "[[20],[20]]") + ","
        + result("write", "old", "[[10],[10]]") + "]");
    List<String> out = new ArrayList<>();
    assertThat(BuildComparison.compare(results, "new", "old", 0.95, out)).isTrue();
    assertThat(out).hasSize(4);
    assertThat(out.get(2)).startsWith("| read | reference |").contains("1.50× (1.00–2.00×, 2 forks)").endsWith("| ok |");
    assertThat(out.get(3)).startsWith("| write | reference |").contains("0.50×").endsWith("| **regression** |");
    List<String> lenient = new ArrayList<>();
    assertThat(BuildComparison.compare(results, "new", "old", 0.4, lenient)).isFalse();
  }

  private static String result(String op, String build, String rawData) {
    return "{\"benchmark\":\"io.github.scosdk.benchmarks.json.JsonBenchmark." + op + "\","
        + "\"params\":{\"dataset\":\"reference\",\"library\":\"sco-io\",\"build\":\"" + build + "\"},"
        + "\"primaryMetric\":{\"score\":1,\"scoreError\":0,\"scoreUnit\":\"us/op\",\"rawData\":" + rawData + "}}";
  }
}
