package io.github.scosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.testkit.DatasetGenerator;
import io.github.scosdk.testkit.DatasetShrinker;
import io.github.scosdk.testkit.ModelGenerators;
import io.github.scosdk.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * The JSON round trip as a property over the sco-testkit generators: rule-valid histories and arbitrary
 * well-formed datasets read back equal, and writing is byte-for-byte stable. Failures report the seed and a
 * shrunk counterexample. The normal build runs a smoke run of 20 and 30 tries, the deep run ({@code -Pdeep}, CI) 60 and
 * 100; {@code -Dsco.testkit.tries=N} runs N.
 */
class TestkitRoundTripTest {

  private static final ScoJson PRETTY = ScoJson.standard();
  private static final ScoJson COMPACT = ScoJson.standard().compact();

  private static void roundTrips(ScoDataset dataset) {
    String pretty = PRETTY.toJson(dataset);
    ScoDataset back = PRETTY.readDataset(pretty);
    assertThat(back).isEqualTo(dataset);
    assertThat(PRETTY.toJson(back)).isEqualTo(pretty);
    assertThat(COMPACT.readDataset(COMPACT.toJson(dataset))).isEqualTo(dataset);
  }

  @Test
  void validGeneratedHistoriesRoundTrip() {
    Properties.forAll(DatasetGenerator.ofSize(40))
        .tries(Properties.tries(20, 60))
        .shrinkWith(DatasetShrinker.instance())
        .check(TestkitRoundTripTest::roundTrips);
  }

  @Test
  void arbitraryWellFormedDatasetsRoundTrip() {
    Properties.forAll(ModelGenerators.datasets(30))
        .tries(Properties.tries(30, 100))
        .shrinkWith(DatasetShrinker.instance())
        .check(TestkitRoundTripTest::roundTrips);
  }
}
