#!/usr/bin/env bash
# The seeded 2022 demo through the packaged suite (deploy/run-local on its own ports and databases): how long
# deploy/seed-demo takes, how long deploy/rebuild-projections takes to replay the topics, and whether the
# organic week's statistics after the rebuild are the live ones (byte for byte, but for the as-of time).
#   docs/benchmarks/demo-rebuild.sh [activities per unit]     (default 16; the services must be built)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PER_UNIT=${1:-16}
export RUN_DIR=${RUN_DIR:-/tmp/demo-rebuild}
export KAFKA_PORT=19092 EVENT_PORT=18081 MATERIAL_PORT=18082 REPORT_PORT=18083
export EVENTS_DB=bench_demo_events MATERIALS_DB=bench_demo_materials REPORTS_DB=bench_demo_reports
export MATERIAL_DOWNLOAD_REPORT_INTERVAL=1s
PSQL=(env PGOPTIONS="-c client_min_messages=warning" psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d postgres -qc)
TOKEN=$("$ROOT/deploy/token" national-admin)
H=(-H "Authorization: Bearer $TOKEN")

for db in "$EVENTS_DB" "$MATERIALS_DB" "$REPORTS_DB"; do "${PSQL[@]}" "drop database if exists $db with (force)"; done
rm -rf "$RUN_DIR"
"$ROOT/deploy/run-local" >/tmp/demo-rebuild.out 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until grep -q 'The suite is up' /tmp/demo-rebuild.out; do
  kill -0 $pid 2>/dev/null || { cat /tmp/demo-rebuild.out; exit 1; }; sleep 0.5
done

t0=$(date +%s.%N)
"$ROOT/deploy/seed-demo" "http://127.0.0.1:$EVENT_PORT" "$PER_UNIT" "http://127.0.0.1:$MATERIAL_PORT" \
  "http://127.0.0.1:$REPORT_PORT" >/tmp/demo-rebuild.seed
seed=$(echo "$(date +%s.%N) - $t0" | bc)
organic=$(curl -s "${H[@]}" "http://127.0.0.1:$EVENT_PORT/api/v1/campaigns?year=2022&kind=organic-product-week" \
  | sed -E 's/^\{"items":\[\{"id":"([^"]+)".*/\1/')
statistics() { curl -s "${H[@]}" "http://127.0.0.1:$REPORT_PORT/api/v1/statistics/campaigns/$organic" \
  | sed -E 's/"asOf":"[^"]+"//'; }
# live: wait until two reads 3 s apart agree
previous=""; live=$(statistics)
while [[ "$live" != "$previous" ]]; do sleep 3; previous=$live; live=$(statistics); done

t0=$(date +%s.%N)
rebuild=$("$ROOT/deploy/rebuild-projections" "http://127.0.0.1:$REPORT_PORT" "http://127.0.0.1:$MATERIAL_PORT" | tr '\n' ' ')
took=$(echo "$(date +%s.%N) - $t0" | bc)
replayed=$(statistics)

echo "| activities per unit | seed-demo (s) | rebuild-projections (s) | rebuild answered | replay equals live |"
echo "|---|---|---|---|---|"
echo "| $PER_UNIT | $(printf %.1f "$seed") | $(printf %.1f "$took") | \`$rebuild\` | $([[ "$live" == "$replayed" ]] && echo yes || echo NO) |"
[[ "$live" == "$replayed" ]] || { diff <(echo "$live" | tr ',' '\n') <(echo "$replayed" | tr ',' '\n'); exit 1; }
