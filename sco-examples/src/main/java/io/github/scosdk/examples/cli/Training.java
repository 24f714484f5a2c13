package io.github.scosdk.examples.cli;

import java.util.List;

/**
 * The training run of the {@code bin/sco} launcher: answers typical questions over the embedded dataset
 * ({@code chair}, {@code members}, {@code timeline}, in text and JSON, which {@link DirectRun} answers, and
 * {@code next-chair} and {@code status}, which picocli parses) as {@link Sco#main} does, on standard
 * output (the launcher discards it), so that the JVM can record the classes a run loads
 * ({@code -XX:DumpLoadedClassList}) for the class-data sharing archive the launcher makes. It has no other effect.
 */
public final class Training {

  private static final List<List<String>> RUNS = List.of(
      List.of("chair", "--on", "2019-06-14"),
      List.of("members", "--on", "2019-06-14"),
      List.of("timeline"),
      List.of("chair", "--on", "2019-06-14", "--format", "json"),
      // answered by picocli (DirectRun answers the four above without it): its classes go into the archive too
      List.of("next-chair", "--on", "2019-06-14"),
      List.of("status", "KZ"));

  private Training() {}

  /**
   * Runs the training answers.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    for (List<String> run : RUNS) {
      Sco.run(run.toArray(String[]::new));
    }
  }
}
