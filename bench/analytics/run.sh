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

. bench/lib/wrk-bench.sh
bench_need wrk nginx mysql:mariadb-client

# The WAR and a Liberty runtime come from a `./mvnw verify` (or `-DskipTests package` plus a
# verify once) of this checkout; never `install` here.
servers_from_build "$SERVER"
bench_server_env "$DB" "$PORT" cardvault-bench-analytics 6321
trap 'bench_stop_server; nginx_stop; rm -rf "$WORK"' EXIT
export WRK_DURATION=$DURATION WRK_CONNS=$CONNS WRK_HEADER="X-Bench: analytics"

if [ -n "${BENCH_REUSE:-}" ]; then # the catalogue of a previous run stays; its prices are written again
    sql "DROP TABLE IF EXISTS bench_priced; DELETE FROM price_snapshot"
else
    mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
    bench_start_server
    for _ in $(seq 1 300); do
        [ "$(curl -s "$BASE/api/v2/stats" | sed -n 's/.*"cards":\([0-9]*\).*/\1/p')" -ge 39000 ] 2>/dev/null && break; sleep 2
    done
    sleep 20 # the search index refresh after the import
    bench_stop_server
fi
echo "synthesising 120 days of prices for $PRICED cards…"
PRICED=$PRICED envsubst < bench/analytics/synthesize.sql | mysql -h127.0.0.1 -uroot "$DB"
# A fresh start recomputes 5 s after start and then every 900 s (the default), as in production:
# the measurement starts once that first recompute has published the synthetic prices.
CARDVAULT_CATALOGUE_IMPORT=never bench_start_server
for _ in $(seq 1 300); do curl -s "$BASE/api/market/movers?period=30d" | grep -q '"card_id"' && break; sleep 2; done
SNAPSHOTS=$(sql "SELECT COUNT(*) FROM price_snapshot")

sql "SELECT CONCAT('/api/cards/', card_id, '/trend-summary?variant=auto') FROM bench_priced ORDER BY RAND(42) LIMIT 500" > "$WORK/rail-warm.txt"
sql "SELECT CONCAT('/api/cards/', card_id, '/trend-summary?variant=auto') FROM bench_priced ORDER BY RAND(43) LIMIT 500, 100000" > "$WORK/rail-cold.txt"
for tcg in all pokemon; do for period in 7d 30d 90d; do echo "/api/market/movers?tcg=$tcg&period=$period&limit=20"; done; done > "$WORK/movers.txt"

mkdir -p "$WORK/www"
curl -s "$BASE/api/market/movers?period=7d&limit=20" > "$WORK/www/movers.json"
echo "/movers.json" > "$WORK/nginx.txt"
wrk_table "Market analytics — $(date -u +%Y-%m-%d), $(nproc) cores, load before: $(uptime | sed 's/.*load average: //'), $SNAPSHOTS snapshot rows, wrk -t2 -c$CONNS -d$DURATION"
nginx_serve "$WORK/www" "$NGINX_PORT"
WRK_BASE="http://127.0.0.1:$NGINX_PORT" wrk_row "nginx, a movers JSON ($(wc -c < "$WORK/www/movers.json") bytes)" "$WORK/nginx.txt"
nginx_stop
wrk_row "GET /api/market/movers (2 games × 3 periods, limit 20)" "$WORK/movers.txt"
WRK_WARMUP=none WRK_HEADER= wrk_row "GET /api/cards/{id}/trend-summary, cold (each card computed once)" "$WORK/rail-cold.txt"
wrk_row "GET /api/cards/{id}/trend-summary, 500 cards (cached)" "$WORK/rail-warm.txt"
# Below saturation: $LIGHT connections, so latency is the service time rather than 64 requests queueing on 2 cores
WRK_CONNS=$LIGHT wrk_row "GET /api/market/movers, $LIGHT connections" "$WORK/movers.txt"
WRK_CONNS=$LIGHT wrk_row "GET /api/cards/{id}/trend-summary, 500 cards (cached), $LIGHT connections" "$WORK/rail-warm.txt"
# The same movers as a signed-in website user (session users bypass the limiter): the anonymous limiter's share
USER_NAME=bench$(date +%s)
SESSION=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"$USER_NAME\",\"email\":\"$USER_NAME@example.com\",\"password\":\"hunter2hunter2\"}" \
    "$BASE/auth/register" | sed -n 's/^[Ss]et-[Cc]ookie: \(tcg_session=[^;]*\).*/\1/p' | head -1)
if [ -n "$SESSION" ]; then
    WRK_HEADER="Cookie: $SESSION" wrk_row "GET /api/market/movers, signed in (no rate-limit check)" "$WORK/movers.txt"
    WRK_HEADER="Cookie: $SESSION" WRK_CONNS=$LIGHT wrk_row "GET /api/market/movers, signed in, $LIGHT connections" "$WORK/movers.txt"
fi
echo "load after: $(uptime | sed 's/.*load average: //')" | tee -a "$OUT"
echo; echo "Results in $OUT"
