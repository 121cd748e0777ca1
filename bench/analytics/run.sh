#!/usr/bin/env bash
# Market-analytics benchmark (issue 6): /api/market/movers (served from the cluster-shared cache)
# and /api/cards/{id}/trend-summary (per-card payload, cached 10 min; a cold pass computes each
# card once) under wrk, beside nginx serving a movers JSON as a static file (the practical ceiling
# here). Uses the machine's MariaDB (database $BENCH_DB, dropped and re-created), imports the real
# catalogue, synthesises 120 days of daily prices for $BENCH_PRICED cards (Cardmarket EUR,
# PriceCharting USD, eBay sold comps) and runs a Liberty server of its own built from web-ui/target.
#   bench/analytics/run.sh              (BENCH_REUSE=1: keep the catalogue of the previous run)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
DB=${BENCH_DB:-cardvault_bench_analytics}
PORT=${BENCH_PORT:-9191}
NGINX_PORT=${BENCH_NGINX_PORT:-9199}
DURATION=${BENCH_DURATION:-20s}
CONNS=${BENCH_CONNECTIONS:-64}
LIGHT=${BENCH_LIGHT_CONNECTIONS:-4}
PRICED=${BENCH_PRICED:-10000}
WLP=web-ui/target/liberty/wlp
SERVER=cardvault-bench-analytics
WORK=$(mktemp -d)
mkdir -p bench/results
OUT=bench/results/analytics-$(date +%Y%m%d-%H%M).md

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; }; }
need wrk wrk
need nginx nginx
need mysql mariadb-client

# The WAR and a Liberty runtime come from a `./mvnw verify` (or `-DskipTests package` plus a
# verify once) of this checkout; never `install` here.
[ -f web-ui/target/cardvault.war ] && [ -d "$WLP/usr/servers" ] || { echo "build first: ./mvnw -B -ntp verify" >&2; exit 1; }
TEMPLATE=$(ls -d "$WLP"/usr/servers/*/ | grep -v "/$SERVER/" | head -1)
if [ ! -d "$WLP/usr/servers/$SERVER" ]; then
    "$WLP/bin/server" create "$SERVER" >/dev/null
fi
cp server.xml "$WLP/usr/servers/$SERVER/"
rm -rf "$WLP/usr/servers/$SERVER/apps" "$WLP/usr/servers/$SERVER/lib"
cp -r "$TEMPLATE"{lib,jvm.options} "$WLP/usr/servers/$SERVER/"
mkdir -p "$WLP/usr/servers/$SERVER/apps"
cp web-ui/target/cardvault.war "$WLP/usr/servers/$SERVER/apps/"

export CARDVAULT_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB?sslMode=disable"
export CARDVAULT_HTTP_PORT=$PORT CARDVAULT_HTTPS_PORT=$((PORT + 400))
export CARDVAULT_CLUSTER_NAME=cardvault-bench-analytics CARDVAULT_CLUSTER_PORT=6321 CARDVAULT_CLUSTER_MEMBERS=127.0.0.1:6321
export CARDVAULT_CATALOGUE_DIR="$ROOT/../shared/data/catalogue"
export CARDVAULT_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000
BASE="http://127.0.0.1:$PORT"

sql() { mysql -h127.0.0.1 -uroot -N "$DB" -e "$1"; }
start_server() {
    "$WLP/bin/server" start "$SERVER" >/dev/null
    for _ in $(seq 1 300); do curl -sf "$BASE/health/ready" >/dev/null 2>&1 && return 0; sleep 1; done
    echo "server did not become ready" >&2; exit 1
}
stop_server() { "$WLP/bin/server" stop "$SERVER" >/dev/null || true; }
trap 'stop_server; [ -f "$WORK/nginx.pid" ] && nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null; rm -rf "$WORK"' EXIT

run_wrk() { # label paths-file [base] [connections] [header]
    local label=$1 paths=$2 base=${3:-$BASE} conns=${4:-$CONNS} header=${5:-X-Bench: analytics}
    PATHS="$paths" wrk -t2 -c"$conns" -d5s -H "$header" -s bench/catalogue/wrk-report.lua "$base" >/dev/null
    PATHS="$paths" wrk -t2 -c"$conns" -d"$DURATION" -H "$header" -s bench/catalogue/wrk-report.lua "$base" > "$WORK/wrk.out"
    local report; report=$(grep '^REPORT' "$WORK/wrk.out")
    printf '| %s | %s |\n' "$label" "$(echo "$report" | sed 's/^REPORT //; s/[a-z0-9]*=//g; s/ / | /g')" | tee -a "$OUT"
}
run_wrk_once() { # label paths-file: one pass, no warm-up (every path computed for the first time)
    local label=$1 paths=$2
    PATHS="$paths" wrk -t2 -c"$CONNS" -d"$DURATION" -s bench/catalogue/wrk-report.lua "$BASE" > "$WORK/wrk.out"
    local report; report=$(grep '^REPORT' "$WORK/wrk.out")
    printf '| %s | %s |\n' "$label" "$(echo "$report" | sed 's/^REPORT //; s/[a-z0-9]*=//g; s/ / | /g')" | tee -a "$OUT"
}

if [ -n "${BENCH_REUSE:-}" ]; then # the catalogue of a previous run stays; its prices are written again
    sql "DROP TABLE IF EXISTS bench_priced; DELETE FROM price_snapshot"
else
    mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
    start_server
    for _ in $(seq 1 300); do
        [ "$(curl -s "$BASE/api/v2/stats" | sed -n 's/.*"cards":\([0-9]*\).*/\1/p')" -ge 39000 ] 2>/dev/null && break; sleep 2
    done
    sleep 20 # the search index refresh after the import
    stop_server
fi
echo "synthesising 120 days of prices for $PRICED cards…"
PRICED=$PRICED envsubst < bench/analytics/synthesize.sql | mysql -h127.0.0.1 -uroot "$DB"
# A fresh start recomputes 5 s after start and then every 900 s (the default), as in production:
# the measurement starts once that first recompute has published the synthetic prices.
CARDVAULT_CATALOGUE_IMPORT=never start_server
for _ in $(seq 1 300); do curl -s "$BASE/api/market/movers?period=30d" | grep -q '"card_id"' && break; sleep 2; done
SNAPSHOTS=$(sql "SELECT COUNT(*) FROM price_snapshot")

sql "SELECT CONCAT('/api/cards/', card_id, '/trend-summary?variant=auto') FROM bench_priced ORDER BY RAND(42) LIMIT 500" > "$WORK/rail-warm.txt"
sql "SELECT CONCAT('/api/cards/', card_id, '/trend-summary?variant=auto') FROM bench_priced ORDER BY RAND(43) LIMIT 500, 100000" > "$WORK/rail-cold.txt"
for tcg in all pokemon; do for period in 7d 30d 90d; do echo "/api/market/movers?tcg=$tcg&period=$period&limit=20"; done; done > "$WORK/movers.txt"

mkdir -p "$WORK/www"
curl -s "$BASE/api/market/movers?period=7d&limit=20" > "$WORK/www/movers.json"
cat > "$WORK/nginx.conf" <<NGINX
user root;
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
NGINX
echo "/movers.json" > "$WORK/nginx.txt"
{
    echo; echo "### Market analytics — $(date -u +%Y-%m-%d), $(nproc) cores, load before: $(uptime | sed 's/.*load average: //'), $SNAPSHOTS snapshot rows, wrk -t2 -c$CONNS -d$DURATION"
    echo; echo "| route | req/s | p50 ms | p95 ms | p99 ms | socket errors | non-2xx |"; echo "|---|---|---|---|---|---|---|"
} | tee -a "$OUT"
nginx -c "$WORK/nginx.conf"
run_wrk "nginx, a movers JSON ($(wc -c < "$WORK/www/movers.json") bytes)" "$WORK/nginx.txt" "http://127.0.0.1:$NGINX_PORT"
nginx -c "$WORK/nginx.conf" -s stop; rm -f "$WORK/nginx.pid"
run_wrk "GET /api/market/movers (2 games × 3 periods, limit 20)" "$WORK/movers.txt"
run_wrk_once "GET /api/cards/{id}/trend-summary, cold (each card computed once)" "$WORK/rail-cold.txt"
run_wrk "GET /api/cards/{id}/trend-summary, 500 cards (cached)" "$WORK/rail-warm.txt"
# Below saturation: $LIGHT connections, so latency is the service time rather than 64 requests queueing on 2 cores
run_wrk "GET /api/market/movers, $LIGHT connections" "$WORK/movers.txt" "$BASE" "$LIGHT"
run_wrk "GET /api/cards/{id}/trend-summary, 500 cards (cached), $LIGHT connections" "$WORK/rail-warm.txt" "$BASE" "$LIGHT"
# The same movers as a signed-in website user (session users bypass the limiter): the anonymous limiter's share
USER_NAME=bench$(date +%s)
SESSION=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"$USER_NAME\",\"email\":\"$USER_NAME@example.com\",\"password\":\"hunter2hunter2\"}" \
    "$BASE/auth/register" | sed -n 's/^[Ss]et-[Cc]ookie: \(tcg_session=[^;]*\).*/\1/p' | head -1)
if [ -n "$SESSION" ]; then
    run_wrk "GET /api/market/movers, signed in (no rate-limit check)" "$WORK/movers.txt" "$BASE" "$CONNS" "Cookie: $SESSION"
    run_wrk "GET /api/market/movers, signed in, $LIGHT connections" "$WORK/movers.txt" "$BASE" "$LIGHT" "Cookie: $SESSION"
fi
echo "load after: $(uptime | sed 's/.*load average: //')" | tee -a "$OUT"
echo; echo "Results in $OUT"
