#!/usr/bin/env bash
# Two-server check of the daily price run's lease (decisions.md §26), scripted so anyone can repeat it:
# two Liberty servers from this build on one machine, one shared MariaDB (database $PD2_DB on the
# machine's server), the sandbox market on node 1 as every node's upstream, the daily run scheduled on
# both nodes for the same second. Exactly one node must run it (one ingest run per source, one
# snapshot) and the other must log that it skipped it.
#   bench/prices-daily/two-node.sh        (needs a build: ./mvnw verify or the README's run command)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
DB=${PD2_DB:-cardvault_pd2}
P1=${PD2_PORT1:-9087} P2=${PD2_PORT2:-9088} C1=${PD2_CLUSTER1:-5743} C2=${PD2_CLUSTER2:-5744}
WLP=web-ui/target/liberty/wlp

. bench/lib/liberty-servers.sh
servers_from_build pd-node1 pd-node2

mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
export CARDVAULT_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB?sslMode=disable"
export CARDVAULT_CLUSTER_NAME=cardvault-pd2 CARDVAULT_CLUSTER_MEMBERS=127.0.0.1:$C1,127.0.0.1:$C2
export CARDVAULT_CATALOGUE_DIR=$(cd "$ROOT/../shared/data/catalogue" && pwd)
export CARDVAULT_RECOGNITION_INDEX=never CARDVAULT_PRICES_BACKFILL=never CARDVAULT_SANDBOX_MARKET=on
export CARDVAULT_CARDMARKET_URL=http://127.0.0.1:$P1/sandbox/cardmarket CARDVAULT_TCGCSV_URL=http://127.0.0.1:$P1/sandbox/tcgcsv
export CARDVAULT_PRICECHARTING_URL=http://127.0.0.1:$P1/sandbox/pricecharting
export CARDVAULT_PRICES_INGEST=daily CARDVAULT_SESSION_SECRET=two-node-daily-run-secret-0123456789

cleanup() {
    "$WLP/bin/server" stop pd-node1 >/dev/null 2>&1 || true
    "$WLP/bin/server" stop pd-node2 >/dev/null 2>&1 || true
}
trap cleanup EXIT
ready() { for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null 2>&1 && return 0; sleep 1; done; return 1; }
log() { echo "$WLP/usr/servers/$1/logs/messages.log"; }

# node 1 imports the catalogue; node 2 starts once it is in (the first-start import is not coordinated)
AT=$(date -u -d '+5 min' +%H:%M:%S)
export CARDVAULT_PRICES_INGEST_AT=$AT
echo "== daily run scheduled on both nodes at $AT UTC"
CARDVAULT_HTTP_PORT=$P1 CARDVAULT_HTTPS_PORT=$((P1 + 400)) CARDVAULT_CLUSTER_PORT=$C1 "$WLP/bin/server" start pd-node1 >/dev/null
ready "$P1"
for _ in $(seq 1 180); do grep -q "Daily price ingest at" "$(log pd-node1)" && break; sleep 2; done
CARDVAULT_HTTP_PORT=$P2 CARDVAULT_HTTPS_PORT=$((P2 + 400)) CARDVAULT_CLUSTER_PORT=$C2 "$WLP/bin/server" start pd-node2 >/dev/null
ready "$P2"
for _ in $(seq 1 60); do grep -q "Daily price ingest at" "$(log pd-node2)" && break; sleep 2; done
grep -h "Daily price ingest at" "$(log pd-node1)" "$(log pd-node2)" | cut -c1-160

echo "== waiting for $AT and the run"
for _ in $(seq 1 600); do
    mysql -h127.0.0.1 -uroot -N "$DB" -e "SELECT 1 FROM price_snapshot LIMIT 1" 2>/dev/null | grep -q 1 && break
    sleep 2
done
sleep 30   # the skipping node's log line, and any second run, would show by now
grep -h "Daily price run\|Price ingest from\|skipped" "$(log pd-node1)" "$(log pd-node2)" | cut -c1-200 || true
echo "== ingest runs per source (must be 1 each)"
mysql -h127.0.0.1 -uroot "$DB" -e "SELECT source, status, COUNT(*) runs, SUM(points_written) points FROM price_ingest_run GROUP BY source, status"
mysql -h127.0.0.1 -uroot "$DB" -e "SELECT name, holder, until FROM job_lease; SELECT name, value FROM price_stat"
RUNS=$(mysql -h127.0.0.1 -uroot -N "$DB" -e "SELECT COUNT(*) FROM price_ingest_run")
SKIPPED=$(cat "$(log pd-node1)" "$(log pd-node2)" | grep -c "skipped: another node holds it" || true)
if [ "$RUNS" = 3 ] && [ "$SKIPPED" = 1 ]; then
    echo "PASS: one node ran the day (3 ingest runs), the other skipped it"
else
    echo "FAIL: $RUNS ingest runs, $SKIPPED skip lines"; exit 1
fi
