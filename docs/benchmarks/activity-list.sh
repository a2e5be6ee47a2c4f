#!/usr/bin/env bash
# The activity list on 1,000,000 activities: loads them (activity-data.sql) into the database bench_activities
# unless they are there, starts event-service alone on it (Kafka is not needed to read), prints EXPLAIN
# ANALYZE of the main list queries and the latency of 50 sequential requests each over HTTP (loopback only).
#   docs/benchmarks/activity-list.sh     (needs ./mvnw package first, and psql)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DB=bench_activities PORT=18381 RUNS=50
PSQL=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d "$DB" -X -q)
LOG=$(mktemp)
java -cp "$ROOT/deploy/harness/target/classes:$ROOT/deploy/harness/target/lib/*" \
  cn.gov.samr.campaigns.harness.Postgres "$DB" >/dev/null

QUARKUS_HTTP_PORT=$PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 EVENTS_DB=$DB \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/deploy/dev-keys/public-key.pem" \
  java -Xmx256m -jar "$ROOT/event-service/target/quarkus-app/quarkus-run.jar" >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -f "$LOG"' EXIT
until grep -q 'started in' "$LOG"; do kill -0 $SERVICE || { cat "$LOG"; exit 1; }; sleep 0.5; done

if [[ $("${PSQL[@]}" -tAc "select count(*) from activity") -lt 1000000 ]]; then
  echo "loading 1,000,000 activities (about a minute)..." >&2
  "${PSQL[@]}" -c "truncate activity, activity_campaign, activity_setting, campaign cascade" 2>/dev/null
  "${PSQL[@]}" -f "$ROOT/docs/benchmarks/activity-data.sql"
fi
CAMPAIGN=$("${PSQL[@]}" -tAc "select id from campaign where year = 2027 and kind = 'ORGANIC_PRODUCT_WEEK'")
TOKEN=$("$ROOT/deploy/token" national-admin)
echo "activities: $("${PSQL[@]}" -tAc "select count(*) from activity"), links: $("${PSQL[@]}" -tAc "select count(*) from activity_campaign"), campaign $CAMPAIGN"

echo
echo '### EXPLAIN ANALYZE: one campaign, first page (the SQL ActivityRepository.list sends)'
echo '```'
"${PSQL[@]}" -c "explain (analyze, buffers, costs off) select a.* from activity a
  join activity_campaign ac on ac.activity_id = a.id and ac.campaign_id = '$CAMPAIGN'
  where true order by ac.starts_at, ac.activity_id limit 51"
echo '```'
echo '### EXPLAIN ANALYZE: one provincial unit, one type, one month'
echo '```'
"${PSQL[@]}" -c "explain (analyze, buffers, costs off) select a.* from activity a where true
  and a.provincial_unit = '320000' and a.type = 'KNOWLEDGE_LECTURE'
  and a.starts_at >= '2027-09-01T00:00+08:00' and a.starts_at < '2027-10-01T00:00+08:00'
  order by a.starts_at, a.id limit 51"
echo '```'

latency() { # name, query string: 50 sequential requests, after 5 unmeasured ones
  local url="http://127.0.0.1:$PORT/api/v1/activities?$2"
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$url"; done
  for _ in $(seq 1 $RUNS); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$url"
  done | awk -v name="$1" '$1 != 200 { bad++ } { t[NR] = $2 * 1000 } END {
      n = asort(t); printf "| %s | %d | %.1f | %.1f | %.1f | %d |\n", name, n, t[int(n * 0.5)], t[int(n * 0.95)], t[n], bad }'
}
echo
echo "| query (national admin, limit 50) | requests | p50 (ms) | p95 (ms) | max (ms) | non-200 |"
echo "|---|---|---|---|---|---|"
latency "no filter, first page" "limit=50"
latency "one campaign (2027 organic week)" "campaign=$CAMPAIGN&limit=50"
NEXT=$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/activities?campaign=$CAMPAIGN&limit=200" \
  | sed -E 's/.*"next":"([^"]+)".*/\1/')
latency "one campaign, next page by cursor" "campaign=$CAMPAIGN&limit=50&cursor=$NEXT"
latency "one campaign in one provincial unit" "campaign=$CAMPAIGN&province=320000&limit=50"
latency "provincial unit + type + month" "province=320000&type=knowledge-lecture&from=2027-09-01&to=2027-09-30&limit=50"
latency "provincial unit + Chinese text" "province=440000&q=%E7%9F%A5%E8%AF%86%E8%AE%B2%E8%A7%A3&limit=50"
