#!/usr/bin/env bash
# A node killed outright comes back by itself (README "After a crash"), scripted so anyone can repeat it:
# one Liberty server from this build on its embedded MariaDB (own ports, own data directory); an account
# is registered, the server's JVM gets SIGKILL, and the script checks that the embedded mariadbd does not
# outlive it, that the next plain start serves again, and that the account is still there. It prints the
# time from SIGKILL to the database gone, and from the restart to /health/ready.
#   bench/crash-recovery/kill-9.sh            the watchdog stops the database when the JVM dies
#   KILL_WATCHDOG=1 bench/crash-recovery/kill-9.sh   the watchdog is killed too: the next start stops the orphan
# Needs a build (./mvnw verify, or the README's run command). Run from the repository root.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
NAME=crash-node
HTTP=${CRASH_HTTP_PORT:-9095} DB=${CRASH_DB_PORT:-3395} CLUSTER=${CRASH_CLUSTER_PORT:-5795}
WLP=web-ui/target/liberty/wlp

. bench/lib/liberty-servers.sh
servers_from_build "$NAME"
export CARDVAULT_HTTP_PORT=$HTTP CARDVAULT_HTTPS_PORT=$((HTTP + 363)) CARDVAULT_DB_EMBEDDED_PORT=$DB
export CARDVAULT_CLUSTER_NAME=cardvault-crash CARDVAULT_CLUSTER_PORT=$CLUSTER CARDVAULT_CLUSTER_MEMBERS=127.0.0.1:$CLUSTER
export CARDVAULT_CATALOGUE_IMPORT=never CARDVAULT_RECOGNITION_INDEX=never CARDVAULT_PRICES_INGEST=never
export CARDVAULT_PRICES_BACKFILL=never CARDVAULT_SESSION_SECRET=crash-recovery-bench-secret-0123456789
DATA="$(cd "$WLP/usr/servers" && pwd)/$NAME/embedded-mariadb/data"

cleanup() { "$WLP/bin/server" stop "$NAME" >/dev/null 2>&1 || true; }
trap cleanup EXIT
ready() { for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$HTTP/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done; return 1; }
# the processes whose command line names this data directory: this node's mariadbd and nothing else
database_pids() { pgrep -f -- "--datadir=$DATA( |$)" || true; }
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

echo "== first start (installs the embedded MariaDB on a fresh data directory)"
"$WLP/bin/server" start "$NAME" >/dev/null
ready
USER_NAME=crash$RANDOM
curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$USER_NAME\",\"email\":\"$USER_NAME@example.com\",\"password\":\"a long enough password\"}" \
    "http://127.0.0.1:$HTTP/auth/register" >/dev/null
JVM=$(cat "$WLP/usr/servers/.pid/$NAME.pid")
MARIADBD=$(database_pids)
echo "server JVM $JVM, its mariadbd $MARIADBD, account $USER_NAME registered"

if [ "${KILL_WATCHDOG:-0}" = 1 ]; then
    pkill -KILL -f "cardvault-db-watchdog $MARIADBD " && echo "watchdog killed"
fi
echo "== SIGKILL to the server JVM"
KILLED=$(now)
kill -KILL "$JVM"
GONE=""
for _ in $(seq 1 1200); do
    if [ -z "$(database_pids)" ]; then GONE=$(now); break; fi
    [ "${KILL_WATCHDOG:-0}" = 1 ] && break
    sleep 0.1
done
if [ -n "$GONE" ]; then
    echo "the embedded MariaDB stopped $(ms "$KILLED" "$GONE") ms after the SIGKILL"
else
    echo "the embedded MariaDB (pid $(database_pids)) still runs: an orphan for the next start"
fi

echo "== plain restart"
rm -f "$WLP/usr/servers/.pid/$NAME.pid"
RESTART=$(now)
"$WLP/bin/server" start "$NAME" >/dev/null
ready
SERVING=$(now)
LOGIN=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"username\":\"$USER_NAME\",\"password\":\"a long enough password\"}" "http://127.0.0.1:$HTTP/auth/login")
grep -h "orphaned MariaDB\|still runs on\|Embedded MariaDB ready" "$WLP/usr/servers/$NAME/logs/messages.log" | cut -c1-220 || true
echo "restart to ready: $(ms "$RESTART" "$SERVING") ms; SIGKILL to ready: $(ms "$KILLED" "$SERVING") ms; login after the crash: $LOGIN"
[ "$LOGIN" = 200 ] && [ "$(database_pids | wc -l)" = 1 ] && echo "PASS" || { echo "FAIL"; exit 1; }
