#!/usr/bin/env bash
# Times, on a fresh clone of this repository with the local Maven repository already warm:
#   1. the clean build without tests   (./mvnw -B -DskipTests clean package)
#   2. the whole test suite            (./mvnw -B verify, the README's test command)
# Prints one Markdown row per run.
#   docs/benchmarks/build-and-test.sh [runs] [JAVA_HOME]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUNS=${1:-1}
[[ -n ${2:-} ]] && export JAVA_HOME=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
git clone -q "$ROOT" "$WORK/repo"
cd "$WORK/repo"
java_version=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1)
echo "| run | JDK | clean build, no tests (s) | ./mvnw verify (s) |"
echo "|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
  t0=$(date +%s.%N); ./mvnw -B -q -DskipTests clean package >/dev/null; t1=$(date +%s.%N)
  ./mvnw -B clean verify >"$WORK/verify.log" 2>&1 || { tail -50 "$WORK/verify.log"; exit 1; }; t2=$(date +%s.%N)
  printf '| %s | %s | %.0f | %.0f |\n' "$run" "$java_version" "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)"
done
