#!/usr/bin/env bash
# Real-time benchmark (issue 9): N WebSocket connections held on one node and publish→client
# latency (one subscriber among the N, and fan-out to all N). Uses the machine's MariaDB (database
# $BENCH_DB, created if missing; no catalogue needed) and a Liberty server of its own
# (cardvault-rtbench) built from web-ui/target, with the test producer on and the per-address
# connection limit lifted (every connection comes from 127.0.0.1).
#   bench/realtime/run.sh [connections] [fan-out events]      (defaults 10000 and 20)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
CONNECTIONS=${1:-10000}
EVENTS=${2:-20}
DB=${BENCH_DB:-cardvault_rtbench}
PORT=${BENCH_PORT:-9091}
WLP=web-ui/target/liberty/wlp
SERVER=cardvault-rtbench
mkdir -p bench/results
OUT=bench/results/realtime-$(date +%Y%m%d-%H%M).md

# 10k sockets per process plus the server's jars: raise the descriptor limit as far as allowed
ulimit -n "$(ulimit -Hn)"
echo "open files limit: $(ulimit -n)"

# The WAR and a Liberty server to copy libraries from: a run of ./mvnw verify (or the README's run
# command) leaves both; this script builds nothing itself.
TEMPLATE=""
for candidate in cardvault cardvault-it; do
    [ -d "$WLP/usr/servers/$candidate/lib" ] && { TEMPLATE=$candidate; break; }
done
if [ -z "$TEMPLATE" ] || [ ! -f web-ui/target/cardvault.war ]; then
    echo "build first: ./mvnw verify (or the README's run command)" >&2; exit 1
fi
if [ ! -d "$WLP/usr/servers/$SERVER" ]; then
    "$WLP/bin/server" create "$SERVER" >/dev/null
fi
cp server.xml "$WLP/usr/servers/$SERVER/"
rm -rf "$WLP/usr/servers/$SERVER/apps" "$WLP/usr/servers/$SERVER/lib"
cp -r "$WLP/usr/servers/$TEMPLATE/"{lib,jvm.options} "$WLP/usr/servers/$SERVER/"
mkdir -p "$WLP/usr/servers/$SERVER/apps"
cp web-ui/target/cardvault.war "$WLP/usr/servers/$SERVER/apps/"

mysql -h127.0.0.1 -uroot -e "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
export CARDVAULT_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB?sslMode=disable"
export CARDVAULT_HTTP_PORT=$PORT CARDVAULT_HTTPS_PORT=$((PORT + 400))
export CARDVAULT_CLUSTER_NAME=cardvault-rtbench CARDVAULT_CLUSTER_PORT=${BENCH_CLUSTER_PORT:-6311} CARDVAULT_CLUSTER_MEMBERS=127.0.0.1:${BENCH_CLUSTER_PORT:-6311}
export CARDVAULT_CATALOGUE_IMPORT=never
export CARDVAULT_TESTING_ROUTES=true
export CARDVAULT_REALTIME_MAX_CONNECTIONS=1000000
export CARDVAULT_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000
BASE="http://127.0.0.1:$PORT"

stop_server() { "$WLP/bin/server" stop "$SERVER" >/dev/null || true; }
trap stop_server EXIT
"$WLP/bin/server" start "$SERVER" >/dev/null
for _ in $(seq 1 300); do curl -sf "$BASE/health/ready" >/dev/null 2>&1 && break; sleep 1; done
rss() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$(pgrep -f "ws-server.jar $SERVER" | head -1)/status"; }
echo "server RSS before: $(rss) MB"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
java -Xss256k -Xmx2g bench/realtime/RealtimeBench.java "$BASE" "$CONNECTIONS" "$EVENTS" | tee bench/results/realtime.out &
BENCH=$!
sleep 5
while kill -0 $BENCH 2>/dev/null; do
    grep -q '^REPORT connections' bench/results/realtime.out 2>/dev/null && { echo "server RSS with connections: $(rss) MB"; break; }
    sleep 2
done
wait $BENCH
{
    echo "| figure | value |"
    echo "|---|---|"
    grep '^REPORT' bench/results/realtime.out | sed 's/^REPORT /| /; s/$/ |/'
    echo "| load average before / after | $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg) |"
} | tee "$OUT"
