#!/usr/bin/env bash
# Memory of the demo server (issue 21): the run command's server with every game, after its first-start
# import, recognition index and price backfill, under a few minutes of demo load. Records the Liberty JVM's
# resident memory (ps), its heap before and after a full collection (jcmd GC.heap_info, GC.class_histogram),
# its native memory by area (Native Memory Tracking, summary level) and the embedded MariaDB's resident
# memory beside it. On a shared machine, name the machine-wide lock: the first start (half an hour of both
# cores for every game) runs niced outside it, and the lock is taken for the load and the measurements only:
#   MEMORY_LOCK=/tmp/cardvault-bench.lock bench/demo-memory/run.sh [fresh|again|measure] [http-port] [db-port] [cluster-port]
# fresh (default): a new embedded database, so the measured process is the one that imported and backfilled;
# again: a restart on the database a `fresh` run left (the next day's demo: no import, the index from its file);
# measure: only the load and the measurements, on the server a run left running (MEMORY_KEEP=1).
# The server is a copy of this checkout's build (the WAR and the lib/ of web-ui/target/liberty, after a
# `./mvnw -pl web-ui -am verify` or `liberty:create`) with the demo's configuration folder
# (web-ui/src/main/liberty/config: jvm.options and the demo defaults) as the run command lays it out, plus
# Native Memory Tracking and a GC log. Settings: MEMORY_LOAD (default 180s of wrk), MEMORY_CONNS (8),
# MEMORY_KEEP (1: leave the server running), MEMORY_SETTINGS (more NAME=value bootstrap properties, spaces between),
# MEMORY_JVM_OPTIONS (a jvm.options file used instead of the checkout's, to compare two).
# Writes bench/results/demo-memory-<UTC stamp>.md.
set -euo pipefail
MODE=${1:-fresh}; HTTP=${2:-9480}; DB=${3:-3347}; CLUSTER=${4:-5831}
LOAD=${MEMORY_LOAD:-180s}; CONNS=${MEMORY_CONNS:-8}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
WLP=web-ui/target/liberty/wlp
NAME=cardvault-memory
SERVER=$WLP/usr/servers/$NAME
STAMP=$(date -u +%Y%m%d-%H%M)
OUT=$ROOT/bench/results/demo-memory-$STAMP.md
WORK=$(mktemp -d)
mkdir -p bench/results
. bench/lib/wrk-bench.sh
bench_need wrk mysql:mariadb-client

template=""
for candidate in cardvault cardvault-it; do
    [ -d "$WLP/usr/servers/$candidate/lib" ] && { template=$candidate; break; }
done
[ -n "$template" ] && [ -f web-ui/target/cardvault.war ] || { echo "build first: ./mvnw -pl web-ui -am verify" >&2; exit 1; }
BASE="http://127.0.0.1:$HTTP"
LOG=$SERVER/logs/messages.log
if [ "$MODE" = measure ]; then
    PID=$(cat "$WLP/usr/servers/.pid/$NAME.pid")
    START=$(date -u +%s); READY=$START; LOAD_BEFORE=$(uptime)
    trap 'rm -rf "$WORK"' EXIT
else
"$WLP/bin/server" stop "$NAME" >/dev/null 2>&1 || true
[ -d "$SERVER" ] || "$WLP/bin/server" create "$NAME" >/dev/null
[ "$MODE" = fresh ] && rm -rf "$SERVER/embedded-mariadb" "$SERVER/recognition" "$SERVER/bulk-data"
rm -rf "$SERVER/apps" "$SERVER/lib" "$SERVER/logs" "$SERVER/configDropins" "$SERVER/server.env"
cp server.xml "$SERVER/"
cp -r "$WLP/usr/servers/$template/lib" "$SERVER/"
cp -r web-ui/src/main/liberty/config/. "$SERVER/"
# an A/B of JVM options: another jvm.options in place of the checkout's
[ -n "${MEMORY_JVM_OPTIONS:-}" ] && cp "$MEMORY_JVM_OPTIONS" "$SERVER/jvm.options"
mkdir -p "$SERVER/apps"
cp web-ui/target/cardvault.war "$SERVER/apps/"
# Summary-level tracking costs a few MB and ~1 % CPU; it is how native memory is told apart from the heap
echo "-XX:NativeMemoryTracking=summary" >> "$SERVER/jvm.options"
# and the collector's own account of the heap's size over time (logs/gc.log)
mkdir -p "$SERVER/logs"
echo "-Xlog:gc:file=$ROOT/$SERVER/logs/gc.log:uptime" >> "$SERVER/jvm.options"
cat > "$SERVER/bootstrap.properties" <<PROPS
cardvault.build.shared=$ROOT/../shared
CARDVAULT_HTTP_PORT=$HTTP
CARDVAULT_HTTPS_PORT=$((HTTP + 1))
CARDVAULT_OPS_PORT=$((HTTP + 2))
CARDVAULT_DB_EMBEDDED_PORT=$DB
CARDVAULT_CLUSTER_PORT=$CLUSTER
CARDVAULT_CLUSTER_MEMBERS=127.0.0.1:$CLUSTER
CARDVAULT_CLUSTER_NAME=cardvault-demo-memory
CARDVAULT_MAIL_DEMO_SMTP_PORT=$((HTTP + 3))
CARDVAULT_MAIL_DEMO_IMAP_PORT=$((HTTP + 4))
CARDVAULT_MAIL_DEMO_POP3_PORT=$((HTTP + 5))
CARDVAULT_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000
PROPS
for setting in ${MEMORY_SETTINGS:-}; do echo "$setting" >> "$SERVER/bootstrap.properties"; done
if [ "${MEMORY_KEEP:-0}" = 1 ]; then
    trap 'rm -rf "$WORK"' EXIT
else
    trap '"$WLP/bin/server" stop "$NAME" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
fi

LOAD_BEFORE=$(uptime)
START=$(date -u +%s)
nice -n 10 "$WLP/bin/server" start "$NAME" >/dev/null
PID=$(cat "$WLP/usr/servers/.pid/$NAME.pid")
# Ready for the load once the import, the recognition index and (on a first start) the backfill are done
done_with() { grep -q "$1" "$LOG" 2>/dev/null; }
until done_with "Card recognition ready\|Card recognition is off" \
        && { [ "$MODE" != fresh ] || done_with "Price backfill done\|Price backfill failed"; }; do
    sleep 15
    if (( $(date -u +%s) - START > 5400 )); then echo "not ready after 90 min" >&2; exit 1; fi
done
READY=$(date -u +%s)
fi
rss() { echo $(($(ps -o rss= -p "$1") / 1024)); }
DB_PID=$(pgrep -f "mariadbd.*--port=$DB" | head -1 || true)
if [ -n "${MEMORY_LOCK:-}" ]; then
    exec 9>"$MEMORY_LOCK"
    flock 9
fi
RSS_READY=$(rss "$PID")
jcmd "$PID" GC.heap_info > "$WORK/heap-ready.txt" 2>&1 || true

SQL="mysql -h127.0.0.1 -P$DB -uroot -N cardvault -e"
# Demo load: card pages, v2 card details and set pages over every game, the search page and the search API
$SQL "SELECT CONCAT('/en/cards/', id) FROM card ORDER BY RAND(61) LIMIT 2000" > "$WORK/paths.txt"
$SQL "SELECT CONCAT('/api/v2/cards/', id) FROM card ORDER BY RAND(62) LIMIT 4000" >> "$WORK/paths.txt"
$SQL "SELECT CONCAT('/api/v2/sets/', id, '?page=1&size=100') FROM card_set ORDER BY RAND(63) LIMIT 500" >> "$WORK/paths.txt"
$SQL "SELECT CONCAT('/api/search?limit=20&q=', REPLACE(name, ' ', '%20')) FROM card WHERE name REGEXP '^[A-Za-z ]+\$'
      ORDER BY RAND(64) LIMIT 1500" >> "$WORK/paths.txt"
$SQL "SELECT CONCAT('/en/search?q=', REPLACE(name, ' ', '%20')) FROM card WHERE name REGEXP '^[A-Za-z ]+\$'
      ORDER BY RAND(65) LIMIT 500" >> "$WORK/paths.txt"
shuf --random-source=<(yes) "$WORK/paths.txt" -o "$WORK/paths.txt"
WRK_CONNS=$CONNS WRK_DURATION=$LOAD WRK_WARMUP=none WRK_HEADER='Accept-Language: en' OUT=/dev/null \
    wrk_row "mixed pages and API ($(wc -l < "$WORK/paths.txt") paths)" "$WORK/paths.txt" > "$WORK/load.md"
LOAD_AFTER=$(uptime)
RSS_LOADED=$(rss "$PID")
jcmd "$PID" VM.native_memory summary > "$WORK/nmt.txt" 2>&1 || true
jcmd "$PID" GC.heap_info > "$WORK/heap-before.txt" 2>&1 || true
# the class histogram forces a full collection first: what it lists is the live heap
jcmd "$PID" GC.class_histogram > "$WORK/histogram.txt" 2>&1 || true
jcmd "$PID" GC.heap_info > "$WORK/heap-after.txt" 2>&1 || true
RSS_AFTER_GC=$(rss "$PID")
sleep 60
RSS_IDLE=$(rss "$PID")
{
    echo "# Demo server memory ($MODE), $(date -u -d @"$START" '+%Y-%m-%d %H:%M') UTC, at $(git rev-parse --short HEAD)"
    echo
    echo "- load before: $LOAD_BEFORE"
    echo "- load after the demo load: $LOAD_AFTER"
    echo "- server start to ready (import, index$([ "$MODE" = fresh ] && echo ", backfill")): $((READY - START)) s"
    echo "- cards: $($SQL 'SELECT COUNT(*) FROM card'), price points: $($SQL "SELECT value FROM price_stat WHERE name = 'price_points'"), series: $($SQL 'SELECT COUNT(*) FROM price_series')"
    echo "- settings: ${MEMORY_SETTINGS:-demo defaults}"
    echo "- JVM options: $(grep -v '^#\|^--add\|^-Xlog' "$SERVER/jvm.options" | tr '\n' ' ')"
    [ -f "$SERVER/server.env" ] && echo "- server.env: $(grep -v '^#' "$SERVER/server.env" | tr '\n' ' ')"
    echo
    echo "| moment | Liberty JVM RSS MB |"
    echo "|---|---|"
    echo "| ready (measure: before the load) | $RSS_READY |"
    echo "| after $LOAD of demo load | **$RSS_LOADED** |"
    echo "| right after a full collection | $RSS_AFTER_GC |"
    echo "| 60 s later, idle | $RSS_IDLE |"
    [ -n "$DB_PID" ] && echo "| (embedded MariaDB beside it) | $(rss "$DB_PID") |"
    echo
    echo "## Load ($CONNS connections, wrk -t2)"
    echo
    echo "| load | req/s | p50 ms | p95 ms | p99 ms | socket errors | non-2xx |"; echo "|---|---|---|---|---|---|---|"
    cat "$WORK/load.md"
    echo
    echo '## Heap when ready, after the load, and after the full collection'
    echo '```'; grep -v '^[0-9]*:$' "$WORK/heap-ready.txt"; echo '--- after the load'; grep -v '^[0-9]*:$' "$WORK/heap-before.txt"; echo '--- after'; grep -v '^[0-9]*:$' "$WORK/heap-after.txt"; echo '```'
    echo '## Live heap by class (top 40)'
    echo '```'; head -44 "$WORK/histogram.txt"; tail -1 "$WORK/histogram.txt"; echo '```'
    echo '## Native memory (NMT summary, after the load)'
    echo '```'; grep -E '^(Total|-)' "$WORK/nmt.txt"; echo '```'
    echo '## Log lines'
    echo '```'
    grep -E "Recognition index|Card recognition|Price backfill done|catalogue import|Catalogue import|Search index" "$LOG" | cut -c1-300 | tail -20 || true
    echo '```'
} > "$OUT"
cp "$WORK/nmt.txt" "${OUT%.md}-nmt.txt"
cp "$WORK/histogram.txt" "${OUT%.md}-histogram.txt"
cp "$SERVER/logs/gc.log" "${OUT%.md}-gc.log" 2>/dev/null || true
echo "$OUT"
