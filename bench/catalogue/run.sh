#!/usr/bin/env bash
# Catalogue read benchmark (issue 3): v2 card detail, the v2 resolver and /api/search under wrk,
# beside nginx serving the same card JSONs as static files (the practical ceiling here), on the
# real catalogue (~39k cards) and on a synthetic 500k one. Prints a Markdown table and keeps it
# in bench/results/. Uses the machine's MariaDB (database $BENCH_DB) and a Liberty server of its
# own (cardvault-bench) built from web-ui/target; installs wrk and nginx from Debian if missing.
#   bench/catalogue/run.sh [real|500k|both]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
MODE=${1:-both}
DB=${BENCH_DB:-cardvault_bench}
PORT=${BENCH_PORT:-9090}
NGINX_PORT=${BENCH_NGINX_PORT:-9099}
DURATION=${BENCH_DURATION:-20s}
# The JVM compiles its hot paths over the first tens of seconds under load (nginx needs no such
# warm-up): each unpaced run is preceded by this much of the same load.
WARMUP=${BENCH_WARMUP:-30s}
CONNS=${BENCH_CONNECTIONS:-64}
WLP=web-ui/target/liberty/wlp
SERVER=cardvault-bench
WORK=$(mktemp -d)
mkdir -p bench/results
OUT=bench/results/catalogue-$(date +%Y%m%d-%H%M).md

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; }; }
need wrk wrk
need nginx nginx
need mysql mariadb-client

# The WAR and a Liberty runtime: the run command builds both.
if [ ! -d "$WLP/usr/servers/cardvault/apps" ]; then
    ./mvnw -q -DskipTests install
    ./mvnw -q -DskipTests -pl web-ui liberty:create liberty:deploy
fi
if [ ! -d "$WLP/usr/servers/$SERVER" ]; then
    "$WLP/bin/server" create "$SERVER" >/dev/null
fi
cp server.xml "$WLP/usr/servers/$SERVER/"
rm -rf "$WLP/usr/servers/$SERVER/apps" "$WLP/usr/servers/$SERVER/lib"
cp -r "$WLP/usr/servers/cardvault/"{lib,jvm.options} "$WLP/usr/servers/$SERVER/"
mkdir -p "$WLP/usr/servers/$SERVER/apps"
cp web-ui/target/cardvault.war "$WLP/usr/servers/$SERVER/apps/"   # the WAR just built, not an older deployment

export CARDVAULT_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB?sslMode=disable"
export CARDVAULT_HTTP_PORT=$PORT CARDVAULT_HTTPS_PORT=$((PORT + 400))
export CARDVAULT_CLUSTER_NAME=cardvault-bench CARDVAULT_CLUSTER_PORT=6301 CARDVAULT_CLUSTER_MEMBERS=127.0.0.1:6301
export CARDVAULT_CATALOGUE_DIR="$ROOT/../shared/data/catalogue"
# every request comes from 127.0.0.1 without a key: lift the anonymous limit (its cluster check still runs)
export CARDVAULT_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000
# The recognizer's reference index is a one-off background build after start (then cached on disk) on both
# cores: ~63 s for the real 39k cards, so on the order of ten minutes for 500k, i.e. through every measurement
# below. These are read figures: the build is left out.
export CARDVAULT_RECOGNITION_INDEX=never
BASE="http://127.0.0.1:$PORT"

stats_cards() { curl -s "$BASE/api/v2/stats" | sed -n 's/.*"cards":\([0-9]*\).*/\1/p'; }
start_server() {
    "$WLP/bin/server" start "$SERVER" >/dev/null
    for _ in $(seq 1 300); do curl -sf "$BASE/health/ready" >/dev/null 2>&1 && return 0; sleep 1; done
    echo "server did not become ready" >&2; exit 1
}
stop_server() { "$WLP/bin/server" stop "$SERVER" >/dev/null || true; }
trap 'stop_server; [ -f "$WORK/nginx.pid" ] && nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null; rm -rf "$WORK"' EXIT

sql() { mysql -h127.0.0.1 -uroot -N "$DB" -e "$1"; }

# Request lists drawn from the stored catalogue, so every request does real work.
lists() {
    sql "SELECT CONCAT('/api/v2/cards/', id) FROM card ORDER BY RAND(42) LIMIT 500" > "$WORK/detail.txt"
    sql "SELECT CONCAT('/api/v2/cards?game=pokemon&limit=25&name=', REPLACE(name, ' ', '%20')) FROM card
         WHERE name REGEXP '^[A-Za-z ]+\$' ORDER BY RAND(43) LIMIT 500" > "$WORK/resolver.txt"
    sql "(SELECT CONCAT('/api/search?limit=20&q=', REPLACE(name, ' ', '%20')) FROM card
          WHERE name REGEXP '^[A-Za-z ]+\$' ORDER BY RAND(44) LIMIT 400)
         UNION ALL (SELECT CONCAT('/api/search?limit=20&q=', collector_number) FROM card ORDER BY RAND(45) LIMIT 100)" > "$WORK/search.txt"
}

run_wrk() { # label paths-file [rate]
    local label=$1 paths=$2 rate=${3:-}
    if [ -n "$rate" ]; then
        # 16 paced connections: wrk waits the pause after each answer, so the offered rate is
        # rate x pause / (pause + latency); with 16 the pause (32 ms at 500/s) dwarfs the latency.
        PATHS="$paths" RATE=$rate CONNS=16 wrk -t2 -c16 -d"$DURATION" -s bench/catalogue/wrk-report.lua "$BASE" > "$WORK/wrk.out"
    else
        PATHS="$paths" wrk -t2 -c"$CONNS" -d"$WARMUP" -s bench/catalogue/wrk-report.lua "$BASE" >/dev/null
        PATHS="$paths" wrk -t2 -c"$CONNS" -d"$DURATION" -s bench/catalogue/wrk-report.lua "$BASE" > "$WORK/wrk.out"
    fi
    local report; report=$(grep '^REPORT' "$WORK/wrk.out")
    printf '| %s | %s |\n' "$label" "$(echo "$report" | sed 's/^REPORT //; s/[a-z0-9]*=//g; s/ / | /g')" | tee -a "$OUT"
}

nginx_ceiling() { # serve the same 500 card details as static files, at the same paths
    mkdir -p "$WORK/www"
    local bytes=0 path
    while read -r path; do
        mkdir -p "$WORK/www$(dirname "$path")"
        curl -s "$BASE$path" > "$WORK/www$path"
        bytes=$((bytes + $(wc -c < "$WORK/www$path")))
    done < "$WORK/detail.txt"
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
    nginx -c "$WORK/nginx.conf"
    BASE_SAVED=$BASE; BASE="http://127.0.0.1:$NGINX_PORT"
    run_wrk "nginx, the same 500 card details as files (mean $((bytes / $(wc -l < "$WORK/detail.txt"))) bytes)" "$WORK/detail.txt"
    BASE=$BASE_SAVED
    nginx -c "$WORK/nginx.conf" -s stop; rm -f "$WORK/nginx.pid"
}

measure() { # title
    lists
    {
        echo; echo "### $1 — $(stats_cards) cards, $(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2 -c$CONNS -d$DURATION"
        echo; echo "| route | req/s | p50 ms | p95 ms | p99 ms | socket errors | non-2xx |"; echo "|---|---|---|---|---|---|---|"
    } | tee -a "$OUT"
    nginx_ceiling
    run_wrk "GET /api/v2/cards/{id} (500 ids)" "$WORK/detail.txt"
    run_wrk "GET /api/v2/cards/{id} at ~500 req/s (16 conns, paced)" "$WORK/detail.txt" 500
    run_wrk "GET /api/v2/cards?game&name (resolver, 500 names)" "$WORK/resolver.txt"
    run_wrk "GET /api/search?q (400 names + 100 numbers)" "$WORK/search.txt"
    run_wrk "GET /api/search?q at ~200 req/s (16 conns, paced)" "$WORK/search.txt" 200
}

if [ "$MODE" = real ] || [ "$MODE" = both ]; then
    mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
    CARDVAULT_CATALOGUE_IMPORT=on-first-start start_server
    for _ in $(seq 1 300); do [ "$(stats_cards)" -ge 39000 ] 2>/dev/null && break; sleep 2; done
    sleep 5 # the import's own index refresh
    curl -s -m 600 -o /dev/null "$BASE/api/search?q=charizard"
    measure "Real catalogue (tcgdex-en + tcgdex-asia)"
    stop_server
fi
if [ "$MODE" = 500k ] || [ "$MODE" = both ]; then
    [ "$(sql 'SELECT COUNT(*) FROM card' 2>/dev/null || echo 0)" -ge 39000 ] || { echo "import the real catalogue first: run.sh real" >&2; exit 1; }
    echo "synthesising 500k cards…"
    mysql -h127.0.0.1 -uroot "$DB" < bench/catalogue/synthesize.sql > /dev/null
    CARDVAULT_CATALOGUE_IMPORT=never start_server
    # The search index builds from the database after start; a first search waits for that build.
    curl -s -m 600 -o /dev/null "$BASE/api/search?q=charizard"
    measure "Synthetic catalogue (500k cards)"
    stop_server
fi
echo; echo "Results in $OUT"
