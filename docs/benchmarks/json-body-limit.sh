#!/usr/bin/env bash
# A 50 MB JSON body against a service (event-service by default; the limit is the platform's, the same in all
# three): the time to its 413 with Content-Length and chunked, and the service's heap and RSS before and after.
# Starts the service alone (Kafka is not needed) with -Xmx256m on the database bench_json_limit.
#   docs/benchmarks/json-body-limit.sh        (needs ./mvnw package first)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DB=${BENCH_DB:-bench_json_limit} PORT=${BENCH_PORT:-18481} RUNS=${RUNS:-10}
LOG=$(mktemp) BODY=$(mktemp)
java -cp "$ROOT/deploy/harness/target/classes:$ROOT/deploy/harness/target/lib/*" \
  cn.gov.samr.campaigns.harness.Postgres "$DB" >/dev/null 2>&1 || true

QUARKUS_HTTP_PORT=$PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 EVENTS_DB=$DB \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/deploy/dev-keys/public-key.pem" \
  java -Xmx256m -jar "${APP:-$ROOT/event-service/target/quarkus-app}/quarkus-run.jar" >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -f "$LOG" "$BODY"' EXIT
until grep -q 'started in' "$LOG"; do kill -0 $SERVICE || { cat "$LOG"; exit 1; }; sleep 0.5; done

# one JSON object whose single string is 50 MB: a parser would have to hold all of it
python3 -c "import sys; sys.stdout.write('{\"kind\":\"' + 'x' * (50 * 1024 * 1024) + '\"}')" >"$BODY"
TOKEN=$("$ROOT/deploy/token" national-admin)
URL=http://localhost:$PORT/api/v1/campaigns

memory() {
  jcmd $SERVICE GC.run >/dev/null
  local heap rss
  heap=$(jcmd $SERVICE GC.heap_info | sed -nE 's/.*heap +total [0-9]+K, used ([0-9]+)K.*/\1/p' | awk '{printf "%.1f", $1 / 1024}')
  rss=$(awk '/VmRSS/ {printf "%.1f", $2 / 1024}' /proc/$SERVICE/status)
  echo "heap used after GC ${heap} MB, RSS ${rss} MB"
}

post() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "$URL" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' "$@" --data-binary @"$BODY"
}

echo "before: $(memory)"
for how in content-length chunked; do
  extra=(); [[ $how == chunked ]] && extra=(-H 'Transfer-Encoding: chunked')
  for _ in $(seq 1 "$RUNS"); do
    read -r code seconds < <(post "${extra[@]}")
    [[ $code == 413 ]] || { echo "expected 413, got $code" >&2; exit 1; }
    echo "$seconds"
  done | sort -n | awk -v how="$how" -v runs="$RUNS" '{t[NR] = $1} END {printf "%s: %d × 413, median %.3f s, max %.3f s\n", how, runs, t[int((NR + 1) / 2)], t[NR]}'
done
echo "after:  $(memory)"
echo "(the time includes curl sending the body; with Content-Length the service answers from the headers alone)"
