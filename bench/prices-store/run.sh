#!/usr/bin/env bash
# Price store benchmark (issue 4, read half): loads a synthetic price store of $TARGET_POINTS points
# (default 50M) for the real catalogue's variants into the machine's MariaDB (database $BENCH_DB),
# then measures the v2 card detail (p99) and a one-year v2 history (p95) with wrk against a Liberty
# server of its own. Prints a Markdown table and keeps it in bench/results/.
#   bench/prices-store/run.sh [load|measure|both]      (default both)
#   BENCH_SEED_PORT=3323 … copies the catalogue from a running server's database instead of importing it
# Needs the WAR and Liberty runtime a `./mvnw verify` leaves in web-ui/target (never `install`).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
MODE=${1:-both}
DB=${BENCH_DB:-cardvault_prices_bench}
PORT=${BENCH_PORT:-9196}
TARGET_POINTS=${TARGET_POINTS:-50000000}
LONG_DAYS=730
SHORT_DAYS=${SHORT_DAYS:-30}
CHUNK=${BENCH_CHUNK:-2000}
DURATION=${BENCH_DURATION:-20s}
CONNS=${BENCH_CONNECTIONS:-16}
WLP=web-ui/target/liberty/wlp
SERVER=cardvault-prices-bench
WORK=$(mktemp -d)
mkdir -p bench/results
OUT=bench/results/prices-store-$(date +%Y%m%d-%H%M).md

. bench/lib/wrk-bench.sh
bench_need wrk mysql:mariadb-client
servers_from_build "$SERVER"
bench_server_env "$DB" "$PORT" cardvault-prices-bench 6311
trap 'bench_stop_server; rm -rf "$WORK"' EXIT
export WRK_DURATION=$DURATION WRK_CONNS=$CONNS

load() {
    mysql -h127.0.0.1 -uroot -e "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
    if [ -n "${BENCH_SEED_PORT:-}" ]; then
        # copy an already migrated and imported database (e.g. a running IT server's embedded one)
        mysqldump -h127.0.0.1 -P"$BENCH_SEED_PORT" -uroot --single-transaction cardvault | mysql -h127.0.0.1 -uroot "$DB"
    else
        bench_start_server 600   # migrates the schema and imports the real catalogue on first start
        for _ in $(seq 1 900); do [ "$(sql "SELECT COUNT(*) FROM catalogue_import" 2>/dev/null)" -ge 2 ] 2>/dev/null && break; sleep 2; done
        bench_stop_server
    fi
    local started=$SECONDS
    mysql -h127.0.0.1 -uroot "$DB" < bench/prices-store/generate.sql
    local series; series=$(sql "SELECT COUNT(*) FROM price_series")
    local short_total=$(( series * SHORT_DAYS ))
    local long_series=$(( (TARGET_POINTS - short_total) / (LONG_DAYS - SHORT_DAYS) ))
    local long_max; long_max=$(sql "SELECT COALESCE(MAX(id), 0) FROM (SELECT id FROM price_series ORDER BY id LIMIT $long_series) s")
    echo "series=$series long_series=$long_series (ids <= $long_max get $LONG_DAYS days, the rest $SHORT_DAYS)"
    local max_id; max_id=$(sql "SELECT MAX(id) FROM price_series")
    local from=1
    while [ "$from" -le "$max_id" ]; do
        local to=$(( from + CHUNK - 1 ))
        # days back: seq_0_to_729; a series beyond long_max keeps only its last SHORT_DAYS days.
        # amount: a per-series base (1-500) on a slow sine walk; ~1 in 500 points is an outlier.
        sql "SET SESSION unique_checks = 0;
             INSERT INTO price_point (series_id, day, amount, is_outlier, run_id)
             SELECT s.id, CURDATE() - INTERVAL q.seq DAY,
                    ROUND((1 + MOD(s.id * 7919, 500)) * (1 + 0.2 * SIN((s.id + q.seq) / 30)), 2),
                    MOD(s.id * 31 + q.seq, 500) = 0, 1
             FROM price_series s JOIN seq_0_to_$((LONG_DAYS - 1)) q
               ON q.seq < IF(s.id <= $long_max, $LONG_DAYS, $SHORT_DAYS)
             WHERE s.id BETWEEN $from AND $to
             ORDER BY s.id, q.seq DESC"
        from=$(( to + 1 ))
        if (( (from / CHUNK) % 25 == 0 )); then
            echo "  series $from/$max_id, $(( SECONDS - started )) s"
        fi
    done
    sql "INSERT INTO price_latest (series_id, card_id, day, amount, run_id)
         SELECT s.id, s.card_id, p.day, p.amount, p.run_id FROM price_series s
         JOIN price_point p ON p.series_id = s.id AND p.day = CURDATE() AND p.is_outlier = 0"
    sql "UPDATE price_stat SET value = (SELECT COUNT(*) FROM price_point), updated_at = CURRENT_TIMESTAMP(6) WHERE name = 'price_points'"
    echo "LOAD points=$(sql "SELECT value FROM price_stat WHERE name = 'price_points'") seconds=$(( SECONDS - started ))" | tee "$WORK/load.txt"
}

explain() { # the reads' plans at this size, for docs/benchmarks.md
    local card variant
    card=$(sql "SELECT card_id FROM price_series WHERE id = 1")
    variant=$(sql "SELECT variant_id FROM price_series WHERE id = 1")
    echo "### EXPLAIN (card $card, variant $variant)"
    sql "EXPLAIN SELECT s.id, l.day, l.amount FROM price_latest l JOIN price_series s ON s.id = l.series_id
         WHERE l.card_id = $card AND s.price_type NOT LIKE 'retail%'" | sed 's/^/    /'
    sql "EXPLAIN SELECT s.id FROM price_series s WHERE s.variant_id = $variant AND s.region = 'eu'
         AND s.price_type <> 'graded' AND s.price_type NOT LIKE 'retail%'" | sed 's/^/    /'
    local ids; ids=$(sql "SELECT GROUP_CONCAT(id) FROM price_series WHERE variant_id = $variant AND region = 'eu'")
    sql "EXPLAIN SELECT series_id, day, amount FROM price_point WHERE series_id IN ($ids)
         AND day BETWEEN CURDATE() - INTERVAL 365 DAY AND '9999-12-31' AND is_outlier = 0" | sed 's/^/    /'
}

measure() {
    bench_start_server 600
    # a first start stopped before every source finished re-imports it in the background: let it end first
    for _ in $(seq 1 300); do [ "$(sql "SELECT COUNT(*) FROM catalogue_import")" -ge 2 ] && break; sleep 2; done
    local long_card_limit
    sql "SELECT CONCAT('/api/v2/cards/', id) FROM card ORDER BY RAND(42) LIMIT 500" > "$WORK/detail.txt"
    sql "SELECT DISTINCT CONCAT('/api/v2/cards/', s.card_id, '/history?region=eu&days=365&variant_id=', s.variant_id)
         FROM price_series s JOIN price_point p ON p.series_id = s.id AND p.day = CURDATE() - INTERVAL 700 DAY
         WHERE s.price_type = 'trend' ORDER BY RAND(43) LIMIT 500" > "$WORK/history.txt"
    curl -s "$(head -1 "$WORK/history.txt" | sed "s|^|$BASE|")" | head -c 300 || true; echo
    wrk_table "Price store benchmark — $(date -u +%F\ %H:%M) UTC, $(nproc) cores, $(uptime | sed 's/.*load average/load average/'), points: $(sql "SELECT value FROM price_stat WHERE name = 'price_points'"), series: $(sql "SELECT COUNT(*) FROM price_series"), wrk -t2 -c$CONNS -d$DURATION"
    wrk_row "v2 card detail (500 random cards)" "$WORK/detail.txt"
    wrk_row "v2 history, eu, 365 days (500 two-year series)" "$WORK/history.txt"
    explain | tee -a "$OUT"
    echo "uptime after: $(uptime)" | tee -a "$OUT"
    bench_stop_server
}

case "$MODE" in
    load) load ;;
    measure) measure ;;
    both) load; measure ;;
    *) echo "usage: $0 [load|measure|both]" >&2; exit 2 ;;
esac
