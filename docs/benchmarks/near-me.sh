#!/usr/bin/env bash
# "Near me" on 1,000,000 activities: loads them (activity-data.sql, then coordinates below) into the scratch
# database campaigns_bench_geo unless they are there, starts event-service alone on it (Kafka is not needed to read),
# prints EXPLAIN ANALYZE of the nearest-first query ActivityRepository.nearest sends and the latency of 50 sequential
# anonymous requests each over HTTP (loopback only).
#   docs/benchmarks/near-me.sh     (needs ./mvnw package first, and psql)
# Coordinates: 900,000 spread evenly over eastern China (20–45°N, 100–122°E), 100,000 within about 30 km of 新街口
# (a dense city), 10% of the rest left unlocated (online activities); deterministic (setseed).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DB=campaigns_bench_geo PORT=18391 RUNS=50
PSQL=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d "$DB" -X -q)
LOG=$(mktemp)
ADMIN=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d postgres -X -q)
[[ -n $("${ADMIN[@]}" -tAc "select 1 from pg_database where datname = '$DB'") ]] || "${ADMIN[@]}" -c "create database $DB"

QUARKUS_HTTP_PORT=$PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 EVENTS_DB=$DB \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/deploy/dev-keys/public-key.pem" \
  java -Xmx256m -jar "$ROOT/event-service/target/quarkus-app/quarkus-run.jar" >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -f "$LOG"' EXIT
until grep -q 'started in' "$LOG"; do kill -0 $SERVICE || { cat "$LOG"; exit 1; }; sleep 0.5; done

if [[ $("${PSQL[@]}" -tAc "select count(*) from activity where latitude is not null") -lt 800000 ]]; then
  echo "loading 1,000,000 activities with coordinates (a few minutes)..." >&2
  "${PSQL[@]}" -c "truncate activity, activity_campaign, activity_setting, campaign cascade" 2>/dev/null
  "${PSQL[@]}" -f "$ROOT/docs/benchmarks/activity-data.sql"
  "${PSQL[@]}" <<'SQL'
do $$ begin perform setseed(0.17); end $$;
drop index if exists activity_near;
-- announced, so that the public list shows them (the data set leaves published_at empty)
update activity a set published_at = a.created_at,
  latitude = case when h % 10 = 0 then 32.0418 + (random() - 0.5) * 0.54
                  when h % 10 = 1 then null else 20 + random() * 25 end,
  longitude = case when h % 10 = 0 then 118.7849 + (random() - 0.5) * 0.64
                   when h % 10 = 1 then null else 100 + random() * 22 end
from (select id, abs(hashtext(id::text)) as h from activity) x where x.id = a.id;
update activity set longitude = null where latitude is null;
update activity set latitude = null where longitude is null;
create index activity_near on activity
    using gist (ll_to_earth(cast(latitude as float8), cast(longitude as float8)))
    where latitude is not null and longitude is not null;
vacuum analyze activity;
SQL
fi
echo "activities: $("${PSQL[@]}" -tAc "select count(*) from activity"), located: $("${PSQL[@]}" -tAc \
  "select count(*) from activity where latitude is not null"), public announced: $("${PSQL[@]}" -tAc \
  "select count(*) from activity where visibility = 'PUBLIC' and published_at is not null"), within 10 km of 新街口: $("${PSQL[@]}" -tAc \
  "select count(*) from activity where earth_distance(ll_to_earth(cast(latitude as float8), cast(longitude as float8)), ll_to_earth(32.0418, 118.7849)) <= 10000")"

nearest() { # radius in metres: the SQL ActivityRepository.nearest sends for the public list, first page of 50
  cat <<SQL
explain (analyze, buffers, costs off)
select a.id, ll_to_earth(cast(a.latitude as float8), cast(a.longitude as float8)) <-> ll_to_earth(32.0418, 118.7849) as chord,
       earth_distance(ll_to_earth(cast(a.latitude as float8), cast(a.longitude as float8)), ll_to_earth(32.0418, 118.7849)) as metres
from activity a where true
  and ((a.visibility = 'PUBLIC' and a.published_at is not null))
  and a.latitude is not null and a.longitude is not null
  and earth_box(ll_to_earth(32.0418, 118.7849), $1) @> ll_to_earth(cast(a.latitude as float8), cast(a.longitude as float8))
  and earth_distance(ll_to_earth(cast(a.latitude as float8), cast(a.longitude as float8)), ll_to_earth(32.0418, 118.7849)) <= $1
order by chord, a.starts_at, a.id limit 51
SQL
}
echo
echo '### EXPLAIN ANALYZE: near 新街口, radius 10 km, first page'
echo '```'
"${PSQL[@]}" -c "$(nearest 10000)"
echo '```'
echo '### EXPLAIN ANALYZE: near 新街口, radius 500 km (the cap), first page'
echo '```'
"${PSQL[@]}" -c "$(nearest 500000)"
echo '```'

latency() { # name, query string: 50 sequential requests, after 5 unmeasured ones
  local url="http://127.0.0.1:$PORT/api/v1/public/activities?$2"
  for _ in 1 2 3 4 5; do curl -s -o /dev/null "$url"; done
  for _ in $(seq 1 $RUNS); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$url"
  done | awk -v name="$1" '$1 != 200 { bad++ } { t[NR] = $2 * 1000 } END {
      n = asort(t); printf "| %s | %d | %.1f | %.1f | %.1f | %d |\n", name, n, t[int(n * 0.5)], t[int(n * 0.95)], t[n], bad }'
}
NEAR="near=32.0418,118.7849"
echo
echo "| query (anonymous, limit 50) | requests | p50 (ms) | p95 (ms) | max (ms) | non-200 |"
echo "|---|---|---|---|---|---|"
latency "near 新街口, default 10 km" "$NEAR&limit=50"
latency "near 新街口, 500 km" "$NEAR&radiusKm=500&limit=50"
NEXT=$(curl -s "http://127.0.0.1:$PORT/api/v1/public/activities?$NEAR&limit=200" | sed -E 's/.*"next":"([^"]+)".*/\1/')
latency "near 新街口, 10 km, page after 200 by cursor" "$NEAR&limit=50&cursor=$NEXT"
latency "near a point with nothing within 10 km (the sea, 30°N 125°E)" "near=30,125&limit=50"
latency "bbox of 南京's centre, start order" "bbox=118.70,31.95,118.90,32.10&limit=50"
latency "no area (start order), for comparison" "limit=50"
