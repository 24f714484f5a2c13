package io.github.scosdk.benchmarks.cold;

import io.github.scosdk.data.ScoReference;
import io.github.scosdk.model.StateCode;
import java.util.List;
import java.util.Locale;

/**
 * The library's cold start as a plain program, the way a user's program meets it: {@code main} times
 * {@code ScoReference.dataset()} to the first {@code membersOn} answer with {@link System#nanoTime()} and prints the
 * milliseconds and the answer's size ({@code run.sh cold-lib} runs it in fresh JVMs and also takes the wall time
 * of the whole JVM).
 */
public final class ColdLibrary {

  private ColdLibrary() {}

  /**
   * Measures one cold start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    List<StateCode> members = ScoReference.dataset().membersOn(ColdLibraryBenchmark.DAY);
    long end = System.nanoTime();
    System.out.println(String.format(Locale.ROOT, "%.1f ms (%d members)", (end - start) / 1e6, members.size()));
  }
}
