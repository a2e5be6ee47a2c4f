#!/usr/bin/env bash
# Conditional GET: the rate of 304 answers the public activity list serves against the rate of full answers, side
# by side. Loads N activities (docs/benchmarks/activity-data.sql, scaled down) into the scratch database
# bench_conditional unless they are there, starts event-service alone on it (Kafka is not needed to read), takes the
# list's ETag, then runs wrk alternately without and with If-None-Match (A B A B ...), and prints one Markdown table.
#   docs/benchmarks/conditional-get.sh [N activities, default 20000] [seconds per run, default 10] [rounds, default 3]
# Needs ./mvnw package first (event-service's jar), psql, curl and wrk (apt-get install wrk).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
N=${1:-20000} SECONDS_PER_RUN=${2:-10} ROUNDS=${3:-3}
DB=bench_conditional PORT=${PORT:-18391} CONNECTIONS=${CONNECTIONS:-8} THREADS=${THREADS:-2}
for tool in psql curl wrk java; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (wrk: apt-get install wrk; psql: postgresql-client)" >&2; exit 1; }
done
[[ -f "$ROOT/event-service/target/quarkus-app/quarkus-run.jar" ]] || { echo "run ./mvnw package first" >&2; exit 1; }
PSQL=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d "$DB" -X -q)
LOG=$(mktemp)
java -cp "$ROOT/deploy/harness/target/classes:$ROOT/deploy/harness/target/lib/*" \
  cn.gov.samr.campaigns.harness.Postgres "$DB" >/dev/null

QUARKUS_HTTP_PORT=$PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 EVENTS_DB=$DB \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/deploy/dev-keys/public-key.pem" \
  java -Xmx256m -jar "$ROOT/event-service/target/quarkus-app/quarkus-run.jar" >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true; rm -f "$LOG"' EXIT
until grep -q 'started in' "$LOG"; do kill -0 $SERVICE || { cat "$LOG"; exit 1; }; sleep 0.5; done

if [[ $("${PSQL[@]}" -tAc "select count(*) from activity") -ne $N ]]; then
  echo "loading $N activities..." >&2
  "${PSQL[@]}" -c "truncate activity, activity_campaign, activity_setting, campaign cascade" 2>/dev/null
  sed "s/generate_series(1, 1000000)/generate_series(1, $N)/" "$ROOT/docs/benchmarks/activity-data.sql" | "${PSQL[@]}"
  # announced: what the public list shows (activity-data.sql leaves published_at empty)
  "${PSQL[@]}" -c "update activity set published_at = created_at where status <> 'PLANNED'"
  # the planner's statistics for the new rows, as autovacuum would give them later: without them it walks every
  # public activity for a campaign's first page
  "${PSQL[@]}" -c "analyze activity; analyze activity_campaign"
fi
CAMPAIGN=$("${PSQL[@]}" -tAc "select id from campaign where year = 2027 and kind = 'ORGANIC_PRODUCT_WEEK'")
URL="http://127.0.0.1:$PORT/api/v1/public/activities?campaign=$CAMPAIGN&limit=50"
HEADERS=$(curl -s -D - -o /dev/null "$URL")
ETAG=$(grep -i '^etag:' <<<"$HEADERS" | cut -d' ' -f2- | tr -d '\r')
BYTES=$(curl -s "$URL" | wc -c)
NOT_MODIFIED=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$URL")
[[ $NOT_MODIFIED == 304 ]] || { echo "expected 304 with If-None-Match $ETAG, got $NOT_MODIFIED" >&2; exit 1; }
echo "activities: $N, campaign $CAMPAIGN, first page of 50: $BYTES bytes, ETag $ETAG; wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_PER_RUN}s, $ROUNDS rounds"

rate() { # extra wrk arguments...: requests per second, and answers that were not 200/304 (wrk counts them apart)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$@" "$URL" \
    | awk '/Requests\/sec/ { rps = $2 } /50%/ { p50 = $2 } /99%/ { p99 = $2 } /Non-2xx/ { bad = $NF }
           END { printf "%s %s %s %d\n", rps, p50, p99, bad }'
}
echo
echo "| round | full answers (200)/s | p50 | p99 | 304 answers/s | p50 | p99 | 304 ÷ full |"
echo "|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  read -r full full50 full99 _ < <(rate)
  read -r cond cond50 cond99 _ < <(rate -H "If-None-Match: $ETAG")
  awk -v r="$round" -v f="$full" -v f50="$full50" -v f99="$full99" -v c="$cond" -v c50="$cond50" -v c99="$cond99" \
    'BEGIN { printf "| %d | %.0f | %s | %s | %.0f | %s | %s | %.1f× |\n", r, f, f50, f99, c, c50, c99, c / f }'
done

echo
echo '### The version check against the alternative, max(updated_at) over the public activities'
echo '```'
"${PSQL[@]}" -c "explain (analyze, costs off) select coalesce(sum(counter), 0), max(changed_at) from public_change
  where scope in ('activities', 'divisions')"
"${PSQL[@]}" -c "explain (analyze, costs off) select max(a.updated_at), count(*) from activity a
  join activity_campaign ac on ac.activity_id = a.id and ac.campaign_id = '$CAMPAIGN'
  where a.visibility = 'PUBLIC' and a.published_at is not null"
echo '```'
