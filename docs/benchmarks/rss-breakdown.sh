#!/usr/bin/env bash
# Where each service's resident memory goes, beside the bare Quarkus app with the same extensions (ratios/bare-app):
# the suite (deploy/run-local, free ports, databases rss_*) and the bare app are started with Native Memory Tracking,
# and when each is ready its RSS and the JVM's committed memory per NMT category are read (jcmd VM.native_memory
# summary), with the classes loaded. Prints one Markdown table, MB, the service and the bare app side by side.
#   docs/benchmarks/rss-breakdown.sh        (needs the packaged suite and the bare app: ratios.sh builds both)
# Environment: PGHOST, PGPORT, PGUSER as for deploy/run-local; RSS_KEEP=1 keeps the work directory; RSS_JAVA_OPTS,
# JVM options for both sides alike (a heap or collector setting tried for the services is tried for the bare app too).
{ # read whole before it runs
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
HARNESS_CP="$ROOT/deploy/harness/target/classes:$ROOT/deploy/harness/target/lib/*"
BARE=$HERE/ratios/bare-app/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d /tmp/rss-breakdown.XXXXXX)
say() { printf '[rss] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
[[ -f $BARE ]] || die "the bare app is not built: run docs/benchmarks/ratios.sh once (RATIOS_PAIRS=startup)"
free_port() { local p; while :; do p=$((20000 + RANDOM % 12000)); (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; }
KAFKA_PORT=$(free_port) EVENT_PORT=$(free_port) MATERIAL_PORT=$(free_port) REPORT_PORT=$(free_port) BARE_PORT=$(free_port)
NMT=-XX:NativeMemoryTracking=summary
OPTS="$NMT${RSS_JAVA_OPTS:+ $RSS_JAVA_OPTS}"
SUITE_PID="" BARE_PID=""
cleanup() {
  [[ -n $BARE_PID ]] && { kill "$BARE_PID" 2>/dev/null; wait "$BARE_PID" 2>/dev/null || true; }
  [[ -n $SUITE_PID ]] && { kill "$SUITE_PID" 2>/dev/null; wait "$SUITE_PID" 2>/dev/null || true; }
  [[ ${RSS_KEEP:-} == 1 ]] || rm -rf "$WORK"
}
trap cleanup EXIT

say "starting the suite with $OPTS..."
JAVA_TOOL_OPTIONS=$OPTS RUN_DIR=$WORK/run KAFKA_PORT=$KAFKA_PORT EVENT_PORT=$EVENT_PORT MATERIAL_PORT=$MATERIAL_PORT \
  REPORT_PORT=$REPORT_PORT EVENTS_DB=rss_events MATERIALS_DB=rss_materials REPORTS_DB=rss_reports \
  "$ROOT/deploy/run-local" >"$WORK/run-local.out" 2>&1 &
SUITE_PID=$!
until grep -q "The suite is up" "$WORK/run-local.out"; do
  kill -0 "$SUITE_PID" 2>/dev/null || { cat "$WORK/run-local.out" >&2; die "the suite did not start"; }
  sleep 1
done

java -cp "$HARNESS_CP" cn.gov.samr.campaigns.harness.Postgres rss_bare >/dev/null 2>&1
say "starting the bare app with $OPTS..."
env QUARKUS_HTTP_PORT=$BARE_PORT BARE_DB=rss_bare KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/deploy/dev-keys/public-key.pem" \
  java $OPTS -Xmx256m -jar "$BARE" >"$WORK/bare.log" 2>&1 &
BARE_PID=$!
until curl -sf "http://127.0.0.1:$BARE_PORT/q/health/ready" >/dev/null; do
  kill -0 "$BARE_PID" 2>/dev/null || { cat "$WORK/bare.log" >&2; die "the bare app did not start"; }
  sleep 0.2
done

pid_on() { # the java process listening on a port
  ss -ltnpH "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1
}
measure() { # pid: "category=MB ..." lines: RSS, then NMT's committed per category, then the loaded classes
  local pid=$1
  echo "RSS=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")"
  jcmd "$pid" VM.native_memory summary scale=KB 2>/dev/null | sed -n \
    's/^-  *\([A-Za-z][A-Za-z ]*[A-Za-z]\) (reserved=[0-9]*KB, committed=\([0-9]*\)KB).*/\1=\2/p' \
    | awk -F= '{printf "%s=%.1f\n", $1, $2 / 1024}'
  echo "Total=$(jcmd "$pid" VM.native_memory summary scale=KB 2>/dev/null \
    | sed -n 's/^Total: reserved=[0-9]*KB, committed=\([0-9]*\)KB.*/\1/p' | awk '{printf "%.1f", $1 / 1024}')"
  echo "classes=$(jcmd "$pid" PerfCounter.print 2>/dev/null | sed -n 's/^java.cls.loadedClasses=//p')"
}
measure "$BARE_PID" >"$WORK/bare.nmt"
declare -A PORT_OF=([event-service]=$EVENT_PORT [material-service]=$MATERIAL_PORT [report-service]=$REPORT_PORT)
for s in event-service material-service report-service; do
  measure "$(pid_on "${PORT_OF[$s]}")" >"$WORK/$s.nmt"
done

value() { sed -n "s/^$2=//p" "$WORK/$1.nmt"; }
echo "RSS when ready and NMT committed memory (MB), $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg); -Xmx256m, $OPTS (both sides)"
echo
echo "| category | bare app | event-service | material-service | report-service |"
echo "|---|---|---|---|---|"
# every category the JVM reports, in its order, after RSS and NMT's total; the classes last
while IFS= read -r c; do
  printf '| %s | %s |' "$c" "$(value bare "$c")"
  for s in event-service material-service report-service; do printf ' %s |' "$(value "$s" "$c")"; done
  echo
done < <({ echo RSS; echo Total; sed -n 's/=.*//p' "$WORK/bare.nmt" | grep -vx 'RSS\|Total\|classes'; echo classes; })
exit 0
}
