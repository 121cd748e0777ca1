#!/usr/bin/env bash
# Manual two-server check of real time (issue 9), scripted so anyone can repeat it: two Liberty
# servers from this build on one machine, one Hazelcast cluster, one shared MariaDB (database
# $RT2_DB on the machine's server). The spec's three example clients (bench/realtime/clients:
# JavaScript and both Python ones, unchanged but for the host) connect to node 2 with a Pro key;
# events are produced on node 1 (test producer); each client must print each event exactly once.
# Then the cluster-wide connection limit (20 per key, spread over both nodes) and kill -9 of node 2.
#   bench/realtime/two-node.sh            (needs a build: ./mvnw verify or the README's run command)
# Needs node 20 (--experimental-websocket) and Debian's python3-websockets and python3-websocket.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
DB=${RT2_DB:-cardvault_rt2}
P1=${RT2_PORT1:-9085} P2=${RT2_PORT2:-9086} C1=${RT2_CLUSTER1:-5741} C2=${RT2_CLUSTER2:-5742}
WLP=web-ui/target/liberty/wlp
WORK=$(mktemp -d)
PY=/usr/bin/python3   # Debian's python, where python3-websockets and python3-websocket live

. bench/lib/liberty-servers.sh
servers_from_build rt-node1 rt-node2

mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
export CARDVAULT_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB?sslMode=disable"
export CARDVAULT_CLUSTER_NAME=cardvault-rt2 CARDVAULT_CLUSTER_MEMBERS=127.0.0.1:$C1,127.0.0.1:$C2
export CARDVAULT_CATALOGUE_IMPORT=never CARDVAULT_RECOGNITION_INDEX=never CARDVAULT_PRICES_INGEST=never
export CARDVAULT_TESTING_ROUTES=true CARDVAULT_SESSION_SECRET=two-node-manual-run-secret-0123456789
# the script's account is an administrator: /health/ready shows the cluster's member count to administrators only
USERNAME=rt2-$(date +%s)
export CARDVAULT_ADMIN_USERNAMES=$USERNAME

cleanup() {
    jobs -p | xargs -r kill 2>/dev/null || true
    "$WLP/bin/server" stop rt-node1 >/dev/null 2>&1 || true
    "$WLP/bin/server" stop rt-node2 >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
ready() { for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null 2>&1 && return 0; sleep 1; done; return 1; }

CARDVAULT_HTTP_PORT=$P1 CARDVAULT_HTTPS_PORT=$((P1 + 400)) CARDVAULT_CLUSTER_PORT=$C1 "$WLP/bin/server" start rt-node1 >/dev/null
ready "$P1"   # node 1 migrates the schema before node 2 starts
CARDVAULT_HTTP_PORT=$P2 CARDVAULT_HTTPS_PORT=$((P2 + 400)) CARDVAULT_CLUSTER_PORT=$C2 "$WLP/bin/server" start rt-node2 >/dev/null
ready "$P2"
echo "== node 2 readiness: $(curl -s "http://127.0.0.1:$P2/health/ready")"

# a Pro account and its key, made on node 1 (the store is shared)
reply=$(curl -s -c "$WORK/jar" -XPOST "http://127.0.0.1:$P1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$USERNAME\",\"email\":\"$USERNAME@example.com\",\"password\":\"hunter2hunter2\"}")
USER_ID=$(echo "$reply" | sed -n 's/.*"user_id":\([0-9]*\).*/\1/p')
curl -sf -XPOST "http://127.0.0.1:$P1/api/testing/accounts/$USER_ID/tier" -H 'Content-Type: application/json' -d '{"tier":"pro"}' >/dev/null
export API_KEY=$(curl -s -b "$WORK/jar" -XPOST "http://127.0.0.1:$P1/api/keys" -H 'Content-Type: application/json' \
    -d '{"name":"two-node"}' | sed -n 's/.*"key":"\([^"]*\)".*/\1/p')
export HOST=127.0.0.1:$P2

echo "== the spec's three clients connect to node 2"
node --experimental-websocket --no-warnings bench/realtime/clients/stream-client.js > "$WORK/js.out" 2>&1 &
$PY -u bench/realtime/clients/stream_client_websocket_client.py > "$WORK/wsclient.out" 2>&1 &
$PY -u bench/realtime/clients/stream_client_websockets.py > "$WORK/websockets.out" 2>&1 &
sleep 5

EVENTS=${RT2_EVENTS:-10}
echo "== $EVENTS price updates and one movers event produced on node 1"
for i in $(seq 1 "$EVENTS"); do
    curl -sf -XPOST "http://127.0.0.1:$P1/api/testing/realtime/events" -H 'Content-Type: application/json' \
        -d "{\"type\":\"price_update\",\"card_id\":267,\"set_id\":42,\"tcg\":\"pokemon\",\"source\":\"tcgplayer\",\"market_price\":$i.50,\"currency\":\"USD\"}" >/dev/null
done
curl -sf -XPOST "http://127.0.0.1:$P1/api/testing/realtime/events" -H 'Content-Type: application/json' \
    -d '{"type":"movers","tcg":"all","period":"7d","items":[]}' >/dev/null || echo "(movers test event refused; see the testing route's shapes)"
sleep 5
status=0
check() { # label file pattern expected
    local got; got=$(grep -c "$3" "$2" || true)
    printf '%-40s %s of %s\n' "$1" "$got" "$4"
    [ "$got" -eq "$4" ] || status=1
}
check "JavaScript client, price updates" "$WORK/js.out" '^price 267 ' "$EVENTS"
check "JavaScript client, movers" "$WORK/js.out" '^movers ' 1
check "websocket-client (Python), price updates" "$WORK/wsclient.out" '^price 267 ' "$EVENTS"
check "websockets (Python), price updates" "$WORK/websockets.out" "'card_id': 267" "$EVENTS"
echo "-- JavaScript client's output:"; cat "$WORK/js.out"
jobs -p | xargs -r kill 2>/dev/null || true

echo "== connection limit: 20 per key, counted over both nodes"
cat > "$WORK/Limit.java" <<'JAVA'
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
public class Limit {
    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<WebSocket> open = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String host = i % 2 == 0 ? args[0] : args[1];
            open.add(client.newWebSocketBuilder().buildAsync(URI.create("ws://" + host + "/api/v1/stream?api_key=" + args[2]),
                    new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS));
        }
        for (String host : new String[] {args[0], args[1]}) {
            CompletableFuture<String> closed = new CompletableFuture<>();
            client.newWebSocketBuilder().buildAsync(URI.create("ws://" + host + "/api/v1/stream?api_key=" + args[2]), new WebSocket.Listener() {
                public CompletionStage<?> onClose(WebSocket ws, int code, String reason) { closed.complete(code + " " + reason); return null; }
            }).get(10, TimeUnit.SECONDS);
            System.out.println("21st connection on " + host + ": closed " + closed.get(10, TimeUnit.SECONDS));
        }
        System.out.println("held: " + open.size());
        Thread.sleep(Long.parseLong(args[3]));
    }
}
JAVA
java "$WORK/Limit.java" "127.0.0.1:$P1" "127.0.0.1:$P2" "$API_KEY" 60000 > "$WORK/limit.out" 2>&1 &
LIMIT=$!
sleep 20; cat "$WORK/limit.out"
grep -c 'closed 1013' "$WORK/limit.out" | grep -q '^2$' || status=1

echo "== kill -9 node 2 (it holds 10 of the key's 20 connections)"
pkill -9 -f "ws-server.jar rt-node2" || true
freed=""
for s in $(seq 1 60); do
    sleep 1
    if curl -s -b "$WORK/jar" "http://127.0.0.1:$P1/health/ready" | grep -q '"members":"1"'; then freed=$s; break; fi
done
echo "node 1 sees one member after ${freed:-?} s"
cat > "$WORK/One.java" <<'JAVA'
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
public class One {
    public static void main(String[] args) throws Exception {
        CompletableFuture<String> first = new CompletableFuture<>();
        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create("ws://" + args[0] + "/api/v1/stream?api_key=" + args[1]), new WebSocket.Listener() {
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) { first.complete("frame " + data); return null; }
            public CompletionStage<?> onClose(WebSocket ws, int code, String reason) { first.complete("closed " + code); return null; }
        }).get(10, TimeUnit.SECONDS);
        System.out.println(first.get(10, TimeUnit.SECONDS).replaceAll("(\"type\":\"[a-z_]+\").*", "$1…"));
    }
}
JAVA
echo "a new connection on node 1 after node 2 died: $(java "$WORK/One.java" "127.0.0.1:$P1" "$API_KEY")"
kill $LIMIT 2>/dev/null || true
echo "== $( [ $status -eq 0 ] && echo PASSED || echo FAILED )"
exit $status
