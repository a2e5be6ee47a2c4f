#!/usr/bin/env bash
# What a service does during its start, beside the bare Quarkus app with the same extensions (ratios/bare-app): each
# is started alone (a broker of its own, the service's database as it is) with async-profiler from JVM start and
# -Xlog:class+load, and when /q/health/ready answers the profile is written and the classes loaded so far are counted
# by where they came from (a jar of lib/, the JDK, or generated).
#   docs/benchmarks/startup-profile.sh [service] [event]     (default event-service alloc; event: alloc, cpu, wall)
# Writes to $PROFILE_DIR (default /tmp/startup-profile): <side>-<event>.html flame graphs and .collapsed stacks
# (samples, or bytes for alloc), <side>-classes.txt (count
# per source, loaded before ready) and <side>-classes.log (the JVM's log, until ready). Needs the packaged service and the bare app (ratios.sh builds both), and runs
# under the bench lock like any benchmark. Environment: PGHOST, PGPORT, PGUSER; STARTUP_DB (default bench_events).
{ # read whole before it runs
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SERVICE=${1:-event-service} EVENT=${2:-alloc}
OUT=${PROFILE_DIR:-/tmp/startup-profile}
CP="$ROOT/deploy/harness/target/classes:$ROOT/deploy/harness/target/lib/*"
BARE=$HERE/ratios/bare-app/target/quarkus-app/quarkus-run.jar
DB=${STARTUP_DB:-bench_${SERVICE%%-service}s}
WORK=$(mktemp -d /tmp/startup-profile.XXXXXX)
mkdir -p "$OUT"
say() { printf '[startup-profile] %s\n' "$*" >&2; }
[[ -f $BARE ]] || { say "the bare app is not built: run docs/benchmarks/ratios.sh once (RATIOS_PAIRS=startup)"; exit 1; }
. "$HERE/ratios/async-profiler.sh"
fetch_async_profiler "$ROOT" "$WORK" || { say "async-profiler could not be had from Maven"; exit 1; }
AP=$AP_LIB
convert() { java -jar "$AP_CONVERTER" "--$EVENT" --total "$@" >/dev/null; }
free_port() { local p; while :; do p=$((20000 + RANDOM % 12000)); (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; }
KAFKA_PORT=$(free_port) PORT=$(free_port)
INTERVAL=,interval=1ms; [[ $EVENT == alloc ]] && INTERVAL="" # alloc's interval is bytes: its default, 512 KB
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$CP" \
  cn.gov.samr.campaigns.harness.KafkaBrokerMain "$KAFKA_PORT" "$WORK/kafka" 3 >"$WORK/kafka.log" 2>&1 &
BROKER=$!
trap 'kill $BROKER 2>/dev/null; wait $BROKER 2>/dev/null; rm -rf "$WORK"' EXIT
until grep -q 'ready at' "$WORK/kafka.log"; do sleep 0.2; done
java -cp "$CP" cn.gov.samr.campaigns.harness.Postgres "$DB" bench_bare >/dev/null

profile() { # side jar: starts it, profiles until ready, stops it
  local side=$1 jar=$2 pid
  env QUARKUS_HTTP_PORT=$PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT EVENTS_DB=$DB MATERIALS_DB=$DB \
    REPORTS_DB=$DB BARE_DB=bench_bare MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/deploy/dev-keys/public-key.pem" \
    java -Xmx256m "-agentpath:$AP=start,event=$EVENT$INTERVAL,file=$WORK/$side.jfr" \
    "-Xlog:class+load=info:file=$WORK/$side-classes.log" -jar "$jar" >"$WORK/$side.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/$side.log" >&2; say "$side did not start"; exit 1; }
    sleep 0.1
  done
  jcmd "$pid" JVMTI.agent_load "$AP" stop >/dev/null # the recording (JFR, written as it goes) ends at ready
  convert "$WORK/$side.jfr" "$OUT/$side-$EVENT.html"
  convert -o collapsed "$WORK/$side.jfr" "$OUT/$side-$EVENT.collapsed"
  cp "$WORK/$side-classes.log" "$OUT/$side-classes.log"
  # per source: a lib/ jar's name without its version, "jrt:/module" for the JDK, "generated" for the rest
  sed -n 's/.*\] \([^ ]*\) source: \(.*\)$/\2/p' "$WORK/$side-classes.log" \
    | sed -e 's|.*/lib/[^/]*/||' -e 's|-[0-9][^/]*\.jar$||' -e 's|^shared objects file.*|jrt (CDS)|' \
      -e 's|^__\(JVM\|Lookup\|ClassDefiner\).*|generated|' -e 's|^jdk\.internal\..*|generated|' \
    | sort | uniq -c | sort -rn >"$OUT/$side-classes.txt"
  say "$side: $(sed -nE 's/.* started in ([0-9.]+)s.*/\1/p' "$WORK/$side.log") s, $(awk '{n += $1} END {print n}' \
    "$OUT/$side-classes.txt") classes before ready, RSS $(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status") MB"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
profile "$SERVICE" "$ROOT/$SERVICE/target/quarkus-app/quarkus-run.jar"
profile bare "$BARE"
say "flame graphs and class counts in $OUT"
exit 0
}
