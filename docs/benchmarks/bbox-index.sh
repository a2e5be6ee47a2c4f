#!/usr/bin/env bash
# bbox alone: the start-order walk with the box's comparisons (before) against the same query with the earth_box of the
# box's circumscribed circle, which activity_near (GiST) answers (ActivityRepository.within, GeoArea.Box.circumscribed).
# A scratch database h1_geo (dropped at the end unless KEEP=1) holds 1,000,000 narrow activity rows laid out as
# near-me.sh lays them out: 10% within about 30 km of 新街口, 10% unlocated, the rest spread over 20–45°N 100–122°E.
# For four boxes it prints EXPLAIN ANALYZE of both forms (each run twice, the second shown: warm cache) and checks the
# two answers are the same rows.   docs/benchmarks/bbox-index.sh   (needs psql and python3)
set -euo pipefail
DB=${DB:-h1_geo}
PSQL=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -X -q -v ON_ERROR_STOP=1)
[[ -n $("${PSQL[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$DB'") ]] || {
  "${PSQL[@]}" -d postgres -c "create database $DB"
  "${PSQL[@]}" -d "$DB" <<'SQL'
create extension cube; create extension earthdistance;
create table activity (id uuid primary key, visibility varchar(10) not null, published_at timestamptz,
  status varchar(20) not null, latitude numeric(9,6), longitude numeric(9,6), starts_at timestamptz not null,
  title_zh varchar(200) not null, filler text);
select setseed(0.17);
insert into activity
select gen_random_uuid(), case when g % 20 = 0 then 'INTERNAL' else 'PUBLIC' end, now(), 'PUBLISHED',
  case when g % 10 = 0 then 32.0418 + (random() - 0.5) * 0.54 when g % 10 = 1 then null else 20 + random() * 25 end,
  null, timestamptz '2022-09-01' + (g % 100000) * interval '1 minute', '活动' || g, repeat('x', 300)
from generate_series(1, 1000000) g;
update activity set longitude = case when latitude is null then null
  when abs(latitude - 32.0418) <= 0.27 and random() < 0.6 then 118.7849 + (random() - 0.5) * 0.64
  else 100 + random() * 22 end;
create index activity_by_start on activity (starts_at, id);
create index activity_near on activity using gist (ll_to_earth(cast(latitude as float8), cast(longitude as float8)))
  where latitude is not null and longitude is not null;
vacuum analyze activity;
SQL
}
[[ ${KEEP:-0} == 1 ]] || trap '"${PSQL[@]}" -d postgres -c "drop database if exists $DB"' EXIT
python3 - <<'PY' >/tmp/bbox-index.$$.sql
import math
R = 6378.168  # earthdistance's sphere, as GeoArea.EARTH_RADIUS_KM
def dist(a, b):
    (la1, lo1), (la2, lo2) = a, b
    h = math.sin(math.radians(la2 - la1) / 2) ** 2 + math.cos(math.radians(la1)) * math.cos(math.radians(la2)) \
        * math.sin(math.radians(lo2 - lo1) / 2) ** 2
    return 2 * R * math.asin(min(1, math.sqrt(h)))
for w, s, e, n, name in [(105.0, 25.0, 105.1, 25.1, "a town, 9 activities"), (86.0, 28.0, 88.0, 30.0, "empty"),
                         (118.70, 31.95, 118.90, 32.10, "新街口, dense"), (116.3, 30.7, 121.9, 35.2, "a province")]:
    c = ((s + n) / 2, (w + e) / 2)
    r = max(dist(c, (s, w)), dist(c, (n, w)))
    base = ("select a.* from activity a where true and ((a.visibility = 'PUBLIC' and a.published_at is not null))")
    box = f" and a.latitude between {s} and {n} and a.longitude between {w} and {e}"
    idx = (" and a.latitude is not null and a.longitude is not null and earth_box(ll_to_earth(cast("
           f"{c[0]} as float8), cast({c[1]} as float8)), {r * 1000 * (1 + 1e-9) + 1}) @> "
           "ll_to_earth(cast(a.latitude as float8), cast(a.longitude as float8))")
    tail = " order by a.starts_at, a.id limit 51"
    for label, q in [("before: comparisons only", base + box + tail), ("with earth_box", base + idx + box + tail)]:
        print(f"\\o /dev/null\nexplain analyze {q};\n\\o")
        print(f"\\echo '==== {name} ({w},{s},{e},{n}; circle {r:.1f} km), {label}'")
        print(f"explain (analyze, buffers, costs off) {q};")
    print(f"\\echo '==== {name}: rows in one answer and not the other (must be 0)'")
    print(f"select count(*) from ((select id from ({base}{box}) x except select id from ({base}{idx}{box}) y) union all"
          f" (select id from ({base}{idx}{box}) y except select id from ({base}{box}) x)) d;")
PY
"${PSQL[@]}" -d "$DB" -f /tmp/bbox-index.$$.sql
rm -f /tmp/bbox-index.$$.sql
