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
 * Writes {@code docs/performance.md} from a JMH result file (JSON): the run's settings, the targets of the
 * benchmarks issue with the ratios measured, and every figure.
 *
 * <p>Usage: {@code PerformanceReport <jmh-result.json> <performance.md> key=value...}, with the keys
 * {@code command}, {@code date}, {@code machine}, {@code os}, {@code loadBefore}, {@code loadAfter},
 * {@code duration}, {@code results} (the path of the raw file as shown in the report) and optionally
 * {@code notes} (a Markdown file whose text is appended).
 */
public final class PerformanceReport {

  private static final String[] LIBRARIES = {"sco-io", "jackson", "gson", "dsl-json"};
  private static final String[] DATASETS = {"reference", "10000", "100000"};

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, String> meta;
  private final JsonNode first;
  private final StringBuilder out = new StringBuilder();

  private PerformanceReport(JsonNode results, Map<String, String> meta) {
    this.meta = meta;
    this.first = results.get(0);
    for (JsonNode r : results) {
      rows.add(new Row(r));
    }
  }

  /** Entry point; see the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: PerformanceReport <jmh-result.json> <performance.md> key=value...");
    }
    JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
    Map<String, String> meta = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      meta.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    String text = new PerformanceReport(results, meta).render();
    Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
  }

  /** One benchmark result. */
  private static final class Row {
    final String benchmark;
    final Map<String, String> params = new LinkedHashMap<>();
    final double score;
    final double error;
    final String unit;
    final double alloc;

    Row(JsonNode r) {
      String b = r.get("benchmark").asString();
      this.benchmark = b.substring(b.lastIndexOf('.', b.lastIndexOf('.') - 1) + 1);
      JsonNode p = r.get("params");
      if (p != null) {
        p.properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
      }
      JsonNode m = r.get("primaryMetric");
      this.score = m.get("score").asDouble();
      this.error = m.get("scoreError").isNumber() ? m.get("scoreError").asDouble() : Double.NaN;
      this.unit = m.get("scoreUnit").asString();
      JsonNode gc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
      this.alloc = gc.isMissingNode() ? Double.NaN : gc.get("score").asDouble();
    }
  }

  private Row find(String benchmark, String... keyValues) {
    outer:
    for (Row r : rows) {
      if (!r.benchmark.equals(benchmark)) {
        continue;
      }
      for (int i = 0; i < keyValues.length; i += 2) {
        if (!keyValues[i + 1].equals(r.params.get(keyValues[i]))) {
          continue outer;
        }
      }
      return r;
    }
    return null;
  }

  private String render() {
    line("# Performance");
    line("");
    line("Measured with JMH in `sco-benchmarks`, as ratios against what a user would pick instead. This file is");
    line("written by `sco-benchmarks/run.sh` from the raw JMH results (`" + meta.getOrDefault("results", "?")
        + "`); do not edit the figures by hand.");
    line("");
    line("## The run");
    line("");
    line("| | |");
    line("|---|---|");
    line("| date | " + meta.getOrDefault("date", "?") + " |");
    line("| machine | " + meta.getOrDefault("machine", "?") + " |");
    line("| OS | " + meta.getOrDefault("os", "?") + " |");
    line("| JDK | " + first.path("vmName").asString() + " " + first.path("vmVersion").asString() + " (Java "
        + first.path("jdkVersion").asString() + ") |");
    line("| JVM options | `" + String.join(" ", strings(first.path("jvmArgs"))) + "` |");
    line("| JMH | " + first.path("jmhVersion").asString() + ", " + first.path("forks").asInt() + " forks, "
        + first.path("warmupIterations").asInt() + " warm-up iterations of " + first.path("warmupTime").asString()
        + ", " + first.path("measurementIterations").asInt() + " measured iterations of "
        + first.path("measurementTime").asString() + ", mode " + first.path("mode").asString()
        + ", `-prof gc` |");
    line("| load average before / after | " + meta.getOrDefault("loadBefore", "?") + " / "
        + meta.getOrDefault("loadAfter", "?") + " |");
    line("| duration | " + meta.getOrDefault("duration", "?") + " |");
    line("");
    line("Command:");
    line("");
    line("```sh");
    line(meta.getOrDefault("command", "?"));
    line("```");
    line("");
    line("Scores are means with their 99.9% confidence interval (JMH's `±`), over every measured iteration of every");
    line("fork. Allocation is JMH's `gc.alloc.rate.norm` (bytes allocated per operation).");
    line("");
    targets();
    json();
    floor();
    validator();
    lookups();
    line("## Raw results");
    line("");
    line("Every score of the run is in `" + meta.getOrDefault("results", "?") + "` (JMH JSON format).");
    line("");
    String notes = meta.get("notes");
    if (notes != null) {
      try {
        out.append(Files.readString(Path.of(notes)));
      } catch (IOException e) {
        line("(notes file " + notes + " could not be read: " + e + ")");
      }
    }
    return out.toString();
  }

  private static final String[] SIZES = {"1000", "10000", "100000", "1000000"};

  private void targets() {
    String[] sizes = SIZES;
    line("## Targets");
    line("");
    line("| target | measured | holds |");
    line("|---|---|---|");
    for (String d : DATASETS) {
      Row s = find("JsonBenchmark.read", "dataset", d, "library", "sco-io");
      Row j = find("JsonBenchmark.read", "dataset", d, "library", "jackson");
      if (s != null && j != null) {
        double ratio = j.score / s.score;
        target("reading " + name(d) + " ≥ 1.5× Jackson databind on records", fmt(ratio) + "×", ratio >= 1.5);
      }
    }
    for (String d : DATASETS) {
      Row s = find("JsonBenchmark.write", "dataset", d, "library", "sco-io");
      Row j = find("JsonBenchmark.write", "dataset", d, "library", "jackson");
      if (s != null && j != null) {
        double ratio = j.score / s.score;
        target("writing " + name(d) + " ≥ 1.5× Jackson databind on records", fmt(ratio) + "×", ratio >= 1.5);
      }
    }
    for (String d : DATASETS) {
      Row s = find("JsonBenchmark.read", "dataset", d, "library", "sco-io");
      Row j = find("JsonBenchmark.read", "dataset", d, "library", "jackson");
      if (s != null && j != null && !Double.isNaN(s.alloc)) {
        double ratio = s.alloc / j.alloc;
        target("allocation per read of " + name(d) + " ≤ 1.0× the records baseline", fmt(ratio) + "×", ratio <= 1.0);
      }
    }
    for (int i = 1; i < sizes.length; i++) {
      Row a = find("ValidatorBenchmark.validate", "records", sizes[i - 1]);
      Row b = find("ValidatorBenchmark.validate", "records", sizes[i]);
      if (a != null && b != null) {
        double ratio = b.score / a.score;
        target("validation linear: " + sizes[i] + " records ≤ 11× the time of " + sizes[i - 1], fmt(ratio) + "×",
            ratio <= 11);
      }
    }
    Row million = find("ValidatorBenchmark.validate", "records", "1000000");
    if (million != null) {
      double ms = toMillis(million.score, million.unit);
      target("10^6 records validated in under a second", fmt(ms) + " ms", ms < 1000);
    }
    for (String op : new String[] {"statusOn", "presidencyOn"}) {
      List<String> steps = new ArrayList<>();
      double worst = 0;
      Row previous = null;
      for (String n : sizes) {
        Row r = find("LookupBenchmark." + op, "changes", n);
        if (r != null && previous != null) {
          double ratio = r.score / previous.score;
          worst = Math.max(worst, ratio);
          steps.add(fmt(ratio) + "×");
        }
        previous = r == null ? previous : r;
      }
      if (!steps.isEmpty()) {
        target("`" + op + "` O(log n): each tenfold history costs < 3× the time (a scan: 10×)",
            "steps " + String.join(", ", steps), worst < 3);
      }
    }
    line("");
  }

  private void target(String what, String measured, boolean holds) {
    line("| " + what + " | " + measured + " | " + (holds ? "yes" : "**no**") + " |");
  }

  private void floor() {
    line("## What reading costs beyond parsing");
    line("");
    line("`ParseFloorBenchmark` runs Jackson's streaming parser over the same bytes, making a string of every string");
    line("value and nothing else: the floor under both sco-io and databind. The rest is building the values.");
    line("");
    line("| dataset | parse floor | sco-io read | sco-io building | Jackson read | databind building | building ÷ |");
    line("|---|---:|---:|---:|---:|---:|---:|");
    for (String d : DATASETS) {
      Row f = find("ParseFloorBenchmark.tokensAndStrings", "dataset", d);
      Row s = find("JsonBenchmark.read", "dataset", d, "library", "sco-io");
      Row j = find("JsonBenchmark.read", "dataset", d, "library", "jackson");
      if (f == null || s == null || j == null) {
        continue;
      }
      line("| " + name(d) + " | " + fmt(f.score) + " " + f.unit + " | " + fmt(s.score) + " | " + fmt(s.score - f.score)
          + " | " + fmt(j.score) + " | " + fmt(j.score - f.score) + " | "
          + fmt((j.score - f.score) / (s.score - f.score)) + "× |");
    }
    line("");
  }

  private void json() {
    for (String op : new String[] {"read", "write"}) {
      line("## JSON " + (op.equals("read") ? "reading" : "writing"));
      line("");
      line(op.equals("read")
          ? "Parsing the compact document and building what the user gets: for sco-io the checked immutable values, for"
              + " the others the unchecked records."
          : "Writing the values back as a compact document (UTF-8 bytes).");
      line("");
      line("| dataset | library | time per op | ± | allocated per op | time ÷ sco-io | allocated ÷ sco-io |");
      line("|---|---|---:|---:|---:|---:|---:|");
      for (String d : DATASETS) {
        Row base = find("JsonBenchmark." + op, "dataset", d, "library", "sco-io");
        for (String lib : LIBRARIES) {
          Row r = find("JsonBenchmark." + op, "dataset", d, "library", lib);
          if (r == null) {
            continue;
          }
          line("| " + name(d) + " | " + lib + " | " + fmt(r.score) + " " + r.unit + " | " + fmt(r.error) + " | "
              + bytes(r.alloc) + " | " + (base == null ? "" : fmt(r.score / base.score) + "×") + " | "
              + (base == null ? "" : fmt(r.alloc / base.alloc) + "×") + " |");
        }
      }
      line("");
    }
  }

  private void validator() {
    line("## Validator");
    line("");
    line("`Validator.standard()` on valid synthetic datasets (no violation: the normal path). `validate` starts from a");
    line("dataset fresh from its builder (its lazy indexes are built inside the measured time), as a user validates");
    line("what was just read; `validateWarm` runs the rules alone.");
    line("");
    line("| records | validate | ± | per record | step (×10 records) | validateWarm | ± | allocated per validate |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|");
    Row previous = null;
    for (String n : new String[] {"1000", "10000", "100000", "1000000"}) {
      Row r = find("ValidatorBenchmark.validate", "records", n);
      Row w = find("ValidatorBenchmark.validateWarm", "records", n);
      if (r == null) {
        continue;
      }
      double nsPerRecord = toMillis(r.score, r.unit) * 1e6 / Integer.parseInt(n);
      line("| " + n + " | " + fmt(r.score) + " " + r.unit + " | " + fmt(r.error) + " | " + fmt(nsPerRecord) + " ns | "
          + (previous == null ? "" : fmt(r.score / previous.score) + "×") + " | "
          + (w == null ? "" : fmt(w.score) + " " + w.unit) + " | " + (w == null ? "" : fmt(w.error)) + " | "
          + bytes(r.alloc) + " |");
      previous = r;
    }
    line("");
  }

  private void lookups() {
    line("## Look-ups");
    line("");
    line("`statusOn(state, day)` and `presidencyOn(day)` on histories of n status changes (over 46 states) and n");
    line("presidency terms, at 1,024 seeded random days.");
    line("");
    line("| history length | statusOn | ± | presidencyOn | ± |");
    line("|---:|---:|---:|---:|---:|");
    for (String n : new String[] {"1000", "10000", "100000", "1000000"}) {
      Row s = find("LookupBenchmark.statusOn", "changes", n);
      Row p = find("LookupBenchmark.presidencyOn", "changes", n);
      if (s == null || p == null) {
        continue;
      }
      line("| " + n + " | " + fmt(s.score) + " " + s.unit + " | " + fmt(s.error) + " | " + fmt(p.score) + " " + p.unit
          + " | " + fmt(p.error) + " |");
    }
    line("");
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asString()));
    return list;
  }

  private static double toMillis(double score, String unit) {
    switch (unit) {
      case "ns/op":
        return score / 1e6;
      case "us/op":
        return score / 1e3;
      case "s/op":
        return score * 1e3;
      default:
        return score;
    }
  }

  private static String name(String dataset) {
    return dataset.equals("reference") ? "the reference dataset" : dataset + " meetings";
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    double a = Math.abs(v);
    String f = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, f, v);
  }

  private static String bytes(double b) {
    if (Double.isNaN(b)) {
      return "–";
    }
    if (b >= 1e6) {
      return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
    }
    if (b >= 1e3) {
      return String.format(Locale.ROOT, "%.1f kB", b / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f B", b);
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
