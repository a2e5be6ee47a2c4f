#!/usr/bin/env bash
# Startup time and RSS of each service started alone (the broker already running, the two other services
# stopped), so that the three JVMs do not share the two cores as they do under deploy/run-local.
#   docs/benchmarks/service-alone.sh [runs]     (default 3; needs ./mvnw package first)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUNS=${1:-3}
DIR=$(mktemp -d)
KAFKA_PORT=19192 PORT=18181
CP="$ROOT/deploy/harness/target/classes:$ROOT/deploy/harness/target/lib/*"
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$CP" \
  cn.gov.samr.campaigns.harness.KafkaBrokerMain $KAFKA_PORT "$DIR/kafka" 3 >"$DIR/kafka.log" 2>&1 &
BROKER=$!
trap 'kill $BROKER 2>/dev/null; wait $BROKER 2>/dev/null; rm -rf "$DIR"' EXIT
until grep -q 'ready at' "$DIR/kafka.log"; do sleep 0.2; done
java -cp "$CP" cn.gov.samr.campaigns.harness.Postgres bench_events bench_materials bench_reports >/dev/null

echo "| service | run | started in (s, Quarkus) | until /q/health/ready UP (s, wall) | RSS ready (MB) |"
echo "|---|---|---|---|---|"
for s in event-service material-service report-service; do
  db=bench_${s%%-service}s
  for run in $(seq 1 "$RUNS"); do
    t0=$(date +%s.%N)
    env QUARKUS_HTTP_PORT=$PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT EVENTS_DB=$db MATERIALS_DB=$db REPORTS_DB=$db \
      MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/deploy/dev-keys/public-key.pem" \
      java -Xmx256m -jar "$ROOT/$s/target/quarkus-app/quarkus-run.jar" >"$DIR/$s.log" 2>&1 &
    pid=$!
    until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 0.1; done
    t1=$(date +%s.%N)
    rss=$(ps -o rss= -p $pid | awk '{printf "%.0f", $1/1024}')
    started=$(sed -nE 's/.* started in ([0-9.]+)s.*/\1/p' "$DIR/$s.log")
    printf '| %s | %s | %s | %.1f | %s |\n' "$s" "$run" "$started" "$(echo "$t1 - $t0" | bc)" "$rss"
    kill $pid; wait $pid 2>/dev/null || true
  done
done
