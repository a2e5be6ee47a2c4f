#!/usr/bin/env bash
# A 1 GiB file through material-service with a 256 MB heap: streamed upload (SHA-256 checked), full download,
# a Range request, and an interrupted download resumed by curl -C -; the heap in use is sampled with jstat
# during the upload and during the download.
#   docs/benchmarks/material-large-file.sh [size-MiB]     (default 1024; needs ./mvnw package -DskipTests first)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SIZE_MIB=${1:-1024}
DIR=$(mktemp -d)
KAFKA_PORT=19193 PORT=18183 DB=bench_materials_large
CP="$ROOT/deploy/harness/target/classes:$ROOT/deploy/harness/target/lib/*"
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$CP" \
  cn.gov.samr.campaigns.harness.KafkaBrokerMain $KAFKA_PORT "$DIR/kafka" 3 >"$DIR/kafka.log" 2>&1 &
BROKER=$!
SERVICE="" JSTAT=""
cleanup() {
  set +e
  [ -n "$JSTAT" ] && kill "$JSTAT" 2>/dev/null
  [ -n "$SERVICE" ] && kill "$SERVICE" 2>/dev/null && wait "$SERVICE" 2>/dev/null
  kill $BROKER 2>/dev/null; wait $BROKER 2>/dev/null; rm -rf "$DIR"
}
trap cleanup EXIT
until grep -q 'ready at' "$DIR/kafka.log"; do sleep 0.2; done
java -cp "$CP" cn.gov.samr.campaigns.harness.Postgres $DB >/dev/null

env QUARKUS_HTTP_PORT=$PORT KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT MATERIALS_DB=$DB \
  MATERIAL_FILES_DIR="$DIR/files" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/deploy/dev-keys/public-key.pem" \
  java -Xmx256m -jar "$ROOT/material-service/target/quarkus-app/quarkus-run.jar" >"$DIR/service.log" 2>&1 &
SERVICE=$!
until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 0.2; done
API="http://127.0.0.1:$PORT/api/v1/materials"
AUTH="Authorization: Bearer $("$ROOT/deploy/token" national-admin)"

# A campaign material-service knows as published (what CampaignPublished leaves: its distribution plan).
CAMPAIGN=$(cat /proc/sys/kernel/random/uuid)
psql -q -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d $DB -c "insert into distribution_plan
  (id, campaign_id, status, opened_at) values (gen_random_uuid(), '$CAMPAIGN', 'OPEN', now())"
ID=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' "$API" -d '{"campaignId":"'$CAMPAIGN'",
  "kind":"video","title":{"zh":"有机产品认证宣传片"},"delivery":"download","access":"public"}' | jq -r .id)

# An MP4 as far as its first box goes, random after it.
{ printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2'; head -c $((SIZE_MIB * 1048576 - 24)) /dev/urandom; } \
  >"$DIR/big.mp4"
SHA=$(sha256sum "$DIR/big.mp4" | cut -d' ' -f1)

# One jstat -gc for the whole run, a sample every 250 ms; a phase is the samples between its start and end marks.
# Heap in use = survivors + eden + old (KB columns 3, 4, 6, 8), reported in MB; the old generation alone is what
# survives collections, so a file held in memory would show there.
jstat -gc "$SERVICE" 250 >"$DIR/heap.jstat" &
JSTAT=$!
until [ "$(wc -l <"$DIR/heap.jstat")" -gt 4 ]; do sleep 0.2; done
mark() { wc -l <"$DIR/heap.jstat"; }
heap() { awk -v from="$1" -v to="$2" 'NR > from && NR <= to && $1 ~ /^[0-9.]+$/ {
  u = ($3 + $4 + $6 + $8) / 1024; if (u > max) max = u; sum += u; n++; if ($8 / 1024 > old) old = $8 / 1024 }
  END { printf "%.0f | %.0f | %.0f | %d", sum / n, max, old, n }' "$DIR/heap.jstat"; }
rss() { ps -o rss= -p "$SERVICE" | awk '{printf "%.0f", $1 / 1024}'; }

I0=$(mark); sleep 3; I1=$(mark)

U0=$(mark); t0=$(date +%s.%N)
UPLOADED=$(curl -sf -H "$AUTH" -H 'Content-Type: application/octet-stream' -X POST -T "$DIR/big.mp4" \
  "$API/$ID/versions?fileName=big.mp4")
t1=$(date +%s.%N); U1=$(mark); RSS_UP=$(rss)
[ "$(jq -r .sha256 <<<"$UPLOADED")" = "$SHA" ] || { echo "upload SHA-256 differs: $UPLOADED"; exit 1; }
curl -sf -H "$AUTH" -X POST "$API/$ID/versions/1/publish" >/dev/null
curl -sf -H "$AUTH" -X POST "$API/$ID/publish" >/dev/null

D0=$(mark); t2=$(date +%s.%N)
curl -sf -o "$DIR/down.mp4" "$API/$ID/file"
t3=$(date +%s.%N); D1=$(mark); RSS_DOWN=$(rss)
kill $JSTAT
[ "$(sha256sum "$DIR/down.mp4" | cut -d' ' -f1)" = "$SHA" ] || { echo "download SHA-256 differs"; exit 1; }
rm "$DIR/down.mp4"

# Range: the first 100 bytes, 206 with Content-Range.
RANGE_STATUS=$(curl -s -r 0-99 -D "$DIR/range.headers" -o "$DIR/range.bin" -w '%{http_code}' "$API/$ID/file")
CONTENT_RANGE=$(grep -i '^content-range:' "$DIR/range.headers" | tr -d '\r' | cut -d' ' -f2-)
cmp -s "$DIR/range.bin" <(head -c 100 "$DIR/big.mp4") || { echo "range bytes differ"; exit 1; }

# An interrupted download (curl killed after 3 s at 10 MB/s), resumed by curl -C - from where it stopped.
timeout 3 curl -s --limit-rate 10M -o "$DIR/resumed.mp4" "$API/$ID/file" || true
PARTIAL=$(stat -c %s "$DIR/resumed.mp4")
RESUME_STATUS=$(curl -s -C - -o "$DIR/resumed.mp4" -w '%{http_code}' "$API/$ID/file")
[ "$(sha256sum "$DIR/resumed.mp4" | cut -d' ' -f1)" = "$SHA" ] || { echo "resumed SHA-256 differs"; exit 1; }

echo "| phase | MiB | time (s) | MiB/s | heap used avg (MB) | heap used max (MB) | old gen max (MB) | samples | RSS after (MB) |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '| idle | - | - | - | %s | %s |\n' "$(heap "$I0" "$I1")" "$(rss)"
printf '| upload | %s | %.1f | %.0f | %s | %s |\n' "$SIZE_MIB" "$(echo "$t1 - $t0" | bc)" \
  "$(echo "$SIZE_MIB / ($t1 - $t0)" | bc -l)" "$(heap "$U0" "$U1")" "$RSS_UP"
printf '| download | %s | %.1f | %.0f | %s | %s |\n' "$SIZE_MIB" "$(echo "$t3 - $t2" | bc)" \
  "$(echo "$SIZE_MIB / ($t3 - $t2)" | bc -l)" "$(heap "$D0" "$D1")" "$RSS_DOWN"
echo
echo "SHA-256 $SHA: upload answer, full download and resumed download all match."
echo "curl -r 0-99: HTTP $RANGE_STATUS, Content-Range: $CONTENT_RANGE, bytes equal to the file's first 100."
echo "Interrupted at $PARTIAL bytes; curl -C - resumed with HTTP $RESUME_STATUS to the full file."
