#!/usr/bin/env bash
# Runs the sco-sdk benchmarks and writes
#   sco-benchmarks/results/jmh-result.json   the raw JMH results (JSON) of the steady-state benchmarks
#   sco-benchmarks/results/jmh-cold.json     the raw JMH results of the library's cold start
#   sco-benchmarks/results/cold-lib.tsv      the plain cold-start program's runs
#   sco-benchmarks/results/cold-cli.tsv      the cold command-line runs (bin/sco against java -jar, interleaved)
#   docs/performance.md                      the summary: settings, targets with per-fork ratios, every figure
#
# Usage: sco-benchmarks/run.sh [MODE] [extra JMH arguments: a benchmark regex, -p name=values]
#   all       (the default) every benchmark, then the cold starts; about 25 minutes on a 2-core machine
#   targets   only what the targets need (sco-io and Jackson on whole documents and single records, the validator,
#             the look-ups), then the cold starts; about 12 minutes. Writes the report too.
#   cold-cli  only the cold command line: 10 interleaved rounds of bin/sco and java -jar sco.jar for chair, members
#             and timeline; writes cold-cli.tsv and prints the medians, not the report
#   cold-lib  only the library's cold start (JMH single shot in 20 forks, and the plain program 10 times); writes
#             jmh-cold.json and cold-lib.tsv and prints the medians, not the report
#   levers    what each start-up lever of bin/sco buys on its own: `chair --on DAY` run COLD_ROUNDS times per
#             variant, interleaved: java -jar with one lever added, the launcher's JVM options with one taken
#             away, bin/sco itself; with BEFORE=path/to/an/older/sco-VERSION-dist.tar.gz also that build's bin/sco
#             (the code levers). Writes levers.tsv (the report shows it when present) and prints the medians
#   compare NEW OLD   the "no regression" gate between two builds of sco-io: NEW and OLD are directories holding
#             the sco-io and sco-model jars of each build; JsonBenchmark reads and writes with both in one JMH run
#             (IsolatedScoIo), and each operation's old ÷ new time is computed fork by fork; writes compare.json
#             and compare.md, exits 1 if a median ratio is below 0.95 (LIMIT), not the report
#
# Steady-state settings (all, targets): 3 forks per benchmark, each a fresh JVM with a fixed heap
# (-Xms2g -Xmx2g, room for 10^6 records); 2 warm-up iterations of 1 s, then 3 measured iterations of 1 s; average
# time per operation, plus -prof gc for the bytes allocated per operation. Every ratio of the report is computed
# fork by fork and shown with its spread. The cold starts run in JVMs with default options, as a user's.
# The settings can be overridden for a quick look (FORKS=1 ITERATIONS=1 ... sco-benchmarks/run.sh), but the
# report records them, and only the defaults give comparable figures. COLD_ROUNDS (10), COLD_FORKS (20).
#
# A busy machine gives figures that cannot be trusted: when the 1-minute load average is above MAX_LOAD (1) before
# the run, run.sh says so and exits with status 3 without measuring or writing anything. ALLOW_BUSY=1 measures
# anyway and the report says that it was taken on a busy machine, with the load. BUILD=0 skips the Maven build.
# Wrap a run in `flock /tmp/jmh.lock` when other work on the machine runs JMH too.
set -euo pipefail

cd "$(dirname "$0")/.."
MODE=all
case "${1:-}" in
  all | targets | cold-cli | cold-lib | levers | compare) MODE=$1; shift ;;
esac
FORKS=${FORKS:-3}
WARMUP_ITERATIONS=${WARMUP_ITERATIONS:-2}
WARMUP_TIME=${WARMUP_TIME:-1s}
ITERATIONS=${ITERATIONS:-3}
ITERATION_TIME=${ITERATION_TIME:-1s}
COLD_ROUNDS=${COLD_ROUNDS:-10}
COLD_FORKS=${COLD_FORKS:-20}
MAX_LOAD=${MAX_LOAD:-1}
HEAP="-Xms2g -Xmx2g"
RESULTS=sco-benchmarks/results/jmh-result.json
COLD_RESULTS=sco-benchmarks/results/jmh-cold.json
COLD_LIB=sco-benchmarks/results/cold-lib.tsv
COLD_CLI=sco-benchmarks/results/cold-cli.tsv
LEVERS=sco-benchmarks/results/levers.tsv
REPORT=docs/performance.md
NOTES=sco-benchmarks/performance-notes.md
BENCHMARKS=sco-benchmarks/target/benchmarks.jar
# the day the cold commands and the cold library start ask about
DAY=2019-06-14

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
BUSY=no
if awk -v l="${LOAD_BEFORE%% *}" -v m="$MAX_LOAD" 'BEGIN { exit !(l > m) }'; then
  if [ "${ALLOW_BUSY:-0}" != 1 ]; then
    echo "run.sh: the machine is busy: 1-minute load average ${LOAD_BEFORE%% *} (load $LOAD_BEFORE) is above" \
      "$MAX_LOAD; nothing measured, no report written. Close other work and run again, or ALLOW_BUSY=1 to" \
      "measure anyway (the report then says so)." >&2
    exit 3
  fi
  BUSY=yes
  echo "run.sh: measuring on a busy machine (load $LOAD_BEFORE), as ALLOW_BUSY=1 asks; the report says so" >&2
fi

if [ "${BUILD:-1}" != 0 ]; then
  mvn -B -ntp -q -pl sco-benchmarks,sco-examples -am package -DskipTests -Dinvoker.skip=true -Djacoco.skip=true
fi
mkdir -p sco-benchmarks/results

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now_ms() { local t=$EPOCHREALTIME; echo "${t/./}"; }

# The library's cold start: JMH single shot, one per fresh JVM with default options, and the plain program.
cold_lib() {
  java -jar "$BENCHMARKS" -f "$COLD_FORKS" -bm ss -wi 0 -i 1 -rf json -rff "$COLD_RESULTS" \
    'io\.github\.scosdk\.benchmarks\.cold\.ColdLibraryBenchmark' | tee sco-benchmarks/results/jmh-cold-output.txt
  printf '# way\trun\tms\n' > "$COLD_LIB"
  local i start end out
  for i in $(seq "$COLD_ROUNDS"); do
    start=$(now_ms)
    out=$(java -cp "$BENCHMARKS" io.github.scosdk.benchmarks.cold.ColdLibrary)
    end=$(now_ms)
    printf 'in-process\t%s\t%s\n' "$i" "${out%% ms*}" >> "$COLD_LIB"
    printf 'jvm\t%s\t%s\n' "$i" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1000 }')" >> "$COLD_LIB"
  done
  echo "library cold start: median $(awk -F'\t' '$1 == "in-process" { print $3 }' "$COLD_LIB" | median) ms in" \
    "process, $(awk -F'\t' '$1 == "jvm" { print $3 }' "$COLD_LIB" | median) ms for the whole JVM ($COLD_ROUNDS runs)"
}

# The cold command line: the distribution unpacked afresh, its class-data sharing archive made by a first run,
# then COLD_ROUNDS rounds of each command by bin/sco and by java -jar, interleaved, alternating which goes first.
# Unpacks a distribution archive ($1) afresh into $2 and lets its first run make the class-data sharing archive
# (in $2/cds); sets home (the installation) and cds.
unpack() {
  rm -rf "$2"
  mkdir -p "$2"
  tar -xzf "$1" -C "$2"
  home=$(cd "$2"/sco-* && pwd)
  cds=$(cd "$2" && pwd)/cds
  SCO_CDS_DIR=$cds "$home/bin/sco" --version > /dev/null
  local waited=0
  while [ -z "$(ls "$cds"/*.jsa 2> /dev/null)" ] && [ "$waited" -lt 120 ]; do
    sleep 1
    waited=$((waited + 1))
  done
  if [ -z "$(ls "$cds"/*.jsa 2> /dev/null)" ]; then
    echo "run.sh: bin/sco made no class-data sharing archive in $cds within 120 s" >&2
    return 1
  fi
  while [ -n "$(ls -d "$cds"/*.making 2> /dev/null)" ]; do sleep 1; done
}

cold_cli() {
  local home cds
  unpack "$(ls sco-examples/target/sco-*-dist.tar.gz)" sco-benchmarks/target/cold-cli
  export SCO_CDS_DIR=$cds
  local commands=("chair --on $DAY" "members --on $DAY" "timeline")
  # both ways must give the same answer
  local c
  for c in "${commands[@]}"; do
    # shellcheck disable=SC2086
    if ! cmp -s <("$home/bin/sco" $c) <(java -jar "$home/lib/sco.jar" $c); then
      echo "run.sh: bin/sco $c and java -jar sco.jar $c answer differently" >&2
      return 1
    fi
  done
  printf '# command\tway\tround\tms\n' > "$COLD_CLI"
  local round way start end first second
  for round in $(seq "$COLD_ROUNDS"); do
    for c in "${commands[@]}"; do
      if [ $((round % 2)) = 1 ]; then first=bin/sco; second=java-jar; else first=java-jar; second=bin/sco; fi
      for way in $first $second; do
        start=$(now_ms)
        # shellcheck disable=SC2086
        if [ "$way" = bin/sco ]; then "$home/bin/sco" $c > /dev/null; else java -jar "$home/lib/sco.jar" $c > /dev/null; fi
        end=$(now_ms)
        printf '%s\t%s\t%s\t%s\n' "$c" "$way" "$round" \
          "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1000 }')" >> "$COLD_CLI"
      done
    done
  done
  for c in "${commands[@]}"; do
    echo "cold $c: bin/sco median $(awk -F'\t' -v c="$c" '$1 == c && $2 == "bin/sco" { print $4 }' "$COLD_CLI" | median) ms," \
      "java -jar median $(awk -F'\t' -v c="$c" '$1 == c && $2 == "java-jar" { print $4 }' "$COLD_CLI" | median) ms" \
      "($COLD_ROUNDS interleaved rounds)"
  done
}

# What each lever buys on its own (see the usage above).
levers() {
  local home cds before_home="" before_cds="" archive
  if [ -n "${BEFORE:-}" ]; then
    unpack "$BEFORE" sco-benchmarks/target/levers-before
    before_home=$home
    before_cds=$cds
  fi
  unpack "$(ls sco-examples/target/sco-*-dist.tar.gz)" sco-benchmarks/target/levers
  archive=$(ls "$cds"/*.jsa)
  local jar=$home/lib/sco.jar
  local utf8="-Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"
  local c1=-XX:TieredStopAtLevel=1 serial=-XX:+UseSerialGC perf=-XX:-UsePerfData closures=-Dpicocli.disable.closures=true
  local share="-XX:SharedArchiveFile=$archive -Xshare:auto -Xlog:cds=off -Xlog:class+path=off"
  local all="$c1 $serial $perf $closures $share"
  local -a names=("java -jar (defaults)" "java -jar -Xshare:off (not even the JDK's archive)"
    "java -jar + C1 only" "java -jar + serial GC" "java -jar + -UsePerfData" "java -jar + picocli closures off"
    "java -jar + the AppCDS archive" "launcher options, by java" "launcher options - C1 only"
    "launcher options - serial GC (G1)" "launcher options - -UsePerfData" "launcher options - closures off"
    "launcher options - the AppCDS archive" "launcher options + ArchiveRelocationMode=0" "bin/sco")
  local -a options=("" "-Xshare:off" "$c1" "$serial" "$perf" "$closures" "$share" "$all"
    "$serial $perf $closures $share" "$c1 $perf $closures $share" "$c1 $serial $closures $share"
    "$c1 $serial $perf $share" "$c1 $serial $perf $closures"
    "$all -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0" "")
  if [ -n "$before_home" ]; then
    names+=("bin/sco of the build BEFORE")
    options+=("")
  fi
  printf '# measured %s, load before %s, %s rounds\n# variant\tround\tms\n' "$(date -u +%Y-%m-%dT%H:%MZ)" \
    "$(cut -d' ' -f1-3 /proc/loadavg)" "$COLD_ROUNDS" > "$LEVERS"
  local round i start end
  for round in $(seq "$COLD_ROUNDS"); do
    for i in "${!names[@]}"; do
      start=$(now_ms)
      case ${names[$i]} in
        "bin/sco") SCO_CDS_DIR=$cds "$home/bin/sco" chair --on "$DAY" > /dev/null ;;
        "bin/sco of the build BEFORE") SCO_CDS_DIR=$before_cds "$before_home/bin/sco" chair --on "$DAY" > /dev/null ;;
        # shellcheck disable=SC2086
        *) java ${options[$i]} $utf8 -jar "$jar" chair --on "$DAY" > /dev/null ;;
      esac
      end=$(now_ms)
      printf '%s\t%s\t%s\n' "${names[$i]}" "$round" \
        "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1000 }')" >> "$LEVERS"
    done
  done
  for i in "${!names[@]}"; do
    printf '%-52s median %s ms\n' "${names[$i]}" \
      "$(awk -F'\t' -v n="${names[$i]}" '$1 == n { print $3 }' "$LEVERS" | median)"
  done
}

compare() {
  if [ "$#" -lt 2 ]; then
    echo "usage: run.sh compare NEW_BUILD_DIR OLD_BUILD_DIR [extra JMH arguments]" >&2
    return 2
  fi
  local newer=$1 older=$2
  shift 2
  java -jar "$BENCHMARKS" -f "$FORKS" -wi "$WARMUP_ITERATIONS" -w "$WARMUP_TIME" -i "$ITERATIONS" -r "$ITERATION_TIME" \
    -jvmArgs "$HEAP" -prof gc -rf json -rff sco-benchmarks/results/compare.json \
    -p library=sco-io -p "build=$newer,$older" -p dataset=reference,10000,100000 "$@" \
    'io\.github\.scosdk\.benchmarks\.json\.JsonBenchmark' | tee sco-benchmarks/results/compare-output.txt
  local status=0
  java -cp "$BENCHMARKS" io.github.scosdk.benchmarks.report.BuildComparison sco-benchmarks/results/compare.json \
    "$newer" "$older" "${LIMIT:-0.95}" > sco-benchmarks/results/compare.md || status=$?
  { echo "# $newer against $older, $(date -u +%Y-%m-%dT%H:%MZ), load before $LOAD_BEFORE"; echo; cat sco-benchmarks/results/compare.md; } \
    > sco-benchmarks/results/compare.md.tmp && mv sco-benchmarks/results/compare.md.tmp sco-benchmarks/results/compare.md
  cat sco-benchmarks/results/compare.md
  return "$status"
}

case $MODE in
  compare) compare "$@"; exit $? ;;
  cold-cli) cold_cli; exit 0 ;;
  cold-lib) cold_lib; exit 0 ;;
  levers) levers; exit 0 ;;
esac

JMH_ARGS=(-f "$FORKS" -wi "$WARMUP_ITERATIONS" -w "$WARMUP_TIME" -i "$ITERATIONS" -r "$ITERATION_TIME"
  -jvmArgs "$HEAP" -prof gc -rf json -rff "$RESULTS")
if [ "$#" -gt 0 ]; then
  JMH_ARGS+=("$@")
elif [ "$MODE" = targets ]; then
  JMH_ARGS+=(-p library=sco-io,jackson
    'io\.github\.scosdk\.benchmarks\.(json\.(JsonBenchmark|RecordJsonBenchmark)|model\.(ValidatorBenchmark\.validate|LookupBenchmark\.(statusOn|presidencyOn))$)')
else
  JMH_ARGS+=('io\.github\.scosdk\.benchmarks\.(json|model)\.')
fi
COMMAND="java -jar $BENCHMARKS $(printf '%q ' "${JMH_ARGS[@]}")"

START=$(date +%s)
DATE="$(date -u +%Y-%m-%dT%H:%MZ)"
java -jar "$BENCHMARKS" "${JMH_ARGS[@]}" | tee sco-benchmarks/results/jmh-output.txt
cold_lib
cold_cli
levers
END=$(date +%s)
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

env_prefix() {
  local p=""
  [ "$FORKS" != 3 ] && p+="FORKS=$FORKS "
  [ "$WARMUP_ITERATIONS" != 2 ] && p+="WARMUP_ITERATIONS=$WARMUP_ITERATIONS "
  [ "$WARMUP_TIME" != 1s ] && p+="WARMUP_TIME=$WARMUP_TIME "
  [ "$ITERATIONS" != 3 ] && p+="ITERATIONS=$ITERATIONS "
  [ "$ITERATION_TIME" != 1s ] && p+="ITERATION_TIME=$ITERATION_TIME "
  [ "$COLD_ROUNDS" != 10 ] && p+="COLD_ROUNDS=$COLD_ROUNDS "
  [ "$COLD_FORKS" != 20 ] && p+="COLD_FORKS=$COLD_FORKS "
  [ "$BUSY" = yes ] && p+="ALLOW_BUSY=1 "
  [ -n "${BEFORE:-}" ] && p+="BEFORE=$BEFORE "
  printf '%s' "$p"
}
MODE_ARG=""
[ "$MODE" != all ] && MODE_ARG=" $MODE"
CPU="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
MACHINE="$CPU, $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB RAM", $2 / 1048576}' /proc/meminfo)"
java -cp "$BENCHMARKS" io.github.scosdk.benchmarks.report.PerformanceReport \
  "$RESULTS" "$REPORT" \
  "command=$(env_prefix)sco-benchmarks/run.sh$MODE_ARG${*:+ $*}   # runs: $COMMAND, then the cold starts (jmh-cold.json: -f $COLD_FORKS -bm ss -wi 0 -i 1; $COLD_ROUNDS runs of ColdLibrary; $COLD_ROUNDS interleaved rounds of bin/sco and java -jar)" \
  "date=$DATE" \
  "machine=$MACHINE" \
  "os=$(uname -sr)" \
  "loadBefore=$LOAD_BEFORE" \
  "loadAfter=$LOAD_AFTER" \
  "duration=$(( (END - START) / 60 )) min $(( (END - START) % 60 )) s" \
  "results=$RESULTS" \
  "coldResults=$COLD_RESULTS" \
  "coldCli=$COLD_CLI" \
  "coldLib=$COLD_LIB" \
  "levers=$LEVERS" \
  "mode=${MODE}" \
  "busy=$BUSY" \
  "notes=$NOTES"
echo "wrote $RESULTS, $COLD_RESULTS, $COLD_LIB, $COLD_CLI and $REPORT"
