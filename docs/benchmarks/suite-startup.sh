#!/usr/bin/env bash
# Measures the packaged suite as deploy/run-local starts it: each service's startup time (as Quarkus reports
# it, and wall-clock until /q/health/ready is UP for the whole suite) and resident memory (RSS) when ready and
# after a short warm-up of the campaign flow. Prints a Markdown table. Loopback only; bounded request count.
#   docs/benchmarks/suite-startup.sh [runs]     (default 3 runs; the services must be built: ./mvnw package)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUNS=${1:-3}
export RUN_DIR=${RUN_DIR:-/tmp/suite-startup}
export KAFKA_PORT=19092 EVENT_PORT=18081 MATERIAL_PORT=18082 REPORT_PORT=18083
export EVENTS_DB=bench_events MATERIALS_DB=bench_materials REPORTS_DB=bench_reports
TOKEN=$("$ROOT/deploy/token" national-admin)

rss_mb() { ps -o rss= -p "$(pgrep -f "$1/target/quarkus-app/quarkus-run.jar" | head -n 1)" | awk '{printf "%.0f", $1/1024}'; }

warm_up() { # 20 campaigns drafted and published, each read back from report-service
  for _ in $(seq 1 20); do
    id=$(curl -s -X POST "http://127.0.0.1:$EVENT_PORT/api/v1/campaigns" -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' -d '{"kind":"quality-month","name":{"zh":"质量月"},
      "window":{"start":"2030-09-01","end":"2030-09-30"},"reportingDeadline":"2030-10-15"}' | sed -E 's/^\{"id":"([^"]+)".*/\1/')
    curl -s -o /dev/null -X POST "http://127.0.0.1:$EVENT_PORT/api/v1/campaigns/$id/publish" -H "Authorization: Bearer $TOKEN"
  done
  sleep 5
  curl -s -o /dev/null "http://127.0.0.1:$REPORT_PORT/api/v1/obligations?campaign=$id" -H "Authorization: Bearer $TOKEN"
}

echo "| run | suite up (s, wall) | service | started in (s, Quarkus) | RSS ready (MB) | RSS after warm-up (MB) |"
echo "|---|---|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
  rm -rf "$RUN_DIR"
  start=$(date +%s.%N)
  "$ROOT/deploy/run-local" >"/tmp/suite-startup.out" 2>&1 &
  pid=$!
  until grep -q 'The suite is up' /tmp/suite-startup.out; do
    kill -0 $pid 2>/dev/null || { cat /tmp/suite-startup.out; exit 1; }; sleep 0.2
  done
  up=$(echo "$(date +%s.%N) - $start" | bc)
  declare -A ready=()
  for s in event-service material-service report-service; do ready[$s]=$(rss_mb "$s"); done
  warm_up
  for s in event-service material-service report-service; do
    started=$(sed -nE 's/.* started in ([0-9.]+)s.*/\1/p' "$RUN_DIR/$s.log" | tail -n 1)
    printf '| %s | %.1f | %s | %s | %s | %s |\n' "$run" "$up" "$s" "$started" "${ready[$s]}" "$(rss_mb "$s")"
  done
  kill -TERM $pid; wait $pid 2>/dev/null || true
done
