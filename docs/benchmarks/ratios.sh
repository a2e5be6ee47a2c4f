#!/usr/bin/env bash
# How close the suite comes to the parts it stands on, measured side by side in one run (issue 13). Starts the
# packaged suite itself (deploy/run-local, one part per process so that a service can be restarted alone, on free
# ports, on databases of its own), seeds the 2022 demo (deploy/seed-demo) and optionally N more activities written
# straight into PostgreSQL (ratios/load-activities.sql), then measures each pair A B A B … and prints one table:
#   reads        GET /api/v1/public/activities?campaign=&limit=50 with wrk  vs  pgbench running the statements
#                event-service sent for that request, captured from PostgreSQL's log (not retyped)
#   writes       POST /api/v1/activities with wrk  vs  pgbench running the inserts of that transaction as captured
#                (every generated id fresh per transaction; outbox and version rows included when the write has them)
#   propagation  publish acknowledged → visible in report-service's activity projection, p50 and p99  vs  Kafka's own
#                end-to-end latency (the loop of Kafka's EndToEndLatency, acks=all) on the same broker
#   files        a download from material-service  vs  nginx serving the same stored file from the same disk;
#                an upload  vs  dd writing the same bytes (with fsync, as the service syncs before it renames)
#   export       GET national-summary.csv with wrk  vs  pgbench recomputing the activity figures per provincial unit
#                from event-service's raw rows
#   startup      each service's start ("started in", Quarkus) and RSS when ready  vs  a bare Quarkus app with the
#                same extensions (ratios/bare-app, built here once)
#
#   docs/benchmarks/ratios.sh [extra activities …]   (default 0: the demo alone; `0 1000000`: every pair on the demo,
#                                                    then again after loading 1,000,000 more, in the same suite)
# Environment: RATIOS_SECONDS (5, per run), RATIOS_ROUNDS (2: A B A B), RATIOS_CONNECTIONS (4: wrk and pgbench
# alike), RATIOS_EVENTS (100 per propagation run), RATIOS_FILE_MIB (256), RATIOS_PER_UNIT (16 demo activities per
# unit), RATIOS_PAIRS ("reads writes propagation files export startup"), RATIOS_DB_PREFIX (ratios), RATIOS_DIR
# (work directory, default a new one under /tmp, removed at the end unless RATIOS_KEEP=1), PG_LOG_FILE (the server's
# log when pg_current_logfile() and /proc cannot tell), PGHOST, PGPORT, PGUSER (a superuser: the capture sets
# log_min_duration_statement on the service's database and reads the log with pg_read_file), PGPASSWORD.
# Tools: wrk, pgbench (postgresql-contrib or postgresql-client), psql, nginx (nginx-light), curl, jq, python3, bc,
# JDK 17+; a pair whose tool is missing is skipped and said so. Requests go to 127.0.0.1 only; every run is bounded.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/docs/benchmarks/ratios
SIZES=("$@"); ((${#SIZES[@]})) || SIZES=(0) # extra activities, one measurement per size
SECS=${RATIOS_SECONDS:-5} ROUNDS=${RATIOS_ROUNDS:-2} CONNS=${RATIOS_CONNECTIONS:-4} EVENTS=${RATIOS_EVENTS:-100}
FILE_MIB=${RATIOS_FILE_MIB:-256} PER_UNIT=${RATIOS_PER_UNIT:-16} PREFIX=${RATIOS_DB_PREFIX:-ratios}
PAIRS=" ${RATIOS_PAIRS:-reads writes propagation files export startup} "
WORK=${RATIOS_DIR:-$(mktemp -d /tmp/ratios.XXXXXX)}
mkdir -p "$WORK"
THREADS=$((CONNS < 2 ? CONNS : 2))
PSQL=(psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -X -q -v ON_ERROR_STOP=1)
PGBENCH=(pgbench -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -n -c "$CONNS" -j "$THREADS" -T "$SECS")
HARNESS_CP="$ROOT/deploy/harness/target/classes:$ROOT/deploy/harness/target/lib/*"
JAVA=(java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$HARNESS_CP")

say() { printf '[ratios] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
has() { command -v "$1" >/dev/null; }

# --- tools: say what is missing, skip what needs it ------------------------------------------------------------
missing=()
for t in wrk:wrk pgbench:postgresql-contrib nginx:nginx-light python3:python3 bc:bc jq:jq curl:curl psql:postgresql-client; do
  has "${t%%:*}" || missing+=("${t%%:*} (apt-get install ${t#*:})")
done
((${#missing[@]})) && say "missing: ${missing[*]}; the pairs that need them are skipped"
for t in java curl psql python3 bc; do has $t || die "$t is needed for anything here"; done

# --- ports, databases, work directory, cleanup ------------------------------------------------------------------
used=" "
free_port() { # variable name: a port nothing listens on and not handed out before (set here, not in a subshell)
  local p
  while :; do
    p=$((20000 + RANDOM % 30000))
    [[ $used == *" $p "* ]] && continue
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
    used+="$p "; printf -v "$1" '%s' "$p"; return
  done
}
for port in KAFKA_PORT EVENT_PORT MATERIAL_PORT REPORT_PORT NGINX_PORT BARE_PORT; do free_port $port; done
export RUN_DIR=$WORK/run KAFKA_PORT EVENT_PORT MATERIAL_PORT REPORT_PORT
export EVENTS_DB=${PREFIX}_events MATERIALS_DB=${PREFIX}_materials REPORTS_DB=${PREFIX}_reports
BARE_DB=${PREFIX}_bare
EV=http://127.0.0.1:$EVENT_PORT MAT=http://127.0.0.1:$MATERIAL_PORT REP=http://127.0.0.1:$REPORT_PORT

declare -A PART_PID=()
BARE_PID="" NGINX_UP=""
cleanup() {
  trap - EXIT INT TERM
  [[ -n $BARE_PID ]] && { kill "$BARE_PID" 2>/dev/null; wait "$BARE_PID" 2>/dev/null || true; }
  [[ -n $NGINX_UP ]] && nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s quit 2>/dev/null || true
  for part in report-service material-service event-service kafka; do
    [[ -n ${PART_PID[$part]:-} ]] && { kill -TERM "${PART_PID[$part]}" 2>/dev/null; wait "${PART_PID[$part]}" 2>/dev/null || true; }
  done
  "${PSQL[@]}" -d postgres -c "alter database $EVENTS_DB reset log_min_duration_statement" 2>/dev/null || true
  [[ ${RATIOS_KEEP:-0} == 1 ]] && say "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

missing_jar=0
for s in event-service material-service report-service; do
  [[ -f $ROOT/$s/target/quarkus-app/quarkus-run.jar ]] || missing_jar=1
done
[[ -d $ROOT/deploy/harness/target/lib ]] || missing_jar=1
if ((missing_jar)); then
  say "building the suite (./mvnw package, a few minutes)..."
  (cd "$ROOT" && ./mvnw -B -q -DskipTests -pl deploy/harness,event-service,material-service,report-service -am package)
fi
for db in "$EVENTS_DB" "$MATERIALS_DB" "$REPORTS_DB" "$BARE_DB"; do
  "${PSQL[@]}" -d postgres -c "drop database if exists $db with (force)" 2>/dev/null
done

# --- the suite: one deploy/run-local per part, so that one service can be restarted alone ------------------------
start_part() {
  : >"$WORK/$1.out" # emptied before the part starts, so that wait_part never reads the last start's message
  RUN_LOCAL_PARTS=$1 "$ROOT/deploy/run-local" >"$WORK/$1.out" 2>&1 &
  PART_PID[$1]=$!
}
wait_part() {
  until grep -q 'The suite is up' "$WORK/$1.out"; do
    kill -0 "${PART_PID[$1]}" 2>/dev/null || { cat "$WORK/$1.out" >&2; die "$1 did not start"; }
    sleep 0.2
  done
}
stop_part() {
  kill -TERM "${PART_PID[$1]}" 2>/dev/null || true
  wait "${PART_PID[$1]}" 2>/dev/null || true
  unset "PART_PID[$1]"
}
service_pid() { pgrep -n -f "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
rss_mb() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1 / 1024}'; }
started_in() { sed -nE 's/.* started in ([0-9.]+)s.*/\1/p' "$1" | tail -n 1; }

say "work directory $WORK; Kafka on $KAFKA_PORT, services on $EVENT_PORT $MATERIAL_PORT $REPORT_PORT"
start_part kafka; wait_part kafka
# the first databases are created by the first service to start; run-local creates all three each time
start_part event-service; wait_part event-service
start_part material-service; start_part report-service
wait_part material-service; wait_part report-service
declare -A FIRST_START=()
for s in event-service material-service report-service; do
  FIRST_START[$s]="$(started_in "$RUN_DIR/$s.log") $(rss_mb "$(service_pid "$s")")"
done

say "seeding the 2022 demo ($PER_UNIT activities per unit)..."
"$ROOT/deploy/seed-demo" "$EV" "$PER_UNIT" "$MAT" "$REP" >"$WORK/seed.out" 2>&1 || { cat "$WORK/seed.out" >&2; die "seed-demo failed"; }
ADMIN=$("$ROOT/deploy/token" national-admin)
OFFICER=$("$ROOT/deploy/token" provincial-officer 320000)
campaign_id() {
  curl -sf -H "Authorization: Bearer $ADMIN" "$EV/api/v1/campaigns?year=2022&kind=$1" | jq -r '.items[0].id'
}
ORGANIC=$(campaign_id organic-product-week) GREEN=$(campaign_id green-product-week)
EXPERIENCE=$(campaign_id service-experience-week) QUALITY=$(campaign_id quality-month)


# --- the table --------------------------------------------------------------------------------------------------
TABLE=$WORK/table.md
: >"$TABLE"
row() { # pair, round, A, B, ratio, target
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$SIZE" "$2" "$3" "$4" "$5" "$6" | tee -a "$TABLE" >&2
}
ratio() { # a b: a / b with two decimals, or - when either is missing
  if [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]] && [[ $(echo "$2 > 0" | bc) == 1 ]]; then
    printf '%.2f' "$(echo "$1 / $2" | bc -l)"
  else echo -; fi
}
skip() { printf '| %s | %s | - | skipped: %s | | | |\n' "$1" "$SIZE" "$2" | tee -a "$TABLE" >&2; }
wrk_rate() { # wrk arguments…: requests/s, with the non-2xx count when there is one
  local out
  out=$(wrk -t "$THREADS" -c "$CONNS" -d "${SECS}s" "$@" 2>&1) || true
  local rate bad
  rate=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  bad=$(awk '/Non-2xx or 3xx responses/ {print $NF}' <<<"$out")
  echo "${rate:-error}${bad:+ ($bad non-2xx)}"
}
pgbench_rate() { # database, script: transactions/s, or "failed" with pgbench's reason
  local out
  if out=$("${PGBENCH[@]}" -f "$2" "$1" 2>&1); then
    awk '/^tps/ {printf "%.0f", $3}' <<<"$out"
  else
    echo "pgbench failed: $(grep -m1 -i 'error' <<<"$out" | cut -c1-120)"
  fi
}
first_number() { grep -oE '^[0-9.]+' <<<"$1" || true; }

# --- capture: the statements event-service sends, from PostgreSQL's log ------------------------------------------
LOGFILE=${PG_LOG_FILE:-$("${PSQL[@]}" -d postgres -tAc "select coalesce(pg_current_logfile(), '')")}
if [[ -z $LOGFILE ]]; then
  datadir=$("${PSQL[@]}" -d postgres -tAc "show data_directory")
  postmaster=$(head -n 1 "$datadir/postmaster.pid" 2>/dev/null || true)
  [[ -n $postmaster ]] && LOGFILE=$(readlink "/proc/$postmaster/fd/2" 2>/dev/null || true)
fi
log_size() { "${PSQL[@]}" -d postgres -tAc "select (pg_stat_file('$LOGFILE')).size"; }
log_since() { "${PSQL[@]}" -d postgres -tAc "select pg_read_file('$LOGFILE', $1, (pg_stat_file('$LOGFILE')).size - $1)"; }
READ_URL="$EV/api/v1/public/activities?campaign=$ORGANIC&limit=50"
write_body() { # n: a lecture in 南京市玄武区, at an address of its own
  printf '{"type": "knowledge-lecture", "title": {"zh": "有机产品认证知识讲解进社区"}, "campaigns": ["%s"], "venue": {"division": "320102", "address": "南京市玄武区基准路%s号"}, "startsAt": "2022-09-20T09:00:00+08:00", "endsAt": "2022-09-20T11:30:00+08:00", "format": "offline", "visibility": "public", "settings": ["communities"], "voluntaryParticipation": true, "noFee": true}' "$ORGANIC" "$1"
}
post_activity() { curl -s -o /dev/null -w '%{http_code}' -X POST "$EV/api/v1/activities" -H "Authorization: Bearer $OFFICER" \
  -H 'Content-Type: application/json' -d "$(write_body "$1")"; }

measure() { # every pair at the dataset loaded now (the body is not indented: its here-documents end at column 0)
CAPTURED=""
if [[ $PAIRS == *" reads "* || $PAIRS == *" writes "* ]]; then
  if [[ -z $LOGFILE ]] || ! "${PSQL[@]}" -d postgres -tAc "select length(pg_read_file('$LOGFILE', 0, 1))" >/dev/null 2>&1; then
    say "cannot read PostgreSQL's log (set PG_LOG_FILE, and PGUSER to a superuser): reads and writes are skipped"
  else
    say "capturing event-service's statements from $LOGFILE (log_min_duration_statement=0 on $EVENTS_DB for it)"
    # the setting reaches new connections only: restart event-service around the capture
    stop_part event-service
    "${PSQL[@]}" -d postgres -c "alter database $EVENTS_DB set log_min_duration_statement = 0"
    start_part event-service; wait_part event-service
    for _ in 1 2 3; do curl -s -o /dev/null "$READ_URL"; done
    post_activity 0 >/dev/null
    # twice the same statements in a row, so that a drift check from another service sharing the connection
    # in between is not taken for the request's work
    previous=""
    for try in 1 2 3 4; do
      offset=$(log_size); curl -s -o /dev/null "$READ_URL"; sleep 0.5
      log_since "$offset" | python3 "$HERE/capture.py" read "$EVENTS_DB" '^select a\.\* from activity a join activity_campaign' \
        >"$WORK/read.sql" 2>"$WORK/read.statements" || true
      n=$(wc -l <"$WORK/read.statements")
      [[ $n == "$previous" && $n -gt 0 ]] && break
      previous=$n
    done
    offset=$(log_size); post_activity capture >/dev/null; sleep 0.5
    log_since "$offset" | python3 "$HERE/capture.py" write "$EVENTS_DB" '^insert into activity ' "$ORGANIC" \
      >"$WORK/write.sql" 2>"$WORK/write.statements" || true
    "${PSQL[@]}" -d postgres -c "alter database $EVENTS_DB reset log_min_duration_statement"
    stop_part event-service; start_part event-service; wait_part event-service
    CAPTURED=yes
    { echo "At $SIZE, one read request:"; sed 's/^/    /' "$WORK/read.statements"
      echo "one write transaction (the writes pgbench replays):"; sed 's/^/    /' "$WORK/write.statements"; } >>"$WORK/captured.txt"
    say "read: $(wc -l <"$WORK/read.statements") statements per request; write: $(wc -l <"$WORK/write.statements") statements per transaction"
  fi
fi

# --- reads --------------------------------------------------------------------------------------------------------
if [[ $PAIRS == *" reads "* ]]; then
  name="reads: public list, one campaign, 50 per page: HTTP (wrk, req/s) vs pgbench on the captured SQL (tx/s)"
  if ! has wrk || ! has pgbench; then skip "$name" "wrk or pgbench missing"
  elif [[ -z $CAPTURED || ! -s $WORK/read.sql ]]; then skip "$name" "no statements captured"
  else
    wrk -t "$THREADS" -c "$CONNS" -d "$((SECS < 3 ? SECS : 3))s" "$READ_URL" >/dev/null 2>&1 || true # JIT warm-up
    for r in $(seq 1 "$ROUNDS"); do
      a=$(wrk_rate "$READ_URL"); b=$(pgbench_rate "$EVENTS_DB" "$WORK/read.sql")
      row "$name" "$r" "$a" "$b" "$(ratio "$(first_number "$a")" "$(first_number "$b")")" "≥ 0.6"
    done
  fi
fi

# --- writes -------------------------------------------------------------------------------------------------------
if [[ $PAIRS == *" writes "* ]]; then
  name="writes: schedule an activity: POST /activities (wrk, req/s) vs pgbench on the captured inserts (tx/s)"
  if ! has wrk || ! has pgbench; then skip "$name" "wrk or pgbench missing"
  elif [[ -z $CAPTURED || ! -s $WORK/write.sql ]]; then skip "$name" "no statements captured"
  else
    # every request an address of its own, as the capture's; the token and body as post_activity sends them
    cat >"$WORK/post.lua" <<LUA
local threads, counter = 0, 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local template = [[$(write_body '%s')]]
request = function()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/activities", {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer $OFFICER"}, string.format(template, tid .. "-" .. os.time() .. "-" .. counter))
end
LUA
    for r in $(seq 1 "$ROUNDS"); do
      a=$(wrk_rate -s "$WORK/post.lua" "$EV/api/v1/activities"); b=$(pgbench_rate "$EVENTS_DB" "$WORK/write.sql")
      row "$name" "$r" "$a" "$b" "$(ratio "$(first_number "$a")" "$(first_number "$b")")" "≥ 0.5"
    done
  fi
fi

# --- propagation --------------------------------------------------------------------------------------------------
if [[ $PAIRS == *" propagation "* ]]; then
  for r in $(seq 1 "$ROUNDS"); do
    a=$("${JAVA[@]}" "$HERE/Propagation.java" "$EV" "$OFFICER" "$ORGANIC" \
      "jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$REPORTS_DB" "${PGUSER:-postgres}" "${PGPASSWORD:-}" "$EVENTS" 2>"$WORK/propagation.err" \
      | tail -n 1) || a="error: $(tail -n 1 "$WORK/propagation.err")"
    b=$("${JAVA[@]}" "$HERE/KafkaEndToEnd.java" "127.0.0.1:$KAFKA_PORT" ratios-end-to-end "$EVENTS" 1024 2>"$WORK/kafka-e2e.err" \
      | tail -n 1) || b="error: $(tail -n 1 "$WORK/kafka-e2e.err")"
    read -r a50 a99 _ <<<"$a"; read -r b50 b99 _ <<<"$b"
    row "propagation p50 (ms): publish acknowledged → in report-service's projection vs Kafka end-to-end, $EVENTS events" \
      "$r" "$a50" "$b50" "$(ratio "$a50" "$b50")" ""
    row "propagation p99 (ms), same runs" "$r" "$a99" "$b99" "$(ratio "$a99" "$b99")" "≤ 5"
  done
fi

# --- files --------------------------------------------------------------------------------------------------------
if [[ $PAIRS == *" files "* ]]; then
  bytes=$((FILE_MIB * 1048576))
  { printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2'; head -c $((bytes - 24)) /dev/urandom; } >"$WORK/file.mp4"
  MATERIAL=$(curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$MAT/api/v1/materials" \
    -d '{"campaignId": "'"$ORGANIC"'", "kind": "video", "title": {"zh": "有机产品认证宣传片（基准）"},
         "delivery": "download", "access": "public"}' | jq -r .id)
  upload() { curl -s -o /dev/null -w '%{http_code} %{speed_upload}' -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/octet-stream' -X POST -T "$WORK/file.mp4" "$MAT/api/v1/materials/$MATERIAL/versions?fileName=film.mp4"; }
  mib_s() { awk -v s="$1" 'BEGIN {printf "%.0f", s / 1048576}'; }
  dd_mib_s() { # the same bytes written by dd, synced before it ends
    local t0 t1
    t0=$(date +%s.%N); dd if="$WORK/file.mp4" of="$WORK/dd.out" bs=1M conv=fsync status=none; t1=$(date +%s.%N)
    rm -f "$WORK/dd.out"; awk -v m="$FILE_MIB" -v t="$(echo "$t1 - $t0" | bc)" 'BEGIN {printf "%.0f", m / t}'
  }
  first=$(upload)
  [[ ${first%% *} == 201 ]] || die "upload answered $first"
  curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN" -X POST "$MAT/api/v1/materials/$MATERIAL/versions/1/publish"
  curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN" -X POST "$MAT/api/v1/materials/$MATERIAL/publish"
  stored=$(find "$RUN_DIR/material-files" -type f -size "${bytes}c" | head -n 1)
  name="files: download of $FILE_MIB MiB (MiB/s): material-service vs nginx, the same stored file"
  if ! has nginx; then skip "$name" "nginx missing"
  elif [[ -z $stored ]]; then skip "$name" "the stored file was not found under $RUN_DIR/material-files"
  else
    mkdir -p "$WORK/nginx/logs"; free_port NGINX_PORT
    cat >"$WORK/nginx/nginx.conf" <<NGINX
user root;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
events { worker_connections 64; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  default_type application/octet-stream;
  server { listen 127.0.0.1:$NGINX_PORT; root $(dirname "$stored"); }
}
NGINX
    nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" && NGINX_UP=yes
    curl -s -o /dev/null "$MAT/api/v1/materials/$MATERIAL/file" # warm-up, and the page cache holds the file
    for r in $(seq 1 "$ROUNDS"); do
      a=$(curl -s -o /dev/null -w '%{speed_download}' "$MAT/api/v1/materials/$MATERIAL/file")
      b=$(curl -s -o /dev/null -w '%{speed_download}' "http://127.0.0.1:$NGINX_PORT/$(basename "$stored")")
      row "$name" "$r" "$(mib_s "$a")" "$(mib_s "$b")" "$(ratio "$a" "$b")" "≥ 0.8"
    done
    nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s quit 2>/dev/null; NGINX_UP=""
  fi
  for r in $(seq 1 "$ROUNDS"); do
    up=$(upload)
    a=$([[ ${up%% *} == 201 ]] && mib_s "${up#* }" || echo "answered ${up%% *}")
    b=$(dd_mib_s)
    row "files: upload of $FILE_MIB MiB (MiB/s): material-service (hashed, synced) vs dd conv=fsync" "$r" "$a" "$b" \
      "$(ratio "$a" "$b")" ""
  done
  rm -f "$WORK/file.mp4"
fi

# --- export -------------------------------------------------------------------------------------------------------
if [[ $PAIRS == *" export "* ]]; then
  name="export: national summary CSV, organic week (wrk, req/s) vs recomputing its activity figures from raw rows (pgbench, tx/s)"
  if ! has wrk || ! has pgbench; then skip "$name" "wrk or pgbench missing"
  else
    # the activity figures per provincial unit straight from event-service's rows: what the export would cost
    # without report-service's projection
    cat >"$WORK/recompute.sql" <<SQL
select u.code, u.name_zh, count(a.id) as announced, count(a.id) filter (where a.status = 'COMPLETED') as completed,
       count(a.id) filter (where a.status = 'CANCELLED') as cancelled, coalesce(sum(a.actual_participants), 0) as participants,
       coalesce(sum(a.media_items), 0) as media_items
from division u left join (activity_campaign ac join activity a on a.id = ac.activity_id and a.published_at is not null)
  on a.provincial_unit = u.code and ac.campaign_id = '$ORGANIC'
where u.level = 'PROVINCIAL_UNIT' and u.valid_to is null group by u.code, u.name_zh order by u.code;
SQL
    url="$REP/api/v1/exports/campaigns/$ORGANIC/national-summary.csv"
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ADMIN" "$url")
    for r in $(seq 1 "$ROUNDS"); do
      a=$(wrk_rate -H "Authorization: Bearer $ADMIN" "$url"); b=$(pgbench_rate "$EVENTS_DB" "$WORK/recompute.sql")
      [[ $status == 200 ]] || a="answered $status"
      row "$name" "$r" "$a" "$b" "$(ratio "$(first_number "$a")" "$(first_number "$b")")" "≥ 20 at 1,000,000"
    done
  fi
fi

# --- startup ------------------------------------------------------------------------------------------------------
if [[ $PAIRS == *" startup "* ]]; then
  BARE=$HERE/bare-app/target/quarkus-app/quarkus-run.jar
  if [[ ! -f $BARE ]]; then
    say "building the bare Quarkus app (docs/benchmarks/ratios/bare-app)..."
    (cd "$HERE/bare-app" && "$ROOT/mvnw" -B -q -o package -DskipTests) >"$WORK/bare-build.out" 2>&1 \
      || (cd "$HERE/bare-app" && "$ROOT/mvnw" -B -q package -DskipTests) >"$WORK/bare-build.out" 2>&1 \
      || { cat "$WORK/bare-build.out" >&2; die "the bare app did not build"; }
  fi
  java -cp "$HARNESS_CP" cn.gov.samr.campaigns.harness.Postgres "$BARE_DB" >/dev/null
  bare_start() { # prints "started-in rss"
    env QUARKUS_HTTP_PORT=$BARE_PORT BARE_DB=$BARE_DB KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT \
      MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/deploy/dev-keys/public-key.pem" \
      java -Xmx256m -jar "$BARE" >"$WORK/bare.log" 2>&1 &
    BARE_PID=$!
    until curl -sf "http://127.0.0.1:$BARE_PORT/q/health/ready" >/dev/null; do
      kill -0 "$BARE_PID" 2>/dev/null || { cat "$WORK/bare.log" >&2; die "the bare app did not start"; }
      sleep 0.1
    done
    echo "$(started_in "$WORK/bare.log") $(rss_mb "$BARE_PID")"
    kill "$BARE_PID"; wait "$BARE_PID" 2>/dev/null || true; BARE_PID=""
  }
  for s in event-service material-service report-service; do
    for r in $(seq 1 "$ROUNDS"); do
      stop_part "$s"; start_part "$s"; wait_part "$s"
      read -r a_s a_rss <<<"$(started_in "$RUN_DIR/$s.log") $(rss_mb "$(service_pid "$s")")"
      read -r b_s b_rss <<<"$(bare_start)"
      row "startup: $s started in (s, Quarkus) vs the bare app, same extensions" "$r" "$a_s" "$b_s" "$(ratio "$a_s" "$b_s")" "≤ 1.3"
      row "startup: $s RSS when ready (MB, -Xmx256m) vs the bare app" "$r" "$a_rss" "$b_rss" "$(ratio "$a_rss" "$b_rss")" "≤ 1.3"
    done
  done
fi
}

# --- each size: load up to it, then every pair -------------------------------------------------------------------
loaded=0
for target in "${SIZES[@]}"; do
  if ((target > loaded)); then
    say "loading activities $((loaded + 1)) to $target into $EVENTS_DB and report-service's projection..."
    units=$("${PSQL[@]}" -d "$EVENTS_DB" -tAc "select '{' || string_agg(code, ',' order by code) || '}' from division
      where level = 'PROVINCIAL_UNIT' and valid_to is null")
    for part in events reports; do
      db=$EVENTS_DB; [[ $part == reports ]] && db=$REPORTS_DB
      "${PSQL[@]}" -d "$db" -v from=$((loaded + 1)) -v n="$target" -v part=$part -v units="'$units'" \
        -v campaigns="'{$ORGANIC,$GREEN,$EXPERIENCE,$QUALITY}'" -f "$HERE/load-activities.sql"
    done
    loaded=$target
  fi
  ACTIVITIES=$("${PSQL[@]}" -d "$EVENTS_DB" -tAc "select count(*) from activity")
  SIZE="$ACTIVITIES activities"
  say "dataset: $SIZE"
  measure
done

# --- the table, once more, whole ------------------------------------------------------------------------------------
echo
echo "Ratios, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo '+changes'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $SECS s per run, $CONNS connections, A B alternating $ROUNDS times"
echo
echo "| pair | dataset | round | A | B | A/B | target |"
echo "|---|---|---|---|---|---|---|"
cat "$TABLE"
if [[ -n $CAPTURED ]]; then
  echo
  echo "Captured from PostgreSQL's log (event-service, parameters bound):"
  cat "$WORK/captured.txt"
fi
echo
echo "At start (the first start, services sharing the cores): $(for s in event-service material-service report-service; do
  read -r t m <<<"${FIRST_START[$s]}"; printf '%s %s s, %s MB; ' "$s" "$t" "$m"; done)"
