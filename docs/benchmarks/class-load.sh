#!/usr/bin/env bash
# Where each service's start goes, by library: the classes each service has loaded by the time it is ready, against
# the bare app's (ratios/bare-app, the same extensions), counted by the jar they came from.
#
# Runs ratios.sh's startup pair once with -Xlog:class+load on every JVM it starts (JAVA_TOOL_OPTIONS), then reads the
# log of each service's restart and of the bare app. Prints a Markdown table of the libraries with the largest
# difference, and the totals. Usage: docs/benchmarks/class-load.sh [rows, default 15]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROWS=${1:-15}
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT

echo "[class-load] ratios.sh startup pair with -Xlog:class+load (logs in $LOGS)..." >&2
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$LOGS/%p.log" RATIOS_PAIRS=startup RATIOS_ROUNDS=1 \
  "$HERE/ratios.sh" 0 >"$LOGS/ratios.out" 2>"$LOGS/ratios.err" || { tail -n 20 "$LOGS/ratios.err" >&2; exit 1; }

# the newest log holding a class only that process loads: each service's restart by the startup pair, the bare app
log_of() { ls -t $(grep -l -m1 -F "$1" "$LOGS"/*.log) | head -n 1; }
# classes per source, the source cut to its library: a jar's artifact without its version, the JDK's module, or
# what the application generated (Quarkus' bytecode and the app itself)
by_library() {
  sed -nE 's/.* source: (.*)$/\1/p' "$1" | sed -E '
    s#^file:.*/quarkus-app/lib/(main|boot)/##; s#-[0-9][0-9.]*(\.Final|-[A-Za-z0-9.]+)?\.jar.*##;
    s#^file:.*/quarkus-app/.*#(generated and the application)#; s#^jrt:/##;
    s#^shared objects file.*#(JDK, class data sharing)#; s#^(__|instance of ).*#(defined at run time)#' |
    sort | uniq -c | sed -E 's/^ *([0-9]+) (.*)$/\2\t\1/'
}
declare -A FILE=([bare]=$(log_of "bench.Hello") [event]=$(log_of "cn.gov.samr.campaigns.event.")
  [material]=$(log_of "cn.gov.samr.campaigns.material.") [report]=$(log_of "cn.gov.samr.campaigns.report."))
for part in bare event material report; do by_library "${FILE[$part]}" >"$LOGS/$part.tsv"; done

echo "Classes loaded by the time each part is ready, by library, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$HERE" rev-parse --short HEAD)"
echo
echo "| library | bare app | event-service | material-service | report-service |"
echo "|---|---|---|---|---|"
awk -F'\t' -v rows="$ROWS" '
  FNR == 1 { part++ }
  { n[$1, part] = $2; libs[$1] = 1; total[part] += $2 }
  END {
    for (l in libs) {
      d = 0
      for (p = 2; p <= 4; p++) if (n[l, p] - n[l, 1] > d) d = n[l, p] - n[l, 1]
      printf "%d\t%s\t%d\t%d\t%d\t%d\n", d, l, n[l, 1], n[l, 2], n[l, 3], n[l, 4]
    }
    printf "-1\t**all**\t%d\t%d\t%d\t%d\n", total[1], total[2], total[3], total[4]
  }' "$LOGS/bare.tsv" "$LOGS/event.tsv" "$LOGS/material.tsv" "$LOGS/report.tsv" |
  sort -t$'\t' -k1,1nr | awk -F'\t' -v rows="$ROWS" '$1 < 0 || NR <= rows { printf "| %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6 }'
