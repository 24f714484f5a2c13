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
 * {@code notes} (a Markdown file whose text is appended), {@code coldResults} (a second JMH result file: the
 * library's cold start, run with its own settings), {@code coldCli} and {@code coldLib} (the tab-separated runs
 * {@code run.sh} writes for the cold command line and the plain cold-start program), {@code mode} (which subset
 * ran) and {@code busy} ({@code yes} when the machine's load was above the limit before the run).
 */
public final class PerformanceReport {

  private static final String[] LIBRARIES = {"sco-io", "jackson", "gson", "dsl-json"};
  private static final String[] DATASETS = {"reference", "10000", "100000"};
  /** The two ways the cold command line is run, as {@code run.sh cold-cli} writes them. */
  private static final String LAUNCHER = "bin/sco";
  private static final String JAR = "java-jar";

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, String> meta;
  private final JsonNode first;
  private final StringBuilder out = new StringBuilder();

  private final List<String[]> coldCli;
  private final List<String[]> coldLib;
  private List<String[]> levers = List.of();
  private String leversHeader = "";

  private PerformanceReport(JsonNode results, Map<String, String> meta, List<String[]> coldCli,
      List<String[]> coldLib) {
    this.meta = meta;
    this.first = results.get(0);
    for (JsonNode r : results) {
      rows.add(new Row(r));
    }
    this.coldCli = coldCli;
    this.coldLib = coldLib;
  }

  /** The rows of a tab-separated file, or none when the key is not given or the file does not exist. */
  private static List<String[]> tsv(Map<String, String> meta, String key) throws IOException {
    List<String[]> rows = new ArrayList<>();
    String file = meta.get(key);
    if (file != null && Files.exists(Path.of(file))) {
      for (String l : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        if (!l.isBlank() && !l.startsWith("#")) {
          rows.add(l.split("\t"));
        }
      }
    }
    return rows;
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
    String cold = meta.get("coldResults");
    if (cold != null && Files.exists(Path.of(cold))) {
      JsonNode more = JsonMapper.builder().build().readTree(Files.readString(Path.of(cold)));
      tools.jackson.databind.node.ArrayNode all = JsonMapper.builder().build().createArrayNode();
      results.forEach(all::add);
      more.forEach(all::add);
      results = all;
    }
    PerformanceReport report = new PerformanceReport(results, meta, tsv(meta, "coldCli"), tsv(meta, "coldLib"));
    report.levers = tsv(meta, "levers");
    String leversFile = meta.get("levers");
    if (leversFile != null && Files.exists(Path.of(leversFile))) {
      String first = Files.readAllLines(Path.of(leversFile), StandardCharsets.UTF_8).get(0);
      report.leversHeader = first.startsWith("# ") ? first.substring(2) : "";
    }
    String text = report.render();
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
    /** The mean score of each fork (JMH's raw data: one list of iteration scores per fork). */
    final List<Double> forks = new ArrayList<>();

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
      for (JsonNode fork : m.path("rawData")) {
        double sum = 0;
        for (JsonNode iteration : fork) {
          sum += iteration.asDouble();
        }
        forks.add(fork.size() == 0 ? Double.NaN : sum / fork.size());
      }
    }
  }

  /** A median with the smallest and largest value it is the median of. */
  record Spread(double median, double min, double max, int n) {

    static Spread of(List<Double> values) {
      List<Double> v = new ArrayList<>(values);
      v.removeIf(d -> Double.isNaN(d));
      if (v.isEmpty()) {
        return new Spread(Double.NaN, Double.NaN, Double.NaN, 0);
      }
      v.sort(null);
      int n = v.size();
      double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
      return new Spread(median, v.get(0), v.get(n - 1), n);
    }

    /** {@code 1.23× (1.10–1.31, 3 forks)}, with the unit given. */
    String text(String unit, String what) {
      return fmt(median) + unit + " (" + fmt(min) + "–" + fmt(max) + unit + ", " + n + " " + what + ")";
    }
  }

  /**
   * The ratio {@code numerator ÷ denominator} computed fork by fork (fork i of one benchmark against fork i of the
   * other), as a median with its spread: a fork that ran while the machine was disturbed shows as an outlier
   * instead of widening one mean.
   */
  static Spread perFork(Row numerator, Row denominator) {
    List<Double> ratios = new ArrayList<>();
    int n = Math.min(numerator.forks.size(), denominator.forks.size());
    for (int i = 0; i < n; i++) {
      ratios.add(numerator.forks.get(i) / denominator.forks.get(i));
    }
    if (n == 0) {
      ratios.add(numerator.score / denominator.score);
    }
    return Spread.of(ratios);
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
    line("| benchmarks run | " + meta.getOrDefault("mode", "all") + " |");
    line("");
    if ("yes".equals(meta.get("busy"))) {
      line("**Measured on a busy machine**: the 1-minute load average was " + meta.getOrDefault("loadBefore", "?")
          + " before the run, above the limit of 1 (`ALLOW_BUSY=1`). Absolute times are inflated and the ratios");
      line("less trustworthy than on a quiet machine; the spreads show by how much.");
      line("");
    }
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
    cold();
    levers();
    records();
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
    line("Each ratio is computed fork by fork (fork i of one benchmark against fork i of the other; for the cold");
    line("command line, run i of one command against the run i interleaved with it) and shown as the median with");
    line("the smallest and largest value. A target holds when the median meets it; \"every fork\" says whether");
    line("the worst fork or run meets it too.");
    line("");
    line("| target | measured: median (min–max) | holds | every fork |");
    line("|---|---|---|---|");
    coldTargets();
    for (String rec : new String[] {"meeting", "presidency"}) {
      for (String op : new String[] {"read", "write"}) {
        Row s = find("RecordJsonBenchmark." + op, "record", rec, "library", "sco-io");
        Row j = find("RecordJsonBenchmark." + op, "record", rec, "library", "jackson");
        if (s != null && j != null) {
          Spread r = perFork(j, s);
          target((op.equals("read") ? "reading" : "writing") + " one " + rec + " ≥ 1.5× Jackson databind on records",
              r.text("×", "forks"), r.median >= 1.5, r.min >= 1.5);
        }
      }
    }
    for (String op : new String[] {"read", "write"}) {
      for (String d : DATASETS) {
        Row s = find("JsonBenchmark." + op, "dataset", d, "library", "sco-io");
        Row j = find("JsonBenchmark." + op, "dataset", d, "library", "jackson");
        if (s != null && j != null) {
          Spread r = perFork(j, s);
          target((op.equals("read") ? "reading " : "writing ") + name(d) + " ≥ 1.5× Jackson databind on records",
              r.text("×", "forks"), r.median >= 1.5, r.min >= 1.5);
        }
      }
    }
    Row dslRead = find("JsonBenchmark.read", "dataset", "reference", "library", "dsl-json");
    Row scoRead = find("JsonBenchmark.read", "dataset", "reference", "library", "sco-io");
    if (dslRead != null && scoRead != null) {
      Spread r = perFork(scoRead, dslRead);
      target("stretch: reading the reference dataset within 2× of DSL-JSON (sco-io's time ÷ DSL-JSON's)",
          r.text("×", "forks"), r.median <= 2, r.max <= 2);
    }
    for (String d : DATASETS) {
      Row s = find("JsonBenchmark.read", "dataset", d, "library", "sco-io");
      Row j = find("JsonBenchmark.read", "dataset", d, "library", "jackson");
      if (s != null && j != null && !Double.isNaN(s.alloc)) {
        double ratio = s.alloc / j.alloc;
        target("allocation per read of " + name(d) + " ≤ 1.0× the records baseline", fmt(ratio) + "× (exact)",
            ratio <= 1.0, ratio <= 1.0);
      }
    }
    for (int i = 1; i < sizes.length; i++) {
      Row a = find("ValidatorBenchmark.validate", "records", sizes[i - 1]);
      Row b = find("ValidatorBenchmark.validate", "records", sizes[i]);
      if (a != null && b != null) {
        Spread r = perFork(b, a);
        target("validation linear: " + sizes[i] + " records ≤ 11× the time of " + sizes[i - 1],
            r.text("×", "forks"), r.median <= 11, r.max <= 11);
      }
    }
    Row million = find("ValidatorBenchmark.validate", "records", "1000000");
    if (million != null) {
      List<Double> ms = new ArrayList<>();
      for (double f : million.forks) {
        ms.add(toMillis(f, million.unit));
      }
      Spread r = Spread.of(ms);
      target("10^6 records validated in under a second", r.text(" ms", "forks"), r.median < 1000, r.max < 1000);
    }
    for (String op : new String[] {"statusOn", "presidencyOn"}) {
      List<String> steps = new ArrayList<>();
      double worst = 0;
      double worstMax = 0;
      Row previous = null;
      for (String n : sizes) {
        Row r = find("LookupBenchmark." + op, "changes", n);
        if (r != null && previous != null) {
          Spread step = perFork(r, previous);
          worst = Math.max(worst, step.median);
          worstMax = Math.max(worstMax, step.max);
          steps.add(fmt(step.median) + "× (" + fmt(step.min) + "–" + fmt(step.max) + ")");
        }
        previous = r == null ? previous : r;
      }
      if (!steps.isEmpty()) {
        target("`" + op + "` O(log n): each tenfold history costs < 3× the time (a scan: 10×)",
            "steps " + String.join(", ", steps), worst < 3, worstMax < 3);
      }
    }
    line("");
  }

  private void target(String what, String measured, boolean holds, boolean everyFork) {
    line("| " + what + " | " + measured + " | " + (holds ? "yes" : "**no**") + " | " + (everyFork ? "yes" : "no")
        + " |");
  }

  /** The cold command line's runs of one command one way ({@code bin/sco} or {@code java -jar}), by round. */
  private Map<String, Double> cliRuns(String command, String way) {
    Map<String, Double> byRound = new LinkedHashMap<>();
    for (String[] r : coldCli) {
      if (r[0].equals(command) && r[1].equals(way)) {
        byRound.put(r[2], Double.parseDouble(r[3]));
      }
    }
    return byRound;
  }

  private List<String> cliCommands() {
    List<String> commands = new ArrayList<>();
    for (String[] r : coldCli) {
      if (!commands.contains(r[0])) {
        commands.add(r[0]);
      }
    }
    return commands;
  }

  private List<Double> libRuns(String way) {
    List<Double> ms = new ArrayList<>();
    for (String[] r : coldLib) {
      if (r[0].equals(way)) {
        ms.add(Double.parseDouble(r[2]));
      }
    }
    return ms;
  }

  private void coldTargets() {
    for (String command : cliCommands()) {
      Map<String, Double> launcher = cliRuns(command, LAUNCHER);
      Map<String, Double> jar = cliRuns(command, JAR);
      Spread t = Spread.of(new ArrayList<>(launcher.values()));
      target("CLI cold start: `bin/sco " + command + "` ≤ 0.2 s (median of " + t.n + " cold runs)",
          t.text(" ms", "runs"), t.median <= 200, t.max <= 200);
      List<Double> ratios = new ArrayList<>();
      launcher.forEach((round, ms) -> {
        Double j = jar.get(round);
        if (j != null) {
          ratios.add(j / ms);
        }
      });
      Spread r = Spread.of(ratios);
      target("CLI cold start: `bin/sco " + command + "` ≥ 2.5× faster than `java -jar sco.jar " + command
          + "` (interleaved)", r.text("×", "pairs"), r.median >= 2.5, r.min >= 2.5);
    }
    Row jmh = find("ColdLibraryBenchmark.firstMembersOn");
    if (jmh != null) {
      Spread r = Spread.of(jmh.forks);
      target("library cold start: `ScoReference.dataset()` to a first `membersOn` ≤ 150 ms (JMH single shot, one"
          + " per fresh JVM)", r.text(" ms", "forks"), r.median <= 150, r.max <= 150);
    }
    Spread plain = Spread.of(libRuns("in-process"));
    if (plain.n > 0) {
      target("library cold start ≤ 150 ms (a plain program timing it, `ColdLibrary`)", plain.text(" ms", "runs"),
          plain.median <= 150, plain.max <= 150);
    }
  }

  private void cold() {
    if (coldCli.isEmpty() && coldLib.isEmpty() && find("ColdLibraryBenchmark.firstMembersOn") == null) {
      return;
    }
    line("## Cold start");
    line("");
    line("What a user waits for the first answer. Every run is a fresh JVM; the operating system's file cache is");
    line("warm (the jars were read just before), as it is for a user who runs a command twice.");
    line("");
    if (!coldCli.isEmpty()) {
      line("The command line: the distribution's `bin/sco` (unpacked from `sco-examples/target`, with its class-data");
      line("sharing archive made by a first run) against `java -jar lib/sco.jar` of the same distribution, run by");
      line("`run.sh cold-cli` in one script, interleaved: for each round, each command both ways, alternating which");
      line("goes first. Wall time of the whole process, from the shell (`$EPOCHREALTIME`).");
      line("");
      line("| command | `bin/sco` median (min–max) | `java -jar` median (min–max) | ratio per round: median (min–max) |");
      line("|---|---:|---:|---:|");
      for (String command : cliCommands()) {
        Map<String, Double> launcher = cliRuns(command, LAUNCHER);
        Map<String, Double> jar = cliRuns(command, JAR);
        List<Double> ratios = new ArrayList<>();
        launcher.forEach((round, ms) -> {
          if (jar.get(round) != null) {
            ratios.add(jar.get(round) / ms);
          }
        });
        line("| `" + command + "` | " + Spread.of(new ArrayList<>(launcher.values())).text(" ms", "runs") + " | "
            + Spread.of(new ArrayList<>(jar.values())).text(" ms", "runs") + " | "
            + Spread.of(ratios).text("×", "pairs") + " |");
      }
      line("");
    }
    Row jmh = find("ColdLibraryBenchmark.firstMembersOn");
    if (jmh != null || !coldLib.isEmpty()) {
      line("The library: `ScoReference.dataset().membersOn(2019-06-14)` as the first call of a fresh JVM with");
      line("default options.");
      line("");
      line("| measured by | median (min–max) |");
      line("|---|---:|");
      if (jmh != null) {
        line("| JMH `ColdLibraryBenchmark`, mode single shot, one shot per fork | " + Spread.of(jmh.forks).text(" ms",
            "forks") + " |");
      }
      if (!coldLib.isEmpty()) {
        line("| `ColdLibrary` (`System.nanoTime()` around the call, in `main`) | "
            + Spread.of(libRuns("in-process")).text(" ms", "runs") + " |");
        line("| the same program's whole JVM, start to exit (from the shell) | "
            + Spread.of(libRuns("jvm")).text(" ms", "runs") + " |");
      }
      line("");
    }
  }

  private void levers() {
    if (levers.isEmpty()) {
      return;
    }
    Map<String, List<Double>> byVariant = new LinkedHashMap<>();
    for (String[] r : levers) {
      byVariant.computeIfAbsent(r[0], k -> new ArrayList<>()).add(Double.parseDouble(r[2]));
    }
    line("## Start-up levers");
    line("");
    line("What each lever of `bin/sco` buys on its own: `chair --on 2019-06-14` run by `run.sh levers` (" + leversHeader
        + "), every variant once per round, interleaved. \"+\" rows add one lever to a plain `java -jar`; \"-\" rows");
    line("take one away from the launcher's JVM options (run by `java` directly, so without the shell script). The");
    line("difference is against the row it changes: `java -jar (defaults)` for \"+\" rows, \"launcher options, by");
    line("java\" for \"-\" rows and `bin/sco` (the shell script's own cost), `bin/sco` for the older build's (the code");
    line("levers: what this build's `bin/sco` gains over it is the row's difference with the sign turned); negative");
    line("means faster.");
    line("");
    line("| variant | median (min–max) | difference of the medians |");
    line("|---|---:|---:|");
    Spread plain = Spread.of(byVariant.getOrDefault("java -jar (defaults)", List.of()));
    Spread launcher = Spread.of(byVariant.getOrDefault("launcher options, by java", List.of()));
    byVariant.forEach((variant, ms) -> {
      Spread v = Spread.of(ms);
      Spread base = variant.startsWith("bin/sco of the build")
          ? Spread.of(byVariant.getOrDefault("bin/sco", List.of()))
          : variant.startsWith("launcher options ") || variant.startsWith("bin/sco") ? launcher : plain;
      String diff = variant.equals("java -jar (defaults)") || variant.equals("launcher options, by java")
          ? "" : (v.median - base.median >= 0 ? "+" : "") + fmt(v.median - base.median) + " ms";
      line("| " + variant + " | " + v.text(" ms", "runs") + " | " + diff + " |");
    });
    line("");
  }

  private void records() {
    if (find("RecordJsonBenchmark.read") == null) {
      return;
    }
    line("## Single records");
    line("");
    line("One `Meeting` of the reference dataset (the one whose compact JSON is closest to 1.8 kB) and its longest");
    line("`Presidency`, read from and written to compact UTF-8 bytes: sco-io (`read(byte[], Class)`, the checked");
    line("value; `toJsonBytes`) against Jackson databind on the plain records. The ratio is computed per fork.");
    line("");
    line("| record | operation | sco-io | ± | Jackson | ± | Jackson ÷ sco-io per fork: median (min–max) |"
        + " allocated: sco-io / Jackson |");
    line("|---|---|---:|---:|---:|---:|---:|---:|");
    for (String rec : new String[] {"meeting", "presidency"}) {
      for (String op : new String[] {"read", "write"}) {
        Row s = find("RecordJsonBenchmark." + op, "record", rec, "library", "sco-io");
        Row j = find("RecordJsonBenchmark." + op, "record", rec, "library", "jackson");
        if (s == null || j == null) {
          continue;
        }
        line("| " + rec + " | " + op + " | " + fmt(s.score) + " " + s.unit + " | " + fmt(s.error) + " | "
            + fmt(j.score) + " " + j.unit + " | " + fmt(j.error) + " | " + perFork(j, s).text("×", "forks") + " | "
            + bytes(s.alloc) + " / " + bytes(j.alloc) + " |");
      }
    }
    line("");
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
