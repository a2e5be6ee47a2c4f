#!/usr/bin/env bash
# How close the suite comes to the parts it stands on, measured side by side in one run (issue 13). Starts the
# packaged suite itself (deploy/run-local, one part per process so that a service can be restarted alone, on free
# ports, on databases of its own), seeds the 2022 demo (deploy/seed-demo) and optionally N more activities written
# straight into PostgreSQL (ratios/load-activities.sql), then measures each pair A B A B … and prints one table:
#   reads        GET /api/v1/public/activities?campaign=&limit=50 with wrk  vs  pgbench running the statements
#                event-service sent for that request, captured from PostgreSQL's log (not retyped)
#   writes       POST /api/v1/activities with wrk  vs  pgbench running the inserts of that transaction as captured
#                (every generated id fresh per transaction; outbox and version rows included when the write has them)
#   submits      POST /api/v1/reports/{id}/submit, receipts  POST /api/v1/shipments/{id}/receive: each target is
#                written once, so both sides take fresh ones from a pool (ratios/pools.sql copies the organic week's
#                obligations with drafts, or its dispatched shipments); wrk through its slice, pgbench the captured
#                writes with each transaction's target the next of the pool
#   propagation  publish acknowledged → visible in report-service's activity projection, p50 and p99  vs  Kafka's own
#                end-to-end latency (the loop of Kafka's EndToEndLatency, acks=all) on the same broker
#   files        a download from material-service  vs  nginx serving the same stored file from the same disk;
#                an upload  vs  dd writing the same bytes (with fsync, as the service syncs before it renames)
#   export       GET national-summary.csv with wrk  vs  pgbench recomputing the activity figures per provincial unit
#                from event-service's raw rows
#   mixed        (not in the default pairs: it takes 10 minutes) public lists, iCalendar feeds and scheduling on
#                event-service, downloads of a 1 MiB file on material-service, the export and statistics on
#                report-service, three wrk at once, each paced to a rate: after RATIOS_WARMUP, 15 s probes at
#                25, 50, 100 … requests/s per service (event-service twice that) find the highest that keeps every
#                p99 under 200 ms with no error, then RATIOS_MIXED_SECONDS (600) at it, with each service's heap
#                after a full GC (jcmd GC.run) every minute
#   startup      each service's start ("started in", Quarkus) and RSS when ready  vs  a bare Quarkus app with the
#                same extensions (ratios/bare-app, built here once)
#
#   docs/benchmarks/ratios.sh [extra activities …]   (default 0: the demo alone; `0 1000000`: every pair on the demo,
#                                                    then again after loading 1,000,000 more, in the same suite)
# Environment: RATIOS_POOL_RATE (4000: writes per second either side may make before the pool runs out),
# RATIOS_SECONDS (5, per run), RATIOS_WARMUP (120, unmeasured, before the HTTP side of reads and writes),
# RATIOS_WARMUP_RATE (500 writes/s of pool for it), RATIOS_ROUNDS (2: A B A B), RATIOS_CONNECTIONS (4: wrk and pgbench
# alike), RATIOS_EVENTS (100 per propagation run), RATIOS_FILE_MIB (256), RATIOS_PER_UNIT (16 demo activities per
# unit), RATIOS_PAIRS ("reads writes submits receipts propagation files export startup"), RATIOS_DB_PREFIX (ratios), RATIOS_DIR
# (work directory, default a new one under /tmp, removed at the end unless RATIOS_KEEP=1), RATIOS_PROFILE (1: a flame
# graph of the service under test during the A runs of reads, writes, submits and receipts, written to
# docs/benchmarks/flames/<pair>.html with a text summary <pair>.txt; RATIOS_PROFILE_EVENT cpu, or wall), PG_LOG_FILE (the server's
# log when pg_current_logfile() and /proc cannot tell), PGHOST, PGPORT, PGUSER (a superuser: the capture sets
# log_min_duration_statement on the service's database and reads the log with pg_read_file), PGPASSWORD.
# Tools: wrk, pgbench (postgresql-contrib or postgresql-client), psql, nginx (nginx-light), curl, jq, python3, bc,
# JDK 17+; a pair whose tool is missing is skipped and said so. Requests go to 127.0.0.1 only; every run is bounded.
{ # the whole script is read before it runs, so that editing it during a run cannot change that run
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/docs/benchmarks/ratios
SIZES=("$@"); ((${#SIZES[@]})) || SIZES=(0) # extra activities, one measurement per size
SECS=${RATIOS_SECONDS:-5} ROUNDS=${RATIOS_ROUNDS:-2} CONNS=${RATIOS_CONNECTIONS:-4} EVENTS=${RATIOS_EVENTS:-100}
WARMUP=${RATIOS_WARMUP:-120} # unmeasured seconds before each HTTP pair: the capture has just restarted the service, whose
# JIT is cold; with 10 s the compiler still took 38-55 % of the service's CPU in the timed runs (flames/*.txt)
FILE_MIB=${RATIOS_FILE_MIB:-256} PER_UNIT=${RATIOS_PER_UNIT:-16} PREFIX=${RATIOS_DB_PREFIX:-ratios}
PAIRS=" ${RATIOS_PAIRS:-reads writes submits receipts propagation files export startup} "
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

# --- RATIOS_PROFILE=1: async-profiler attached to the service under test during each A run (the rates it gives carry
# the profiler's cost, a few per cent at one sample per millisecond); async-profiler from the Maven repository
PROFILE=${RATIOS_PROFILE:-0} PROFILE_EVENT=${RATIOS_PROFILE_EVENT:-cpu}
FLAMES=$ROOT/docs/benchmarks/flames
if [[ $PROFILE == 1 ]]; then
  mkdir -p "$WORK/flames" "$FLAMES"
  . "$HERE/async-profiler.sh"
  fetch_async_profiler "$ROOT" "$WORK/profiler" || die "async-profiler could not be had from Maven"
fi

# --- ports, databases, work directory, cleanup ------------------------------------------------------------------
used=" "
free_port() { # variable name: a port nothing listens on and not handed out before (set here, not in a subshell)
  local p
  while :; do
    # below the kernel's ephemeral range (32768 and up here): a port a client connection was handed while a
    # service restarted around the capture left it unable to bind
    p=$((20000 + RANDOM % 12000))
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
profiler() { # service command: async-profiler told to do command in the service's JVM. The options are quoted once
  # more: jcmd would otherwise take "start,event=cpu" for a named argument and pass the agent nothing
  jcmd "$(service_pid "$1")" JVMTI.agent_load "$AP_LIB" "\"$2\"" >>"$WORK/profiler.out" 2>&1 \
    || say "async-profiler in $1 refused $2 (see $WORK/profiler.out)"
}
jit_seconds() { # service: the time HotSpot's compilers have spent so far, by the JVM's own counters (no profiler)
  jcmd "$(service_pid "$1")" PerfCounter.print 2>/dev/null | awk -F= '/^sun.os.hrt.frequency=/ { f = $2 }
    /^java.ci.totalTime=/ { t = $2 } END { if (f > 0) printf "%.2f", t / f }'
}
profile_begin() { # service: sampling starts in it (a pair's A run only, one run at a time)
  [[ $PROFILE == 1 ]] || return 0
  PROFILED=$1; JIT_BEFORE=$(jit_seconds "$1")
  profiler "$1" "start,event=$PROFILE_EVENT,interval=1ms"
}
profile_end() { # pair round: the samples since profile_begin, as collapsed stacks of that round
  [[ $PROFILE == 1 ]] || return 0
  profiler "$PROFILED" "stop,collapsed,file=$WORK/flames/$1-$2.collapsed"
  echo "  $1-$2: HotSpot's compilers $(echo "$(jit_seconds "$PROFILED") - ${JIT_BEFORE:-0}" | bc) s during the $SECS s run (java.ci.totalTime)" \
    >>"$WORK/flames/$1.jit"
}
profile_report() { # pair: every round's samples → docs/benchmarks/flames/<pair>.html and <pair>.txt (its summary)
  [[ $PROFILE == 1 ]] || return 0
  local name=$1$SIZE_TAG runs
  runs=("$WORK/flames/$1"-[0-9]*.collapsed)
  [[ -s ${runs[0]} ]] || { say "no samples for $1"; return 0; }
  cat "${runs[@]}" >"$WORK/flames/$name.collapsed"
  java -jar "$AP_CONVERTER" -o html --title "$1: $PROFILED, $PROFILE_EVENT, $SIZE, the A runs" \
    "$WORK/flames/$name.collapsed" "$FLAMES/$name.html" >/dev/null
  { python3 "$HERE/flame-summary.py" "$1: $PROFILED, $PROFILE_EVENT, $SIZE, $ROUNDS A runs of $SECS s, $CONNS connections" \
      "${runs[@]}"; cat "$WORK/flames/$1.jit"; } >"$FLAMES/$name.txt"
  rm -f "${runs[@]}" "$WORK/flames/$1.jit"
  say "flame graph of $1: $FLAMES/$name.html, summary $FLAMES/$name.txt"
}
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
  echo "$out" >>"$WORK/wrk.out" # for a look at the latencies and errors behind a rate
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

# --- capture switch, and the writes that happen once per target (a report is submitted once, a shipment received once)
log_statements() { # 0 | reset: every statement of the captured parts' databases logged, or not; restarts those parts
  local part
  for part in "${!CAPTURE[@]}"; do
    if [[ $1 == reset ]]; then "${PSQL[@]}" -d postgres -c "alter database ${CAPTURE[$part]} reset log_min_duration_statement"
    else "${PSQL[@]}" -d postgres -c "alter database ${CAPTURE[$part]} set log_min_duration_statement = $1"; fi
    stop_part "$part"; start_part "$part"
  done
  for part in "${!CAPTURE[@]}"; do wait_part "$part"; done
}
declare -A OFFICERS=() # provincial unit → its officer's token
officer() {
  [[ -n ${OFFICERS[$1]:-} ]] || OFFICERS[$1]=$(java -Dtoken.key="$ROOT/deploy/dev-keys/private-key.pem" \
    -cp "$ROOT/deploy/harness/target/classes" cn.gov.samr.campaigns.harness.DevTokens provincial-officer "$1")
  echo "${OFFICERS[$1]}"
}
POOL_RATE=${RATIOS_POOL_RATE:-4000} # the most writes per second either side may make: the pool lasts that long
WARMUP_RATE=${RATIOS_WARMUP_RATE:-500} # the same for the warm-up, whose rate is the cold service's (about 200/s)
declare -A ONCE_PATH=([submit]=/api/v1/reports/%s/submit [receipt]=/api/v1/shipments/%s/receive) ONCE_BODY=()
pool_slice() { # round: "first last" of A's targets in that round (0: the warm-up, warm-up rate × RATIOS_WARMUP of
  # them, so that a warm-up longer than a run keeps writing rather than being answered 404 once a run's worth is used)
  local warm=$((WARMUP_RATE * WARMUP)) per_round=$((POOL_RATE * SECS))
  if (($1 == 0)); then echo "1 $warm"; else echo "$((warm + ($1 - 1) * per_round + 1)) $((warm + $1 * per_round))"; fi
}
make_pool() { # reports|shipments database: fresh targets, n = 1 … warm-up + rounds × rate × seconds for A (see
  # pool_slice), then the capture's and B's, taken in turn from the sequence ratios_pool_next
  local per_round=$((POOL_RATE * SECS)) kind=submit total a_last
  [[ $1 == shipments ]] && kind=receipt
  a_last=$(pool_slice "$ROUNDS"); a_last=${a_last#* }
  total=$((a_last + ROUNDS * per_round + 1))
  say "copying $1 for $total fresh targets..."
  "${PSQL[@]}" -d "$2" -v part="$1" -v source="$ORGANIC" -v copies=$(((total + 32) / 32)) \
    -f "$HERE/pools.sql" >/dev/null
  "${PSQL[@]}" -d "$2" -c "select setval('ratios_pool_next', $a_last)" >/dev/null
  local unit
  for unit in $("${PSQL[@]}" -d "$2" -tAc "select distinct unit from ratios_pool"); do officer "$unit" >/dev/null; done
  ONCE_BODY[$kind]="" # a submission has no body; a receipt counts every copy of every material as received
  [[ $kind == receipt ]] && ONCE_BODY[$kind]=$("${PSQL[@]}" -d "$2" -tAc "select json_build_object('items',
    json_agg(json_build_object('materialId', material_id, 'quantityReceived', quantity, 'quantityDamaged', 0)), 'note', '已收到')
    from shipment_item where shipment_id = (select target from ratios_pool where n = 1)")
  return 0
}
once_request() { # kind target token: one write through the service, its status
  local url=$REP${ONCE_PATH[$1]//%s/$2}
  [[ $1 == receipt ]] && url=$MAT${ONCE_PATH[$1]//%s/$2}
  if [[ -n ${ONCE_BODY[$1]} ]]; then
    curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
      -d "${ONCE_BODY[$1]}" "$url"
  else
    curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $3" "$url"
  fi
}
capture_once() { # kind database regex label: one write of a fresh target, its statements as a pgbench script
  local target unit offset status known
  read -r target unit <<<"$("${PSQL[@]}" -d "$2" -tA -F ' ' -c "select target, unit from ratios_pool where n = (select nextval('ratios_pool_next'))")"
  offset=$(log_size); status=$(once_request "$1" "$target" "$(officer "$unit")"); sleep 0.5
  [[ $status == 200 ]] || say "the captured $1 answered $status"
  # the ids the request names are not generated ones: the campaign's, and the materials of a receipt
  known=$(grep -oE '[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}' <<<"$ORGANIC ${ONCE_BODY[$1]}" | paste -sd,)
  log_since "$offset" | python3 "$HERE/capture.py" write "$2" "$3" "$known" "$target" \
    >"$WORK/$1.sql" 2>"$WORK/$1.statements" || true
  { echo "$4, the writes pgbench replays:"; sed 's/^/    /' "$WORK/$1.statements"; } >>"$WORK/captured.txt"
}
once_pair() { # kind database service-URL name: wrk through round r's slice of the pool vs pgbench on the capture
  local kind=$1 db=$2 base=$3 name=$4 r a b first last pair=submits service=report-service
  [[ $kind == receipt ]] && pair=receipts service=material-service
  if ! has wrk || ! has pgbench; then skip "$name" "wrk or pgbench missing"; return; fi
  if [[ -z $CAPTURED || ! -s $WORK/$kind.sql ]]; then skip "$name" "no statements captured"; return; fi
  for r in $(seq 0 "$ROUNDS"); do # round 0: an unmeasured warm-up (the capture restarted the service)
    read -r first last <<<"$(pool_slice "$r")"
    "${PSQL[@]}" -d "$db" -tA -F ' ' -c "select target, unit from ratios_pool
      where n >= $first and n <= $last order by n" | while read -r target unit; do
      echo "$target ${OFFICERS[$unit]}"; done >"$WORK/$kind-$r.targets"
    cat >"$WORK/$kind.lua" <<LUA
local step = $THREADS
local body = [[${ONCE_BODY[$kind]}]]
$LUA_THREAD_IDS
function init(args)
  targets = {}
  for line in io.lines("$WORK/$kind-$r.targets") do targets[#targets + 1] = line end
  i = tid - step
end
request = function()
  i = i + step
  -- past the slice: a target that does not exist, answered 404 and counted as non-2xx in the table
  local target, token = (targets[i] or "00000000-0000-0000-0000-000000000000 none"):match("(%S+) (%S+)")
  local headers = {["Authorization"] = "Bearer " .. token}
  if body ~= "" then headers["Content-Type"] = "application/json" end
  return wrk.format("POST", string.format("${ONCE_PATH[$kind]}", target), headers, body ~= "" and body or nil)
end
LUA
    if ((r == 0)); then
      wrk -t "$THREADS" -c "$CONNS" -d "${WARMUP}s" -s "$WORK/$kind.lua" "$base" >/dev/null 2>&1 || true
      continue
    fi
    profile_begin "$service"; a=$(wrk_rate -s "$WORK/$kind.lua" "$base"); profile_end "$pair" "$r"
    b=$(pgbench_rate "$db" "$WORK/$kind.sql")
    row "$name" "$r" "$a" "$b" "$(ratio "$(first_number "$a")" "$(first_number "$b")")" "≥ 0.5"
  done
  profile_report "$pair"
}

# wrk's Lua: each thread its number, tid, so that the ids a thread makes up are its own
LUA_THREAD_IDS='local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end'
new_material() { # a public video material of the organic week, no file yet: its id
  curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$MAT/api/v1/materials" \
    -d '{"campaignId": "'"$ORGANIC"'", "kind": "video", "title": {"zh": "有机产品认证宣传片（基准）"},
         "delivery": "download", "access": "public"}' | jq -r .id
}
p99_ms() { # wrk --latency output: its 99th percentile in ms
  awk '$1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
    printf "%.1f", v * (u == "us" ? 0.001 : u == "s" ? 1000 : u == "m" ? 60000 : 1) }' <<<"$1"
}
errors() { # wrk output: non-2xx answers and socket errors, summed
  awk '/Non-2xx or 3xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$1"
}
heap_after_gc_mb() { # pid: the heap in use right after a full collection, MB
  jcmd "$1" GC.run >/dev/null 2>&1
  jcmd "$1" GC.heap_info 2>/dev/null | awk '/ heap / { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); printf "%.0f", v / 1024; exit } }'
}

measure() { # every pair at the dataset loaded now (the body is not indented: its here-documents end at column 0)
CAPTURED=""
# the writes that happen once per target need fresh targets, made before the capture takes one of them
[[ $PAIRS == *" submits "* ]] && make_pool reports "$REPORTS_DB"
[[ $PAIRS == *" receipts "* ]] && make_pool shipments "$MATERIALS_DB"
declare -A CAPTURE=() # part → its database, for the parts whose statements the selected pairs replay
[[ $PAIRS == *" reads "* || $PAIRS == *" writes "* ]] && CAPTURE[event-service]=$EVENTS_DB
[[ $PAIRS == *" submits "* ]] && CAPTURE[report-service]=$REPORTS_DB
[[ $PAIRS == *" receipts "* ]] && CAPTURE[material-service]=$MATERIALS_DB
if ((${#CAPTURE[@]})); then
  if [[ -z $LOGFILE ]] || ! "${PSQL[@]}" -d postgres -tAc "select length(pg_read_file('$LOGFILE', 0, 1))" >/dev/null 2>&1; then
    say "cannot read PostgreSQL's log (set PG_LOG_FILE, and PGUSER to a superuser): the pairs replaying SQL are skipped"
  else
    say "capturing statements from $LOGFILE (log_min_duration_statement=0 on ${CAPTURE[*]} for it)"
    log_statements 0 # a database setting reaches new connections only: the parts restart around the capture
    if [[ -n ${CAPTURE[event-service]:-} ]]; then
      for _ in 1 2 3; do curl -s -o /dev/null "$READ_URL"; done
      post_activity 0 >/dev/null
      # twice the same statements in a row, so that a drift check from another service sharing the connection
      # in between is not taken for the request's work
      previous=""
      for try in 1 2 3 4; do
        offset=$(log_size); curl -s -o /dev/null "$READ_URL"; sleep 0.5
        # the page query and what follows on its connection, after the ETag's version lookup the request sent first
        log_since "$offset" | python3 "$HERE/capture.py" read "$EVENTS_DB" '^select a\.\S+.* from activity a join activity_campaign' \
          '^select coalesce\(sum\(counter\), 0\), max\(changed_at\) from public_change ' \
          >"$WORK/read.sql" 2>"$WORK/read.statements" || true
        n=$(wc -l <"$WORK/read.statements")
        [[ $n == "$previous" && $n -gt 0 ]] && break
        previous=$n
      done
      offset=$(log_size); post_activity capture >/dev/null; sleep 0.5
      log_since "$offset" | python3 "$HERE/capture.py" write "$EVENTS_DB" '^insert into activity ' "$ORGANIC" \
        >"$WORK/write.sql" 2>"$WORK/write.statements" || true
      { echo "At $SIZE, one read request (event-service):"; sed 's/^/    /' "$WORK/read.statements"
        echo "scheduling an activity (the writes pgbench replays):"; sed 's/^/    /' "$WORK/write.statements"; } >>"$WORK/captured.txt"
      say "read: $(wc -l <"$WORK/read.statements") statements per request; write: $(wc -l <"$WORK/write.statements") per transaction"
    fi
    if [[ -n ${CAPTURE[report-service]:-} ]]; then
      capture_once submit "$REPORTS_DB" '^insert into report_version ' "submitting a report (report-service)"
    fi
    if [[ -n ${CAPTURE[material-service]:-} ]]; then
      capture_once receipt "$MATERIALS_DB" '^update shipment ' "confirming a shipment's receipt (material-service)"
    fi
    log_statements reset
    CAPTURED=yes
  fi
fi

# --- reads --------------------------------------------------------------------------------------------------------
if [[ $PAIRS == *" reads "* ]]; then
  name="reads: public list, one campaign, 50 per page: HTTP (wrk, req/s) vs pgbench on the captured SQL (tx/s)"
  if ! has wrk || ! has pgbench; then skip "$name" "wrk or pgbench missing"
  elif [[ -z $CAPTURED || ! -s $WORK/read.sql ]]; then skip "$name" "no statements captured"
  else
    wrk -t "$THREADS" -c "$CONNS" -d "${WARMUP}s" "$READ_URL" >/dev/null 2>&1 || true # JIT warm-up
    for r in $(seq 1 "$ROUNDS"); do
      profile_begin event-service; a=$(wrk_rate "$READ_URL"); profile_end reads "$r"
      b=$(pgbench_rate "$EVENTS_DB" "$WORK/read.sql")
      row "$name" "$r" "$a" "$b" "$(ratio "$(first_number "$a")" "$(first_number "$b")")" "≥ 0.6"
    done
    profile_report reads
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
$LUA_THREAD_IDS
local counter = 0
local template = [[$(write_body '%s')]]
request = function()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/activities", {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer $OFFICER"}, string.format(template, tid .. "-" .. os.time() .. "-" .. counter))
end
LUA
    # JIT warm-up: the capture restarted event-service
    wrk -t "$THREADS" -c "$CONNS" -d "${WARMUP}s" -s "$WORK/post.lua" "$EV/api/v1/activities" >/dev/null 2>&1 || true
    for r in $(seq 1 "$ROUNDS"); do
      profile_begin event-service; a=$(wrk_rate -s "$WORK/post.lua" "$EV/api/v1/activities"); profile_end writes "$r"
      b=$(pgbench_rate "$EVENTS_DB" "$WORK/write.sql")
      row "$name" "$r" "$a" "$b" "$(ratio "$(first_number "$a")" "$(first_number "$b")")" "≥ 0.5"
    done
    profile_report writes
  fi
fi

# --- a report submitted, a shipment's receipt confirmed: each target once ---------------------------------------
if [[ $PAIRS == *" submits "* ]]; then
  once_pair submit "$REPORTS_DB" "$REP" \
    "writes: submit a summary report: POST /reports/{id}/submit (wrk, req/s) vs pgbench on the captured writes (tx/s)"
fi
if [[ $PAIRS == *" receipts "* ]]; then
  once_pair receipt "$MATERIALS_DB" "$MAT" \
    "writes: confirm a shipment's receipt: POST /shipments/{id}/receive (wrk, req/s) vs pgbench on the captured writes (tx/s)"
fi

# --- propagation --------------------------------------------------------------------------------------------------
if [[ $PAIRS == *" propagation "* ]]; then
  # round 1 always measures the first events after both ends start (whatever pairs ran before, and whether a
  # capture restarted them): the first event after a deploy is a real event, not a warm-up; the producer's relay and
  # the consumer's first fetch of each partition both lie on its path
  stop_part event-service; stop_part report-service
  start_part event-service; start_part report-service
  wait_part event-service; wait_part report-service
  for r in $(seq 1 "$ROUNDS"); do
    a=$("${JAVA[@]}" "$HERE/Propagation.java" "$EV" "$OFFICER" "$ORGANIC" \
      "jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$REPORTS_DB" "${PGUSER:-postgres}" "${PGPASSWORD:-}" "$EVENTS" 2>"$WORK/propagation.err" \
      | tail -n 1) || a="error: $(tail -n 1 "$WORK/propagation.err")"
    grep '^event ' "$WORK/propagation.err" | sed "s/^/[ratios] propagation round $r: /" >&2 || true
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
  MATERIAL=$(new_material)
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

# --- ten minutes of mixed load: reads, writes, downloads and exports at once --------------------------------------
if [[ $PAIRS == *" mixed "* ]]; then
  MIXED_SECS=${RATIOS_MIXED_SECONDS:-600} PROBE_SECS=${RATIOS_PROBE_SECONDS:-15}
  # a 1 MiB public file to download, and the three request mixes, one wrk per service (wrk talks to one host)
  { printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2'; head -c $((1048576 - 24)) /dev/urandom; } >"$WORK/small.mp4"
  SMALL=$(new_material)
  curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/octet-stream' -X POST \
    -T "$WORK/small.mp4" "$MAT/api/v1/materials/$SMALL/versions?fileName=clip.mp4"
  curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN" -X POST "$MAT/api/v1/materials/$SMALL/versions/1/publish"
  curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN" -X POST "$MAT/api/v1/materials/$SMALL/publish"
  # each wrk paces its connections (wrk's delay(): a pause after each answer, the script's argument in ms), so that
  # the load is a rate and not a number of connections: warm services answer so fast that one unpaced connection
  # each already saturated the two cores
  PACING='local pause = 0
function init(args) pause = tonumber(args[1]) or 0 end
function delay() return pause end'
  echo "$PACING" >"$WORK/mixed-material.lua"
  cat >"$WORK/mixed-event.lua" <<LUA
-- four reads (a campaign's public list, one province's, an iCalendar feed) to one write (an activity scheduled)
local campaigns = {"$ORGANIC", "$GREEN", "$EXPERIENCE", "$QUALITY"}
local units = {"110000", "320000", "330000", "440000", "510000", "650000"}
$LUA_THREAD_IDS
$PACING
local counter = 0
local template = [[$(write_body '%s')]]
request = function()
  counter = counter + 1
  local c = campaigns[counter % #campaigns + 1]
  local kind = counter % 5
  if kind == 0 then
    return wrk.format("POST", "/api/v1/activities", {["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer $OFFICER"}, string.format(template, "m" .. tid .. "-" .. os.time() .. "-" .. counter))
  elseif kind == 1 then
    return wrk.format("GET", "/api/v1/public/activities?campaign=" .. c .. "&province=" .. units[counter % #units + 1] .. "&limit=50")
  elseif kind == 2 then
    return wrk.format("GET", "/api/v1/public/activities.ics?campaign=" .. c)
  else
    return wrk.format("GET", "/api/v1/public/activities?campaign=" .. c .. "&limit=50")
  end
end
LUA
  cat >"$WORK/mixed-report.lua" <<LUA
-- the national summary export and the statistics it is built from
$PACING
local counter = 0
request = function()
  counter = counter + 1
  local path = counter % 2 == 0 and "/api/v1/exports/campaigns/$ORGANIC/national-summary.csv"
    or "/api/v1/statistics/campaigns/$ORGANIC"
  return wrk.format("GET", path, {["Authorization"] = "Bearer $ADMIN"})
end
LUA
  MIXED_CONNS=4
  mixed_run() { # label rate seconds: the three wrk at once, each paced to at most rate requests/s (event-service
    # twice that) over MIXED_CONNS connections; each probe's output kept as $WORK/mixed-<label>-*.out
    local c=$MIXED_CONNS
    wrk -t 1 -c "$c" -d "${3}s" --latency -s "$WORK/mixed-event.lua" "$EV" -- $((c * 1000 / (2 * $2))) \
      >"$WORK/mixed-$1-event.out" 2>&1 &
    local e=$!
    wrk -t 1 -c "$c" -d "${3}s" --latency -s "$WORK/mixed-material.lua" "$MAT/api/v1/materials/$SMALL/file" \
      -- $((c * 1000 / $2)) >"$WORK/mixed-$1-material.out" 2>&1 &
    local m=$!
    wrk -t 1 -c "$c" -d "${3}s" --latency -s "$WORK/mixed-report.lua" "$REP" -- $((c * 1000 / $2)) \
      >"$WORK/mixed-$1-report.out" 2>&1 &
    local r=$!
    wait $e $m $r || true
  }
  p99s() { local part; for part in event material report; do echo "$part $(p99_ms "$(cat "$WORK/mixed-$1-$part.out")")"; done; }
  worst_p99() { p99s "$1" | cut -d' ' -f2 | sort -g | tail -n 1; }
  all_errors() { local n=0 part; for part in event material report; do n=$((n + $(errors "$(cat "$WORK/mixed-$1-$part.out")"))); done; echo $n; }
  # the services warm up first (unmeasured, as the pairs do), so that the probes find the load of warm services
  mixed_run warmup 100 "$WARMUP"
  # the highest rate (doubling) at which every p99 stays under 200 ms with no error; the lowest if none does
  k=""
  for try in 25 50 100 200 400 800; do
    mixed_run "probe-$try" "$try" "$PROBE_SECS"
    p=$(worst_p99 "probe-$try"); err=$(all_errors "probe-$try")
    say "mixed probe: at most $try requests/s per service (event-service twice that): p99 (ms) $(p99s "probe-$try" | tr '\n' ' '), $err errors"
    [[ $(echo "$p < 200" | bc) == 1 && $err == 0 ]] || break
    k=$try
  done
  [[ -n $k ]] || { k=25; say "mixed load: no probe kept p99 under 200 ms; the ten minutes run at the lowest rate"; }
  say "mixed load: $MIXED_SECS s at most $k requests/s per service (event-service $((2 * k))); the heap after a full GC every minute"
  mixed_run load "$k" "$MIXED_SECS" &
  MIXED_PID=$!
  declare -A HEAP=()
  for minute in $(seq 1 $((MIXED_SECS / 60))); do
    sleep 60
    for svc in event-service material-service report-service; do
      HEAP[$svc]+="$(heap_after_gc_mb "$(service_pid "$svc")") "
    done
  done
  wait "$MIXED_PID" || true
  for part in event material report; do
    out=$(cat "$WORK/mixed-load-$part.out")
    row "mixed load, $MIXED_SECS s: $part-service requests/s, p99 (ms), errors" 1 \
      "$(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$out") req/s" "p99 $(p99_ms "$out") ms" "$(errors "$out") errors" "p99 < 200, 0 errors"
  done
  for svc in event-service material-service report-service; do
    read -r -a h <<<"${HEAP[$svc]}"
    row "mixed load: $svc heap after a full GC (MB), minute 2 vs minute ${#h[@]} (every minute: ${HEAP[$svc]% })" 1 \
      "${h[-1]:-}" "${h[1]:-}" "$(ratio "${h[-1]:-}" "${h[1]:-}")" "flat (≈ 1.00)"
  done
  rm -f "$WORK/small.mp4"
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
loaded=0 SIZE_TAG="" # the flame graphs of the first size are <pair>.html, of any other <pair>-<size>.html
for target in "${SIZES[@]}"; do
  [[ $target == "${SIZES[0]}" ]] || SIZE_TAG=-$target
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
  echo "Captured from PostgreSQL's log (parameters bound):"
  cat "$WORK/captured.txt"
fi
echo
echo "At start (the first start, services sharing the cores): $(for s in event-service material-service report-service; do
  read -r t m <<<"${FIRST_START[$s]}"; printf '%s %s s, %s MB; ' "$s" "$t" "$m"; done)"
exit
}
