#!/usr/bin/env bash
# Runs every sco-sdk benchmark with the settings below and writes
#   sco-benchmarks/results/jmh-result.json   the raw JMH results (JSON)
#   docs/performance.md                      the summary: settings, targets, ratios, every figure
#
# Settings (chosen so that a full run takes about 15-20 minutes on a 2-core machine):
#   3 forks per benchmark, each a fresh JVM with a fixed heap (-Xms2g -Xmx2g, room for 10^6 records);
#   2 warm-up iterations of 1 s, then 3 measured iterations of 1 s (9 measured iterations per score);
#   average time per operation, plus -prof gc for the bytes allocated per operation.
# 43 benchmarks: JSON read/write x 4 libraries x 3 datasets, the parse floor x 3 datasets, the validator x 4
# sizes (fresh and warm), two look-ups x 4 history lengths.
#
# Usage: sco-benchmarks/run.sh [extra JMH arguments: a benchmark regex, -p name=values]
# The settings can be overridden for a quick look (FORKS=1 ITERATIONS=1 ... sco-benchmarks/run.sh), but the
# report records them, and only the defaults give comparable figures.
# Close other work first: the figures are only as quiet as the machine. The load average before and after
# is written into the report.
set -euo pipefail

cd "$(dirname "$0")/.."
FORKS=${FORKS:-3}
WARMUP_ITERATIONS=${WARMUP_ITERATIONS:-2}
WARMUP_TIME=${WARMUP_TIME:-1s}
ITERATIONS=${ITERATIONS:-3}
ITERATION_TIME=${ITERATION_TIME:-1s}
HEAP="-Xms2g -Xmx2g"
RESULTS=sco-benchmarks/results/jmh-result.json
REPORT=docs/performance.md
NOTES=sco-benchmarks/performance-notes.md

mvn -B -ntp -q -pl sco-benchmarks -am package -DskipTests
mkdir -p "$(dirname "$RESULTS")"

JMH_ARGS=(-f "$FORKS" -wi "$WARMUP_ITERATIONS" -w "$WARMUP_TIME" -i "$ITERATIONS" -r "$ITERATION_TIME"
  -jvmArgs "$HEAP" -prof gc -rf json -rff "$RESULTS")
if [ "$#" -gt 0 ]; then
  JMH_ARGS+=("$@")
else
  JMH_ARGS+=('io\.github\.scosdk\.benchmarks\.')
fi
COMMAND="java -jar sco-benchmarks/target/benchmarks.jar $(printf '%q ' "${JMH_ARGS[@]}")"

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
START=$(date +%s)
DATE="$(date -u +%Y-%m-%dT%H:%MZ)"
java -jar sco-benchmarks/target/benchmarks.jar "${JMH_ARGS[@]}" | tee sco-benchmarks/results/jmh-output.txt
END=$(date +%s)
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

env_prefix() {
  local p=""
  [ "$FORKS" != 3 ] && p+="FORKS=$FORKS "
  [ "$WARMUP_ITERATIONS" != 2 ] && p+="WARMUP_ITERATIONS=$WARMUP_ITERATIONS "
  [ "$WARMUP_TIME" != 1s ] && p+="WARMUP_TIME=$WARMUP_TIME "
  [ "$ITERATIONS" != 3 ] && p+="ITERATIONS=$ITERATIONS "
  [ "$ITERATION_TIME" != 1s ] && p+="ITERATION_TIME=$ITERATION_TIME "
  printf '%s' "$p"
}
CPU="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
MACHINE="$CPU, $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB RAM", $2 / 1048576}' /proc/meminfo)"
java -cp sco-benchmarks/target/benchmarks.jar io.github.scosdk.benchmarks.report.PerformanceReport \
  "$RESULTS" "$REPORT" \
  "command=$(env_prefix)sco-benchmarks/run.sh${*:+ $*}   # runs: $COMMAND" \
  "date=$DATE" \
  "machine=$MACHINE" \
  "os=$(uname -sr)" \
  "loadBefore=$LOAD_BEFORE" \
  "loadAfter=$LOAD_AFTER" \
  "duration=$(( (END - START) / 60 )) min $(( (END - START) % 60 )) s" \
  "results=$RESULTS" \
  "notes=$NOTES"
echo "wrote $RESULTS and $REPORT"
