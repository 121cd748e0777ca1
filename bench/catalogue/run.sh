#!/usr/bin/env bash
# Catalogue read benchmark (issue 3): v2 card detail, the v2 resolver and /api/search under wrk,
# beside nginx serving the same card JSONs as static files (the practical ceiling here), on the
# real catalogue (~39k cards) and on a synthetic 500k one. Prints a Markdown table and keeps it
# in bench/results/. Uses the machine's MariaDB (database $BENCH_DB) and a Liberty server of its
# own (cardvault-bench) from the WAR and runtime a `./mvnw verify` leaves in web-ui/target; installs
# wrk and nginx from Debian if missing.
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

. bench/lib/wrk-bench.sh
bench_need wrk nginx mysql:mariadb-client

# The WAR and a Liberty runtime come from a `./mvnw verify` of this checkout; never `install` here.
servers_from_build "$SERVER"
bench_server_env "$DB" "$PORT" cardvault-bench 6301
# The recognizer's reference index is a one-off background build after start (then cached on disk) on both
# cores: ~63 s for the real 39k cards, so on the order of ten minutes for 500k, i.e. through every measurement
# below. These are read figures: the build is left out.
export CARDVAULT_RECOGNITION_INDEX=never
export WRK_DURATION=$DURATION WRK_CONNS=$CONNS WRK_WARMUP=$WARMUP

stats_cards() { curl -s "$BASE/api/v2/stats" | sed -n 's/.*"cards":\([0-9]*\).*/\1/p'; }
trap 'bench_stop_server; nginx_stop; rm -rf "$WORK"' EXIT

# Request lists drawn from the stored catalogue, so every request does real work. The warm lists are
# asked over and over (what caches see in steady use); the cold ones hold far more distinct requests
# than a run sends, so nearly every answer is a cache miss.
# Collector numbers are sent URL-encoded: Yu-Gi-Oh! has "MZMU-EN???", Pokémon "1★".
lists() {
    sql "SELECT CONCAT('/api/v2/cards/', id) FROM card ORDER BY RAND(42) LIMIT 500" > "$WORK/detail.txt"
    sql "SELECT CONCAT('/api/v2/cards/', id) FROM card ORDER BY RAND(52) LIMIT 60000" > "$WORK/detail-cold.txt"
    # the set route as the issue measured it: a set with (up to) 100 of its cards, random sets over the catalogue
    sql "SELECT CONCAT('/api/v2/sets/', id, '?page=1&size=100') FROM card_set ORDER BY RAND(46) LIMIT 500" > "$WORK/sets.txt"
    sql "SELECT CONCAT('/api/v2/sets/', s.id, '?page=1&size=', q.seq) FROM card_set s JOIN seq_50_to_250 q
         ORDER BY RAND(56) LIMIT 60000" > "$WORK/sets-cold.txt"
    sql "SELECT CONCAT('/api/v2/cards?game=pokemon&limit=25&name=', REPLACE(name, ' ', '%20')) FROM card
         WHERE name REGEXP '^[A-Za-z ]+\$' ORDER BY RAND(43) LIMIT 500" > "$WORK/resolver.txt"
    sql "(SELECT CONCAT('/api/search?limit=20&q=', REPLACE(name, ' ', '%20')) FROM card
          WHERE name REGEXP '^[A-Za-z ]+\$' ORDER BY RAND(44) LIMIT 400)
         UNION ALL (SELECT CONCAT('/api/search?limit=20&q=', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(collector_number, '%', '%25'), '?', '%3F'), '#', '%23'), ' ', '%20'), '★', '%E2%98%85')) FROM card ORDER BY RAND(45) LIMIT 100)" > "$WORK/search.txt"
    # distinct queries: a name or a number with a page size of 10–30 (each its own answer)
    sql "(SELECT CONCAT('/api/search?limit=', 10 + id % 21, '&q=', REPLACE(name, ' ', '%20')) FROM card
          WHERE name REGEXP '^[A-Za-z ]+\$' ORDER BY RAND(54) LIMIT 45000)
         UNION ALL (SELECT CONCAT('/api/search?limit=', 10 + id % 21, '&q=', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(collector_number, '%', '%25'), '?', '%3F'), '#', '%23'), ' ', '%20'), '★', '%E2%98%85')) FROM card
          ORDER BY RAND(55) LIMIT 15000) ORDER BY RAND(57)" > "$WORK/search-cold.txt"
}

# Paced runs: 16 connections, each waiting the pause after each answer, so the offered rate is
# rate x pause / (pause + latency); with 16 the pause (32 ms at 500/s) dwarfs the latency.
paced_row() { # label paths-file rate
    WRK_CONNS=16 WRK_RATE=$3 WRK_WARMUP=none wrk_row "$1" "$2"
}

nginx_ceiling() { # serve the same card details and set pages as static files, at the same paths, and measure it
    mkdir -p "$WORK/www"
    local list path file bytes
    for list in detail sets; do
        bytes=0
        while read -r path; do
            file="$WORK/www${path%%\?*}" # nginx serves a file whatever the query
            mkdir -p "$(dirname "$file")"
            curl -s "$BASE$path" > "$file"
            bytes=$((bytes + $(wc -c < "$file")))
        done < "$WORK/$list.txt"
        echo "$((bytes / $(wc -l < "$WORK/$list.txt")))" > "$WORK/$list.bytes"
    done
    nginx_serve "$WORK/www" "$NGINX_PORT"
    WRK_BASE="http://127.0.0.1:$NGINX_PORT" \
        wrk_row "nginx, the same 500 card details as files (mean $(cat "$WORK/detail.bytes") bytes)" "$WORK/detail.txt"
    WRK_BASE="http://127.0.0.1:$NGINX_PORT" \
        wrk_row "nginx, the same 500 set pages as files (mean $(cat "$WORK/sets.bytes") bytes)" "$WORK/sets.txt"
    nginx_stop
}

# A pass over a cold list: no warm-up, shorter, so each request is asked about once.
cold_row() { # label paths-file
    WRK_WARMUP=none WRK_DURATION=${BENCH_COLD_DURATION:-10s} wrk_row "$1" "$2"
}

measure() { # title
    lists
    wrk_table "$1 — $(stats_cards) cards, $(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2 -c$CONNS -d$DURATION"
    nginx_ceiling
    wrk_row "GET /api/v2/cards/{id} (500 ids)" "$WORK/detail.txt"
    paced_row "GET /api/v2/cards/{id} at ~500 req/s (16 conns, paced)" "$WORK/detail.txt" 500
    cold_row "GET /api/v2/cards/{id}, cold (60,000 ids, one pass)" "$WORK/detail-cold.txt"
    wrk_row "GET /api/v2/sets/{id}?size=100 (500 sets)" "$WORK/sets.txt"
    cold_row "GET /api/v2/sets/{id}?size=50..250, cold (60,000 set × size, one pass)" "$WORK/sets-cold.txt"
    wrk_row "GET /api/v2/cards?game&name (resolver, 500 names)" "$WORK/resolver.txt"
    wrk_row "GET /api/search?q (400 names + 100 numbers)" "$WORK/search.txt"
    paced_row "GET /api/search?q at ~200 req/s (16 conns, paced)" "$WORK/search.txt" 200
    cold_row "GET /api/search?q, cold (60,000 distinct queries, one pass)" "$WORK/search-cold.txt"
    server_memory
}

# The server's resident memory after the runs, its live heap after a full collection and the classes
# that hold most of it (what the caches and the index cost at this catalogue size).
server_memory() {
    local pid; pid=$(cat "$WLP/usr/servers/.pid/$SERVER.pid" 2>/dev/null) || return 0
    {
        echo; echo "Server RSS after the runs: $(($(ps -o rss= -p "$pid") / 1024)) MB"
        echo; echo '```'; jcmd "$pid" GC.class_histogram 2>/dev/null | head -24; echo '```'
        echo; echo "RSS after the full collection: $(($(ps -o rss= -p "$pid") / 1024)) MB"
    } | tee -a "$OUT"
}

if [ "$MODE" = real ] || [ "$MODE" = both ]; then
    mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
    CARDVAULT_CATALOGUE_IMPORT=on-first-start bench_start_server
    # Every game's dump (the server's CARDVAULT_CATALOGUE_SOURCES): the job logs one "Imported <source>" line per
    # source; a card count alone stalls for tens of seconds while a big dump is parsed.
    sources=$(sed -n 's/.*name="CARDVAULT_CATALOGUE_SOURCES" defaultValue="\([^"]*\)".*/\1/p' server.xml)
    sources=${CARDVAULT_CATALOGUE_SOURCES:-$sources}
    log="$WLP/usr/servers/$SERVER/logs/messages.log"
    for _ in $(seq 1 450); do
        [ "$(grep -c 'Imported [a-z0-9-]*: ' "$log" 2>/dev/null)" -ge "$(echo "$sources" | tr ',' '\n' | grep -c .)" ] && break
        sleep 2
    done
    curl -s -m 600 -o /dev/null "$BASE/api/search?q=charizard" # answered once the import's index rebuild is done
    measure "Real catalogue (every game: $sources)"
    bench_stop_server
fi
if [ "$MODE" = 500k ] || [ "$MODE" = both ]; then
    [ "$(sql 'SELECT COUNT(*) FROM card' 2>/dev/null || echo 0)" -ge 150000 ] || { echo "import the real catalogue first: run.sh real" >&2; exit 1; }
    # The synthesis adds sets under fixed keys: a database already grown (a run stopped after it) is used as it is.
    if [ "$(sql 'SELECT COUNT(*) FROM card')" -lt 500000 ]; then
        echo "synthesising 500k cards…"
        mysql -h127.0.0.1 -uroot "$DB" < bench/catalogue/synthesize.sql > /dev/null
    fi
    CARDVAULT_CATALOGUE_IMPORT=never bench_start_server
    # The search index builds from the database after start; a first search waits for that build.
    curl -s -m 600 -o /dev/null "$BASE/api/search?q=charizard"
    measure "Synthetic catalogue (500k cards)"
    bench_stop_server
fi
echo; echo "Results in $OUT"
