#!/usr/bin/env bash
# Scheduling an activity at a venue already booked at the same time by 10, 1,000 and 10,000 activities (plus
# 20,000 earlier activities of the same division as history): the time per POST /api/v1/activities and the
# plan of the same-venue query (GiST index activity_venue_overlap, V8). Starts event-service alone (Kafka is not
# needed) with -Xmx256m on the database bench_venue; the bookings are written with SQL.
#   docs/benchmarks/venue-conflicts.sh       (needs ./mvnw package first, and psql)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DB=${BENCH_DB:-bench_venue} PORT=${BENCH_PORT:-18482} RUNS=${RUNS:-20}
PSQL=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d "$DB" -X -q -v ON_ERROR_STOP=1)
LOG=$(mktemp)
VENUE='南京市玄武区中山路1号社区中心'
java -cp "$ROOT/deploy/harness/target/classes:$ROOT/deploy/harness/target/lib/*" \
  cn.gov.samr.campaigns.harness.Postgres "$DB" >/dev/null 2>&1 || true

QUARKUS_HTTP_PORT=$PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 EVENTS_DB=$DB \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/deploy/dev-keys/public-key.pem" \
  java -Xmx256m -jar "${APP:-$ROOT/event-service/target/quarkus-app}/quarkus-run.jar" >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -f "$LOG"' EXIT
until grep -q 'started in' "$LOG"; do kill -0 $SERVICE || { cat "$LOG"; exit 1; }; sleep 0.5; done

ADMIN=$("$ROOT/deploy/token" national-admin) OFFICER=$("$ROOT/deploy/token" provincial-officer 320000)
API=http://localhost:$PORT/api/v1
"${PSQL[@]}" -c "truncate activity, activity_campaign, activity_setting, activity_change, campaign cascade"
CAMPAIGN=$(curl -sf -X POST "$API/campaigns" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"kind": "organic-product-week", "name": {"zh": "2022年全国有机产品认证宣传周"},
       "window": {"start": "2022-09-19", "end": "2022-09-23"}, "reportingDeadline": "2022-10-14"}' | sed -E 's/^\{"id":"([^"]+)".*/\1/')
curl -sf -o /dev/null -X POST "$API/campaigns/$CAMPAIGN/publish" -H "Authorization: Bearer $ADMIN"

# n activities of the campaign in 南京市玄武区 at the venue (or another one) from start to end
book() { # n venue start end
  "${PSQL[@]}" -c "insert into activity (id, type, title_zh, division_code, provincial_unit, venue_address,
      starts_at, ends_at, format, visibility, voluntary_participation, no_fee, status, scheduled_by, created_at,
      updated_at)
    select gen_random_uuid(), 'KNOWLEDGE_LECTURE', '已有活动 ' || g, '320102', '320000', '$2' || case when '$2' = '' then g::text else '' end,
      timestamptz '$3' - (case when '$2' = '' then g else 0 end) * interval '1 day',
      timestamptz '$4' - (case when '$2' = '' then g else 0 end) * interval '1 day',
      'OFFLINE', 'PUBLIC', true, true, 'PLANNED', 'benchmark', now(), now()
    from generate_series(1, $1) g;
    insert into activity_campaign (activity_id, campaign_id)
    select id, '$CAMPAIGN' from activity where scheduled_by = 'benchmark' on conflict do nothing;
    analyze activity"
}
BODY='{"type": "knowledge-lecture", "title": {"zh": "有机产品认证知识讲解进社区"}, "campaigns": ["'$CAMPAIGN'"],
  "venue": {"division": "320102", "address": "'$VENUE'"}, "startsAt": "2022-09-20T09:00:00+08:00",
  "endsAt": "2022-09-20T11:30:00+08:00", "format": "offline", "visibility": "public",
  "voluntaryParticipation": true, "noFee": true}'

# history: 20,000 earlier activities of the division, each at an address of its own, one per day back in time
book 20000 '' '2022-09-19T09:00:00+08' '2022-09-19T11:00:00+08'
booked=0
for n in 10 1000 10000; do
  book $((n - booked)) "$VENUE" '2022-09-20T08:00:00+08' '2022-09-20T18:00:00+08'
  booked=$n
  echo "### $n bookings overlapping at the venue ($("${PSQL[@]}" -tAc "select count(*) from activity") activities in all)"
  for _ in $(seq 1 "$RUNS"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "$API/activities" \
      -H "Authorization: Bearer $OFFICER" -H 'Content-Type: application/json' -d "$BODY"
  done | sort -k2 -n | awk -v runs="$RUNS" '$1 != 201 {bad++} {t[NR] = $2} END {
      printf "POST /api/v1/activities: %d runs, median %.1f ms, max %.1f ms, non-201: %d\n", runs, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000, bad}'
  curl -s -X POST "$API/activities" -H "Authorization: Bearer $OFFICER" -H 'Content-Type: application/json' -d "$BODY" \
    | python3 -c 'import json, sys; w = json.load(sys.stdin)["warnings"]; print("warnings:", len(w), "- last:", w[-1]["message"])'
  "${PSQL[@]}" -c "delete from activity_campaign where activity_id in (select id from activity where scheduled_by <> 'benchmark');
    delete from activity_change; delete from activity where scheduled_by <> 'benchmark'" 2>/dev/null || true
  echo '```'
  "${PSQL[@]}" -c "explain (analyze, buffers, costs off) select a.id, a.title_zh, a.starts_at, a.ends_at from activity a
    where a.venue_address is not null and a.status <> 'CANCELLED'
      and a.division_code = '320102' and lower(a.venue_address) = lower('$VENUE')
      and tstzrange(a.starts_at, a.ends_at) && tstzrange(cast('2022-09-20T09:00:00+08' as timestamptz), cast('2022-09-20T11:30:00+08' as timestamptz))
      and a.id <> '00000000-0000-0000-0000-000000000000' limit 5"
  "${PSQL[@]}" -c "explain (analyze, costs off) select count(*) from (select 1 from activity a
    where a.venue_address is not null and a.status <> 'CANCELLED'
      and a.division_code = '320102' and lower(a.venue_address) = lower('$VENUE')
      and tstzrange(a.starts_at, a.ends_at) && tstzrange(cast('2022-09-20T09:00:00+08' as timestamptz), cast('2022-09-20T11:30:00+08' as timestamptz))
      and a.id <> '00000000-0000-0000-0000-000000000000' limit 1001) c" | grep -E 'Index|Execution|Bitmap'
  echo "the query before (every overlapping activity loaded, as ActivityRepository.atSameVenue did), without the V8 index:"
  # without V8's index (dropped inside a transaction that is rolled back)
  "${PSQL[@]}" -c "begin; drop index activity_venue_overlap; explain (analyze, buffers, costs off) select * from activity a
    where a.division_code = '320102' and lower(a.venue_address) = lower('$VENUE')
      and a.starts_at < '2022-09-20T11:30:00+08' and a.ends_at > '2022-09-20T09:00:00+08'
      and a.status <> 'CANCELLED' and a.id <> '00000000-0000-0000-0000-000000000000'; rollback" | grep -E 'Scan|Rows Removed|Buffers|Execution' | head -6
  echo '```'
done
