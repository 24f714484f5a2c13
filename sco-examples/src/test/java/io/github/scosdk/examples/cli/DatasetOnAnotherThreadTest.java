package io.github.scosdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.scosdk.examples.TestData;
import io.github.scosdk.model.ScoDataset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Sco#run} starts reading the embedded dataset on a second thread ({@link Sco#onAnotherThread}) before it
 * works out the command: for the plain forms of {@code chair}, {@code members} and {@code timeline} that is
 * {@link DirectRun} reading the options by hand (picocli is not built), for every other run picocli building the
 * command. The answers, and the failures, are the same as when it is read when asked for; this test runs the
 * arguments through picocli's command line both ways.
 */
class DatasetOnAnotherThreadTest {

  static List<List<String>> runs() {
    return OneSubcommandTest.runs();
  }

  @ParameterizedTest
  @MethodSource("runs")
  void answersAsWhenReadOnAsking(List<String> args) {
    String[] a = args.toArray(String[]::new);
    Cli.Result asked = Cli.run(Sco.commandLine(TestData.clock(), TestData::dataset, Sco.subcommandsFor(a)), a);
    Cli.Result early = Cli.run(
        Sco.commandLine(TestData.clock(), Sco.onAnotherThread(TestData::dataset), Sco.subcommandsFor(a)), a);
    assertThat(early).isEqualTo(asked);
  }

  @Test
  void theValueIsTheSuppliersAndTheSupplierRunsOnce() {
    AtomicInteger calls = new AtomicInteger();
    ScoDataset d = TestData.dataset();
    Supplier<ScoDataset> s = Sco.onAnotherThread(() -> {
      calls.incrementAndGet();
      return d;
    });
    assertThat(s.get()).isSameAs(d);
    assertThat(s.get()).isSameAs(d);
    assertThat(calls).hasValue(1);
  }

  @Test
  void aFailureIsThrownAgainAsItself() {
    IllegalStateException broken = new IllegalStateException("the embedded reference dataset cannot be loaded");
    Supplier<Object> s = Sco.onAnotherThread(() -> {
      throw broken;
    });
    assertThatThrownBy(s::get).isSameAs(broken);
    StackOverflowError error = new StackOverflowError();
    Supplier<Object> e = Sco.onAnotherThread(() -> {
      throw error;
    });
    assertThatThrownBy(e::get).isSameAs(error);
  }

  @Test
  void onlyRunsThatReadTheEmbeddedDatasetStartIt() {
    assertThat(Sco.readsTheReferenceDataset(new String[] {"chair", "--on", "2019-06-14"})).isTrue();
    assertThat(Sco.readsTheReferenceDataset(new String[] {"members", "--overlay", "o.json"})).isTrue();
    assertThat(Sco.readsTheReferenceDataset(new String[] {"timeline"})).isTrue();
    assertThat(Sco.readsTheReferenceDataset(new String[0])).isFalse();
    assertThat(Sco.readsTheReferenceDataset(new String[] {"help", "chair"})).isFalse();
    assertThat(Sco.readsTheReferenceDataset(new String[] {"chiar"})).isFalse();
    assertThat(Sco.readsTheReferenceDataset(new String[] {"--version"})).isFalse();
    assertThat(Sco.readsTheReferenceDataset(new String[] {"chair", "--help"})).isFalse();
    assertThat(Sco.readsTheReferenceDataset(new String[] {"chair", "--data", "d.json"})).isFalse();
    assertThat(Sco.readsTheReferenceDataset(new String[] {"chair", "--data=d.json"})).isFalse();
  }
}
