#!/usr/bin/env bash
# Fuzzes one sco-quality target with Jazzer for a given time and reports executions and findings.
#
#   sco-quality/fuzz.sh TARGET SECONDS [RUNS]   TARGET: dataset | record | lines | validate | commands | all
#
# RUNS, if given, stops the run after that many executions (or after SECONDS, whichever comes first).
#
# Runs from the repository root (builds the modules the target needs, without installing anything). The corpus
# Jazzer grows is kept in sco-quality/.cifuzz-corpus/ (ignored by git); a finding (a crashing input) is written
# to the target's regression directory src/test/resources/io/github/scosdk/quality/<Class>Inputs/<method>/ as
# crash-<sha1>, so that, once committed, it runs in every build. Exit status: 0 no finding, 1 findings,
# 2 usage or build error.
set -euo pipefail

usage() { echo "usage: $0 dataset|record|lines|validate|commands|all SECONDS [RUNS]" >&2; exit 2; }
[ $# -eq 2 ] || [ $# -eq 3 ] || usage
target=$1
seconds=$2
runs_limit=${3:-0}
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || usage
[[ "$runs_limit" =~ ^[0-9]+$ ]] || usage

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
inputs="$here/src/test/resources/io/github/scosdk/quality"

test_of() {
  case "$1" in
    dataset) echo "ReadDatasetFuzzTest#readDataset" ;;
    record) echo "ReadRecordFuzzTest#readRecord" ;;
    lines) echo "ReadJsonLinesFuzzTest#readLines" ;;
    validate) echo "ValidateCommandFuzzTest#validate" ;;
    commands) echo "CommandsFuzzTest#commands" ;;
    *) usage ;;
  esac
}

fuzz_one() {
  local name=$1 test dir log before after runs status
  test=$(test_of "$name")
  dir="$inputs/${test%%#*}Inputs/${test##*#}"
  log=$(mktemp "${TMPDIR:-/tmp}/sco-fuzz-$name.XXXXXX")
  before=$(ls "$dir" | grep -c '^crash-' || true)
  echo "fuzzing $name ($test) for ${seconds}s; log: $log"
  status=0
  # JAZZER_FUZZ activates the root profile "fuzzing": Jazzer's agent on (off for the regression run of every
  # build), JaCoCo off (its agent would instrument the classes Jazzer instruments)
  (cd "$root" && JAZZER_FUZZ=1 mvn -B -ntp -pl sco-quality -am test \
      -Djazzer.max_duration="${seconds}s" -Djazzer.max_executions="$runs_limit" \
      -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.timeout=0 >"$log" 2>&1) || status=$?
  after=$(ls "$dir" | grep -c '^crash-' || true)
  # libFuzzer's final line: "Done N runs in S second(s)"; else the last status line "#N ..."
  runs=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $2}' || true)
  if [ -z "$runs" ]; then
    runs=$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
  fi
  echo "  executions: ${runs:-unknown}"
  grep -aoE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1 | sed 's/^/  last: /' || true
  echo "  new findings: $((after - before))"
  if [ "$after" -gt "$before" ]; then
    ls -t "$dir" | grep '^crash-' | head -n $((after - before)) | sed "s|^|    $dir/|"
    grep -aE '^== Java Exception|^java\.|^Caused by|^[[:space:]]+at io\.github' "$log" | head -20 | sed 's/^/    /'
    return 1
  fi
  if [ "$status" -ne 0 ]; then
    echo "  the run failed without a finding (a build error?); see $log" >&2
    return 2
  fi
  return 0
}

if [ "$target" = all ]; then
  result=0
  for t in dataset record lines validate commands; do
    fuzz_one "$t" || result=$(( $? > result ? $? : result ))
  done
  exit "$result"
fi
fuzz_one "$target"
