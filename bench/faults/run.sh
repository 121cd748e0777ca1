#!/usr/bin/env bash
# Fault-injection run (see bench/faults/README.md): two Liberty servers from this build over a MariaDB of
# the script's own (a second mariadbd with its own datadir and port under a temp dir, so it can be killed
# and restarted without touching the machine's), one Hazelcast cluster. Scenarios:
#   a  kill -9 the node running a sandbox price ingest
#   b  kill -9 a node during a burst of registrations and key creations from several clients
#   c  kill -9 MariaDB under write load and start it again
#   d  kill -9 a single demo server (embedded database) and start it again with the README's run command
# During a–c, clients (FaultLoad.java) record every acknowledged write and a Free key is spent across the
# nodes; afterwards the database is checked: acknowledged writes lost, duplicate or half-written rows,
# requests failed, time to recover, and the accepted calls per rate-limit window. A table at the end.
#   flock /tmp/cardvault-bench.lock bench/faults/run.sh [a] [b] [c] [d]     (default: a b c)
# Needs the WAR and a Liberty server made by the build: ./mvnw -DskipTests -pl web-ui -am package and one
# IT or liberty:create run (bench/lib/liberty-servers.sh says which). d needs the README's run command to
# work as written (its first command, install, done before).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
SCENARIOS=${*:-a b c}
P1=${FAULTS_PORT1:-9097} P2=${FAULTS_PORT2:-9098} C1=${FAULTS_CLUSTER1:-5753} C2=${FAULTS_CLUSTER2:-5754}
DBPORT=${FAULTS_DB_PORT:-3399}
CLIENTS=${FAULTS_CLIENTS:-6} LOAD_SECONDS=${FAULTS_SECONDS:-60} FAULT_AFTER=${FAULTS_AFTER:-12}
FREE_PER_MINUTE=30   # the Free tier's per-minute quota (domain Tier.FREE), the limit the spender's key runs into
WLP=web-ui/target/liberty/wlp
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cardvault-faults.XXXXXX")
OUT=bench/results/faults
mkdir -p "$OUT"
RUN=$(date -u +%H%M%S)
TABLE="$OUT/table-$RUN.txt"
ADMIN=faults-admin
N1=http://127.0.0.1:$P1 N2=http://127.0.0.1:$P2
DB_PID=""
MARIADBD=${FAULTS_MARIADBD:-$(command -v mariadbd || echo /usr/sbin/mariadbd)}

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
now_ms() { date +%s%3N; }
sql() { mariadb -h127.0.0.1 -P"$DBPORT" -uroot -N -B cardvault -e "$1"; }

# ---- the run's own MariaDB ------------------------------------------------------------------------------
db_start() {
    local as_root=()
    [ "$(id -u)" = 0 ] && as_root=(--user=root)
    "$MARIADBD" --no-defaults --datadir="$WORK/db" --port="$DBPORT" --bind-address=127.0.0.1 \
        --socket="$WORK/db.sock" --pid-file="$WORK/db.pid" --log-error="$WORK/db.err" "${as_root[@]}" \
        --innodb-buffer-pool-size=256M --max-connections=400 --character-set-server=utf8mb4 \
        --collation-server=utf8mb4_unicode_520_ci >/dev/null 2>&1 &
    DB_PID=$!
    for _ in $(seq 1 120); do
        mariadb-admin -h127.0.0.1 -P"$DBPORT" -uroot ping >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "MariaDB did not start; see $WORK/db.err" >&2
    return 1
}
db_install() {
    mariadb-install-db --no-defaults --datadir="$WORK/db" --auth-root-authentication-method=normal \
        --skip-test-db $([ "$(id -u)" = 0 ] && echo --user=root) >"$WORK/install-db.log" 2>&1
    db_start
    mariadb -h127.0.0.1 -P"$DBPORT" -uroot -e \
        "CREATE DATABASE cardvault CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci; CREATE DATABASE faults_check"
}

# ---- the two nodes -------------------------------------------------------------------------------------
node_env() {
    export CARDVAULT_DB_URL="jdbc:mariadb://127.0.0.1:$DBPORT/cardvault?sslMode=disable" CARDVAULT_DB_EMBEDDED=false
    export CARDVAULT_CLUSTER_NAME=cardvault-faults CARDVAULT_CLUSTER_MEMBERS=127.0.0.1:$C1,127.0.0.1:$C2
    CARDVAULT_CATALOGUE_DIR=$(cd "$ROOT/../shared/data/catalogue" && pwd)
    export CARDVAULT_CATALOGUE_DIR
    export CARDVAULT_RECOGNITION_INDEX=never CARDVAULT_PRICES_BACKFILL=never CARDVAULT_PRICES_INGEST=never
    export CARDVAULT_SANDBOX_MARKET=on CARDVAULT_CARDMARKET_URL=$N1/sandbox/cardmarket
    export CARDVAULT_TCGCSV_URL=$N1/sandbox/tcgcsv CARDVAULT_PRICECHARTING_URL=$N1/sandbox/pricecharting
    export CARDVAULT_SESSION_SECRET=fault-injection-run-secret-0123456789abcdef
    export CARDVAULT_ADMIN_USERNAMES=$ADMIN
    # every client calls from 127.0.0.1: the anonymous per-address limit would throttle the registrations
    export CARDVAULT_RATE_LIMIT_ANONYMOUS_PER_MINUTE=1000000
}
node_port() { [ "$1" = fault-node1 ] && echo "$P1" || echo "$P2"; }
node_start() { # server [catalogue import mode]
    local port cluster
    port=$(node_port "$1"); cluster=$([ "$1" = fault-node1 ] && echo "$C1" || echo "$C2")
    CARDVAULT_CATALOGUE_IMPORT=${2:-never} CARDVAULT_HTTP_PORT=$port CARDVAULT_HTTPS_PORT=$((port + 400)) \
        CARDVAULT_OPS_PORT=$((port + 30)) CARDVAULT_CLUSTER_PORT=$cluster "$WLP/bin/server" start "$1" >/dev/null
}
node_pid() {
    local file="$WLP/usr/servers/.pid/$1.pid"
    [ -f "$file" ] && cat "$file"
}
ready() { # port [seconds]
    for _ in $(seq 1 $((${2:-300} * 2))); do
        curl -sf -m 2 "http://127.0.0.1:$1/health/ready" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    return 1
}
kill_node() {
    local pid; pid=$(node_pid "$1")
    [ -n "$pid" ] && kill -9 "$pid"
    log "kill -9 $1 (pid $pid)"
}

cleanup() {
    [ -n "$(jobs -p)" ] && kill $(jobs -p | grep -v "^${DB_PID:-x}$") 2>/dev/null || true
    "$WLP/bin/server" stop fault-node1 >/dev/null 2>&1 || true
    "$WLP/bin/server" stop fault-node2 >/dev/null 2>&1 || true
    [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null && wait "$DB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}

admin_cookie() { # node → writes $WORK/admin.jar (registers the administrator once, signs in after)
    local body="{\"username\":\"$ADMIN\",\"email\":\"$ADMIN@example.com\",\"password\":\"fault-admin-password\"}"
    curl -s -o /dev/null -c "$WORK/admin.jar" -XPOST "$1/auth/register" -H 'Content-Type: application/json' -d "$body"
    curl -s -o /dev/null -c "$WORK/admin.jar" -XPOST "$1/auth/login" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$ADMIN\",\"password\":\"fault-admin-password\"}"
}

free_key() { # node prefix → prints a fresh Free account's key (the spender's)
    local user="$2-spender" jar="$WORK/$2.jar"
    curl -s -o /dev/null -c "$jar" -XPOST "$1/auth/register" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$user\",\"email\":\"$user@example.com\",\"password\":\"fault-run-password\"}"
    curl -s -b "$jar" -XPOST "$1/api/keys" -H 'Content-Type: application/json' -d '{"name":"spender"}' \
        | sed -n 's/.*"key":"\([^"]*\)".*/\1/p'
}

# ---- checks against the database -------------------------------------------------------------------------
load_acked() { # dir prefix: the acknowledged writes into faults_check tables
    mariadb -h127.0.0.1 -P"$DBPORT" -uroot faults_check -e "
        DROP TABLE IF EXISTS acked_account; DROP TABLE IF EXISTS acked_key;
        CREATE TABLE acked_account (username VARCHAR(64) PRIMARY KEY, user_id BIGINT);
        CREATE TABLE acked_key (key_id BIGINT PRIMARY KEY, account_id BIGINT, prefix VARCHAR(16));"
    awk -F'\t' '{printf "INSERT IGNORE INTO acked_account VALUES (\x27%s\x27, %s);\n", $1, ($2 == "-" ? "NULL" : $2)}' \
        "$1/acked-accounts.tsv" | mariadb -h127.0.0.1 -P"$DBPORT" -uroot faults_check
    awk -F'\t' '$1 != "-" {printf "INSERT IGNORE INTO acked_key VALUES (%s, %s, \x27%s\x27);\n", $1, ($2 == "-" ? "NULL" : $2), $3}' \
        "$1/acked-keys.tsv" | mariadb -h127.0.0.1 -P"$DBPORT" -uroot faults_check
}

# one row of the table: scenario dir prefix fault_ms recovered_label recovered_seconds
report_row() {
    local name=$1 dir=$2 prefix=$3 fault=$4 recovery=$5
    load_acked "$dir"
    local acked_a lost_a acked_k lost_k wrong_k over_cap unacked_a unacked_k sent failed failed_fault limiter stall
    acked_a=$(wc -l <"$dir/acked-accounts.tsv")
    lost_a=$(sql "SELECT COUNT(*) FROM faults_check.acked_account c LEFT JOIN account a ON a.username = c.username WHERE a.id IS NULL")
    acked_k=$(wc -l <"$dir/acked-keys.tsv")
    lost_k=$(sql "SELECT COUNT(*) FROM faults_check.acked_key c LEFT JOIN api_key k ON k.id = c.key_id WHERE k.id IS NULL")
    wrong_k=$(sql "SELECT COUNT(*) FROM faults_check.acked_key c JOIN api_key k ON k.id = c.key_id
                   WHERE k.account_id <> c.account_id OR k.prefix <> c.prefix")
    # the Free tier holds one key: an account of this run with more is a write the cap should have refused
    over_cap=$(sql "SELECT COUNT(*) FROM (SELECT k.account_id FROM api_key k JOIN account a ON a.id = k.account_id
                    WHERE a.username LIKE '$prefix-%' AND a.tier = 'free' GROUP BY k.account_id HAVING COUNT(*) > 1) t")
    unacked_a=$(sql "SELECT COUNT(*) FROM account a LEFT JOIN faults_check.acked_account c ON c.username = a.username
                     WHERE a.username LIKE '$prefix-%' AND a.username NOT LIKE '%-spender' AND c.username IS NULL")
    unacked_k=$(sql "SELECT COUNT(*) FROM api_key k JOIN account a ON a.id = k.account_id
                     LEFT JOIN faults_check.acked_key c ON c.key_id = k.id
                     WHERE a.username LIKE '$prefix-%' AND a.username NOT LIKE '%-spender' AND c.key_id IS NULL")
    sent=$(grep -o 'clients done: [0-9]*' "$dir/load.out" | grep -o '[0-9]*$' || echo 0)
    failed=$(wc -l <"$dir/failures.tsv")
    failed_fault=$(awk -F'\t' -v f="$fault" '$2 >= f - 1000 && $1 <= f + 60000' "$dir/failures.tsv" | wc -l)
    # accepted calls per rate-limit window, keyed by the window's end the server reported in X-RateLimit-Reset;
    # a request sent after that end was decided in the next window (its header is stale: counted apart)
    limiter=$(awk -F'\t' '$3 == 200 && $4 == "-" {bare++; next}
        $3 == 200 {w = $4; if ($4 * 1000 <= $7) {w = $4 + 60; stale++} else if ($4 * 1000 <= $1) edge++; n[w]++}
        END {m = 0; for (w in n) if (n[w] > m) m = n[w];
             printf "%d%s%s%s", m, (bare ? ", " bare " without headers" : ""), (stale ? ", " stale " stale Reset" : ""),
                 (edge ? ", " edge " sent before and answered after the window end" : "")}' "$dir/limiter.tsv")
    # the longest time without any acknowledged write around the fault
    stall=$(awk -F'\t' -v f="$fault" '$3 != "limited" && $1 >= f - 2000 && $1 <= f + 120000 {
            if (prev && $1 - prev > gap) gap = $1 - prev; prev = $1} END {printf "%.1f", gap / 1000}' \
        <(sort -n "$dir/ok.tsv"))
    printf '| %-28s | %5s | %5s | %5s | %5s/%-4s | %5s/%-4s | %4s | %4s | %6s/%-6s | %6s s | %-24s | %-18s |\n' \
        "$name" "$sent" "$failed" "$failed_fault" "$lost_a" "$acked_a" "$lost_k" "$acked_k" "$wrong_k" "$over_cap" \
        "$unacked_a" "$unacked_k" "$stall" "$recovery" "$limiter / $FREE_PER_MINUTE" | tee -a "$TABLE"
}

table_head() {
    {
        echo "Fault run $(date -u +%FT%TZ), $(git rev-parse --short HEAD), $CLIENTS writers + 1 spender, load ${LOAD_SECONDS} s, fault at ${FAULT_AFTER} s"
        echo "| scenario                     |  reqs | failed| in fault | lost acct/acked | lost keys/acked | wrong | over cap | unacked acct/keys | longest stall | recovery | max accepted per minute / limit |"
        echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    } | tee -a "$TABLE"
}

load_run() { # dir prefix key node... (in the background; its pid in LOAD_PID)
    local dir=$1 prefix=$2 key=$3; shift 3
    mkdir -p "$dir"
    java bench/faults/FaultLoad.java "$dir" "$LOAD_SECONDS" "$CLIENTS" "$prefix" "$key" "$@" >"$dir/load.out" 2>&1 &
    LOAD_PID=$!
}

# ---- scenarios --------------------------------------------------------------------------------------------
scenario_a() {
    local dir=$WORK/a prefix=fa$RUN key; mkdir -p "$dir"
    log "(a) kill -9 the node running the sandbox's cardmarket ingest"
    admin_cookie "$N2"
    key=$(free_key "$N1" "$prefix")
    # an acknowledged ingest first: its points must survive everything that follows
    curl -s -b "$WORK/admin.jar" -XPOST "$N2/sandbox/ingest?source=tcgcsv" >"$dir/ingest-tcgcsv.json"
    local acked_run acked_points acked_rows acked_sum
    acked_run=$(sed -n 's/.*"run_id":\([0-9]*\).*/\1/p' "$dir/ingest-tcgcsv.json")
    acked_points=$(sed -n 's/.*"points_written":\([0-9]*\).*/\1/p' "$dir/ingest-tcgcsv.json")
    # what the acknowledged run left in the store, as rows and as a checksum of their amounts
    acked_rows=$(sql "SELECT COUNT(*) FROM price_point WHERE run_id = ${acked_run:-0}")
    acked_sum=$(sql "SELECT COALESCE(SUM(amount), 0) FROM price_point WHERE run_id = ${acked_run:-0}")
    log "acknowledged ingest: run ${acked_run:-?}, ${acked_points:-?} points written, $acked_rows rows in the store: $(head -c 200 "$dir/ingest-tcgcsv.json")"
    local started; started=$(now_ms)
    curl -s -m 600 -o "$dir/ingest-killed.json" -w '%{http_code}' -b "$WORK/admin.jar" \
        -XPOST "$N2/sandbox/ingest?source=cardmarket" >"$dir/ingest-killed.code" 2>/dev/null &
    local ingest_pid=$! run="" writing=""
    # the run's row commits with its points, so it is never seen 'running' from outside: wait instead until a
    # transaction is writing many rows (the ingest's), then let it write a little longer
    for _ in $(seq 1 900); do
        writing=$(mariadb -h127.0.0.1 -P"$DBPORT" -uroot -N -B -e \
            "SELECT MAX(trx_rows_modified) FROM information_schema.INNODB_TRX WHERE trx_rows_modified > 1000")
        [ -n "$writing" ] && [ "$writing" != NULL ] && break
        sleep 0.2
    done
    load_run "$dir" "$prefix" "$key" "$N1" "$N2"   # the clients run across the kill
    sleep "${FAULTS_INGEST_KILL_DELAY:-3}"   # into the run's writes
    local fault; fault=$(now_ms)
    local rows_at_kill; rows_at_kill=$(mariadb -h127.0.0.1 -P"$DBPORT" -uroot -N -B -e \
        "SELECT COALESCE(MAX(trx_rows_modified), 0) FROM information_schema.INNODB_TRX")
    kill_node fault-node2
    wait "$ingest_pid" || true
    run=$(sql "SELECT COALESCE(MAX(id), 0) FROM price_ingest_run WHERE source = 'cardmarket'")
    log "the killed ingest ($(((fault - started) / 1000)) s in, a transaction with $rows_at_kill rows written open at the kill) answered: HTTP $(cat "$dir/ingest-killed.code"); latest cardmarket run: $run"
    # recovery: the survivor ingests the same file; the killed node starts again
    local t0 t1; t0=$(now_ms)
    curl -s -m 600 -b "$WORK/admin.jar" -XPOST "$N1/sandbox/ingest?source=cardmarket" >"$dir/ingest-retry.json" || true
    t1=$(now_ms)
    log "retry on the survivor ($(((t1 - t0) / 1000)) s): $(head -c 300 "$dir/ingest-retry.json")"
    node_start fault-node2
    ready "$P2"
    local back; back=$(now_ms)
    wait "$LOAD_PID" || true
    local retry_status; retry_status=$(sed -n 's/.*"status":"\([a-z_]*\)".*/\1/p' "$dir/ingest-retry.json")
    local retry_points; retry_points=$(sed -n 's/.*"points_written":\([0-9]*\).*/\1/p' "$dir/ingest-retry.json")
    {
        echo "(a) ingest checks: acknowledged run $acked_run (points_written $acked_points) left $acked_rows rows (amount sum $acked_sum); after the fault and the retry: $(sql "SELECT COUNT(*) FROM price_point WHERE run_id = ${acked_run:-0}") rows, sum $(sql "SELECT COALESCE(SUM(amount), 0) FROM price_point WHERE run_id = ${acked_run:-0}") (a later run of the same source may take rows over: tcgcsv is not re-ingested here)"
        echo "    killed run ${run:-?}: status now '$(sql "SELECT status FROM price_ingest_run WHERE id = ${run:-0}")', points it left: $(sql "SELECT COUNT(*) FROM price_point WHERE run_id = ${run:-0}")"
        echo "    runs still 'running' after recovery: $(sql "SELECT COUNT(*) FROM price_ingest_run WHERE status = 'running'")"
        echo "    retry on the survivor: status '${retry_status:-none}', ${retry_points:-?} points written, $(((t1 - t0) / 1000)) s"
        echo "    duplicate series: $(sql "SELECT COUNT(*) FROM (SELECT 1 FROM price_series GROUP BY variant_id, source, region, price_type, grading_company, grade HAVING COUNT(*) > 1) d"), points without a series: $(sql "SELECT COUNT(*) FROM price_point p LEFT JOIN price_series s ON s.id = p.series_id WHERE s.id IS NULL"), latest rows without a point: $(sql "SELECT COUNT(*) FROM price_latest l LEFT JOIN price_point p ON p.series_id = l.series_id AND p.day = l.day WHERE p.series_id IS NULL")"
        echo "    cardmarket series with a point: $(sql "SELECT COUNT(DISTINCT p.series_id) FROM price_point p JOIN price_series s ON s.id = p.series_id WHERE s.source = 'cardmarket'")"
    } | tee -a "$WORK/notes"
    A_ROW=("(a) kill node during ingest" "$dir" "$prefix" "$fault" "node2 back $(((back - fault) / 1000)) s")
}

scenario_b() {
    local dir=$WORK/b prefix=fb$RUN key; mkdir -p "$dir"
    log "(b) kill -9 a node during a burst of registrations and key creations"
    key=$(free_key "$N1" "$prefix")
    load_run "$dir" "$prefix" "$key" "$N1" "$N2"
    sleep "$FAULT_AFTER"
    local fault; fault=$(now_ms)
    kill_node fault-node2
    sleep 3
    node_start fault-node2
    ready "$P2"
    local back; back=$(now_ms)
    wait "$LOAD_PID" || true
    B_ROW=("(b) kill node during writes" "$dir" "$prefix" "$fault" "node2 back $(((back - fault) / 1000)) s")
}

scenario_c() {
    local dir=$WORK/c prefix=fc$RUN key; mkdir -p "$dir"
    log "(c) kill -9 MariaDB under write load, start it again"
    key=$(free_key "$N1" "$prefix")
    load_run "$dir" "$prefix" "$key" "$N1" "$N2"
    sleep "$FAULT_AFTER"
    local fault; fault=$(now_ms)
    kill -9 "$DB_PID"; wait "$DB_PID" 2>/dev/null || true
    log "kill -9 mariadbd (pid $DB_PID)"
    sleep "${FAULTS_DB_DOWN_SECONDS:-5}"
    local restarted; restarted=$(now_ms)
    db_start
    log "mariadbd started again (pid $DB_PID) after crash recovery"
    wait "$LOAD_PID" || true
    local first_ok
    first_ok=$(awk -F'\t' -v r="$restarted" '$3 != "limited" && $1 >= r' "$dir/ok.tsv" | sort -n | head -1 | cut -f1)
    local h1 h2
    h1=$(curl -s -m 5 "$N1/health/db"); h2=$(curl -s -m 5 "$N2/health/db")
    echo "(c) health/db after the restart: node1 $h1, node2 $h2" | tee -a "$WORK/notes"
    C_ROW=("(c) kill -9 + restart MariaDB" "$dir" "$prefix" "$fault" \
        "first write $(( (${first_ok:-$restarted} - restarted) / 1000 )) s after DB up")
}

# (d) one demo server with its embedded database, started with the README's run command
scenario_d() {
    local port=${FAULTS_DEMO_PORT:-9080} dbport=${FAULTS_DEMO_DB_PORT:-3307} demo_log=$WORK/demo.log
    log "(d) kill -9 the demo server (embedded MariaDB) and start it again with the README's run command"
    ( ./mvnw -DskipTests -pl web-ui liberty:run >"$demo_log" 2>&1 ) &
    local mvn_pid=$!
    ready "$port" 900 || { echo "the demo server did not come up; see $demo_log" >&2; return 1; }
    local users=() u
    for i in 1 2 3; do
        u=fd$RUN-$i
        curl -sf -o /dev/null -XPOST "http://127.0.0.1:$port/auth/register" -H 'Content-Type: application/json' \
            -d "{\"username\":\"$u\",\"email\":\"$u@example.com\",\"password\":\"fault-run-password\"}" && users+=("$u")
    done
    local pid; pid=$(node_pid cardvault || true)   # liberty:run in the foreground writes no pid file
    [ -n "$pid" ] || pid=$(ss -ltnp 2>/dev/null | grep ":$port " | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
    kill -9 "$pid"; log "kill -9 the demo server (pid $pid)"
    for _ in $(seq 1 60); do kill -0 "$mvn_pid" 2>/dev/null || break; sleep 1; done
    kill "$mvn_pid" 2>/dev/null || true   # Maven, had it not noticed its server die
    local orphan; orphan=$(ss -ltnp 2>/dev/null | grep ":$dbport " | grep -o 'pid=[0-9]*' | head -1 || true)
    echo "(d) after the kill, the embedded database port $dbport: ${orphan:-free}" | tee -a "$WORK/notes"
    local t0; t0=$(now_ms)
    ( ./mvnw -DskipTests -pl web-ui liberty:run >"$demo_log.2" 2>&1 ) &
    mvn_pid=$!
    local up=no lost=0
    if ready "$port" 900 && curl -sf "http://127.0.0.1:$port/health/db" >/dev/null; then
        up=yes
        for u in "${users[@]}"; do
            curl -sf -o /dev/null -XPOST "http://127.0.0.1:$port/auth/login" -H 'Content-Type: application/json' \
                -d "{\"username\":\"$u\",\"password\":\"fault-run-password\"}" || lost=$((lost + 1))
        done
    fi
    local t1; t1=$(now_ms)
    printf '| %-28s | restarted: %s in %s s | acknowledged registrations lost: %s of %s |\n' "(d) kill -9 demo server" \
        "$up" "$(((t1 - t0) / 1000))" "$lost" "${#users[@]}" | tee -a "$TABLE"
    "$WLP/bin/server" stop cardvault >/dev/null 2>&1 || true
    wait "$mvn_pid" 2>/dev/null || true
}

trap cleanup EXIT
needs_cluster=no
for s in $SCENARIOS; do case $s in a|b|c) needs_cluster=yes ;; esac; done
if [ "$needs_cluster" = yes ]; then
    . bench/lib/liberty-servers.sh
    servers_from_build fault-node1 fault-node2
    log "MariaDB of the run's own on 127.0.0.1:$DBPORT ($WORK/db)"
    db_install
    node_env
    node_start fault-node1 on-first-start
    ready "$P1"
    # node 2 starts once node 1's catalogue import is in (the start-up import is not coordinated across nodes)
    for _ in $(seq 1 300); do
        line=$(grep -h "Importing the catalogue from" "$WLP/usr/servers/fault-node1/logs/messages.log" || true)
        want=$(echo "$line" | grep -o 'from \[[^]]*\]' | tr ',' '\n' | wc -l)
        [ -n "$line" ] && [ "$(sql "SELECT COUNT(*) FROM catalogue_import")" -ge "$want" ] && break
        sleep 2
    done
    log "catalogue in: $(curl -s "$N1/api/v2/stats" | head -c 120)"
    node_start fault-node2
    ready "$P2"
    log "cluster: $(curl -s "$N2/health/ready" | head -c 200)"
fi
table_head
for s in $SCENARIOS; do
    case $s in
        a) scenario_a; report_row "${A_ROW[@]}" ;;
        b) scenario_b; report_row "${B_ROW[@]}" ;;
        c) scenario_c; report_row "${C_ROW[@]}" ;;
        d) scenario_d ;;
        *) echo "unknown scenario $s (a, b, c or d)" >&2; exit 2 ;;
    esac
done
[ -f "$WORK/notes" ] && cat "$WORK/notes" >>"$TABLE"
for s in a b c; do [ -f "$WORK/$s/failures.tsv" ] && cp "$WORK/$s/failures.tsv" "$OUT/failures-$s-$RUN.tsv"; done
for s in a b c; do [ -f "$WORK/$s/limiter.tsv" ] && cp "$WORK/$s/limiter.tsv" "$OUT/limiter-$s-$RUN.tsv"; done
log "table: $TABLE"
