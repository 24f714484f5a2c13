package io.github.scosdk.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "no regression" gate between two builds of sco-io ({@code run.sh compare NEW OLD}): from a JMH result of
 * {@code JsonBenchmark -p library=sco-io -p build=NEW,OLD}, the time of the new build against the old one for
 * each operation and dataset, computed fork by fork (old ÷ new: above 1 is faster), with its spread, and the bytes
 * allocated per operation. A row regresses when the median ratio is below the limit (default 0.95).
 *
 * <p>Usage: {@code BuildComparison <jmh-result.json> <new build> <old build> [limit]}; prints a Markdown table and
 * exits with status 1 if any row regresses.
 */
public final class BuildComparison {

  private BuildComparison() {}

  /**
   * Entry point; see the class comment.
   *
   * @param args the result file, the new and the old build's parameter values, optionally the limit
   * @throws IOException if the result file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: BuildComparison <jmh-result.json> <new build> <old build> [limit]");
    }
    double limit = args.length > 3 ? Double.parseDouble(args[3]) : 0.95;
    JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0]),
        StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    boolean regressed = compare(results, args[1], args[2], limit, lines);
    lines.forEach(System.out::println);
    if (regressed) {
      System.exit(1);
    }
  }

  /** Writes the table into {@code out}; {@return whether any row's median ratio is below the limit} */
  static boolean compare(JsonNode results, String newer, String older, double limit, List<String> out) {
    Map<String, JsonNode[]> pairs = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String b = r.get("benchmark").asString();
      String op = b.substring(b.lastIndexOf('.') + 1);
      JsonNode p = r.path("params");
      String key = op + " " + p.path("dataset").asString();
      JsonNode[] pair = pairs.computeIfAbsent(key, k -> new JsonNode[2]);
      String build = p.path("build").asString();
      if (build.equals(newer)) {
        pair[0] = r;
      } else if (build.equals(older)) {
        pair[1] = r;
      }
    }
    out.add("| operation | dataset | new | old | old ÷ new per fork: median (min–max) | B/op new / old | |");
    out.add("|---|---|---:|---:|---:|---:|---|");
    boolean regressed = false;
    for (Map.Entry<String, JsonNode[]> e : pairs.entrySet()) {
      JsonNode n = e.getValue()[0];
      JsonNode o = e.getValue()[1];
      if (n == null || o == null) {
        continue;
      }
      List<Double> nf = forks(n);
      List<Double> of = forks(o);
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < Math.min(nf.size(), of.size()); i++) {
        ratios.add(of.get(i) / nf.get(i));
      }
      PerformanceReport.Spread s = PerformanceReport.Spread.of(ratios);
      boolean bad = s.median() < limit;
      regressed |= bad;
      String[] k = e.getKey().split(" ");
      out.add("| " + k[0] + " | " + k[1] + " | " + score(n) + " | " + score(o) + " | " + s.text("×", "forks") + " | "
          + alloc(n) + " / " + alloc(o) + " | " + (bad ? "**regression**" : "ok") + " |");
    }
    return regressed;
  }

  private static List<Double> forks(JsonNode r) {
    List<Double> means = new ArrayList<>();
    for (JsonNode fork : r.path("primaryMetric").path("rawData")) {
      double sum = 0;
      for (JsonNode it : fork) {
        sum += it.asDouble();
      }
      means.add(sum / Math.max(1, fork.size()));
    }
    return means;
  }

  private static String score(JsonNode r) {
    JsonNode m = r.path("primaryMetric");
    return String.format(Locale.ROOT, "%,.1f %s", m.path("score").asDouble(), m.path("scoreUnit").asString());
  }

  private static String alloc(JsonNode r) {
    JsonNode gc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
    return gc.isMissingNode() ? "–" : String.format(Locale.ROOT, "%,.0f", gc.path("score").asDouble());
  }
}
