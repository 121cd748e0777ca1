#!/usr/bin/env bash
# First-start demo backfill, end to end, on a fresh embedded database: the demo server of this checkout
# (web-ui/target/liberty/wlp, server "cardvault", created by `./mvnw -pl web-ui liberty:create` after a
# `./mvnw -pl web-ui -am package -DskipTests`), its own ports, catalogue import then the backfill with
# the default showcase. Run it under the machine-wide lock:
#   flock /tmp/cardvault-bench.lock bench/demo-backfill/run.sh [http-port] [https-port] [db-port] [cluster-port]
# Writes bench/results/demo-backfill-<UTC stamp>.md and leaves the server stopped.
set -euo pipefail
HTTP=${1:-9480}; HTTPS=${2:-9843}; DB=${3:-3347}; CLUSTER=${4:-5831}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WLP=$ROOT/web-ui/target/liberty/wlp
SERVER=$WLP/usr/servers/cardvault
STAMP=$(date -u +%Y%m%d-%H%M)
OUT=$ROOT/bench/results/demo-backfill-$STAMP.md
mkdir -p "$ROOT/bench/results"
[ -d "$SERVER" ] || { echo "no server at $SERVER: run liberty:create first" >&2; exit 1; }
"$WLP/bin/server" stop cardvault >/dev/null 2>&1 || true
rm -rf "$SERVER/embedded-mariadb" "$SERVER/logs" "$SERVER/recognition" "$SERVER/apps/"*
cp "$ROOT/web-ui/target/cardvault.war" "$SERVER/apps/cardvault.war"
sed -i '/^CARDVAULT_\(HTTP_PORT\|HTTPS_PORT\|DB_EMBEDDED_PORT\|CLUSTER_PORT\|CLUSTER_MEMBERS\|CLUSTER_NAME\|CARDMARKET_URL\|TCGCSV_URL\|PRICECHARTING_URL\)=/d' \
    "$SERVER/bootstrap.properties"
cat >> "$SERVER/bootstrap.properties" <<PROPS
CARDVAULT_HTTP_PORT=$HTTP
CARDVAULT_HTTPS_PORT=$HTTPS
CARDVAULT_DB_EMBEDDED_PORT=$DB
CARDVAULT_CLUSTER_PORT=$CLUSTER
CARDVAULT_CLUSTER_MEMBERS=127.0.0.1:$CLUSTER
CARDVAULT_CLUSTER_NAME=cardvault-demo-backfill
CARDVAULT_CARDMARKET_URL=http://127.0.0.1:$HTTP/sandbox/cardmarket
CARDVAULT_TCGCSV_URL=http://127.0.0.1:$HTTP/sandbox/tcgcsv
CARDVAULT_PRICECHARTING_URL=http://127.0.0.1:$HTTP/sandbox/pricecharting
PROPS
LOAD_BEFORE=$(uptime)
START=$(date -u +%s)
"$WLP/bin/server" start cardvault >/dev/null
LOG=$SERVER/logs/messages.log
until grep -q "Price backfill done\|Price backfill failed" "$LOG" 2>/dev/null; do
    sleep 15
    if (( $(date -u +%s) - START > 5400 )); then echo "no end after 90 min" >&2; break; fi
done
END=$(date -u +%s)
LOAD_AFTER=$(uptime)
SQL="mysql -h127.0.0.1 -P$DB -uroot cardvault -t -e"
{
  echo "# First-start demo backfill, $(date -u -d @"$START" '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "- load before: $LOAD_BEFORE"
  echo "- load after:  $LOAD_AFTER"
  echo "- server start to backfill end: $((END - START)) s"
  echo
  echo '## Log lines'
  echo '```'
  grep -E "Catalogue import|catalogue import|Price backfill|Recognition.*index|index built" "$LOG" | cut -c1-300 || true
  echo '```'
  echo '## Runs'
  echo '```'
  $SQL "SELECT IF(upstream LIKE '%/showcase/%', 'showcase-only day', IF(upstream LIKE '%date=%' OR upstream LIKE '%archive%', 'recent day', 'today')) AS kind, source, COUNT(*) AS files, SUM(status = 'ok') AS ok, SUM(points_read) AS quotes_read, SUM(points_written) AS points, ROUND(AVG(TIMESTAMPDIFF(MICROSECOND, started_at, finished_at)) / 1e6, 2) AS avg_write_s, MIN(started_at) AS first, MAX(finished_at) AS last FROM price_ingest_run WHERE source <> 'backfill' GROUP BY kind, source ORDER BY first"
  $SQL "SELECT source, status, message FROM price_ingest_run WHERE source = 'backfill'"
  $SQL "SELECT (SELECT COUNT(*) FROM price_point) AS points, (SELECT COUNT(*) FROM price_series) AS series, (SELECT COUNT(*) FROM price_latest) AS latest, (SELECT COUNT(*) FROM price_snapshot) AS snapshot_rows, (SELECT COUNT(*) FROM card_price_summary) AS summaries"
  echo '```'
  echo '## Base Set Charizard (card 134)'
  echo '```'
  $SQL "SELECT s.variant_id, s.source, s.region, s.price_type, s.grading_company, s.grade, s.currency, COUNT(*) AS days, MIN(p.day) AS first, MAX(p.day) AS last, SUM(p.is_outlier) AS outliers FROM price_series s JOIN price_point p ON p.series_id = s.id WHERE s.card_id = 134 AND s.variant_id IN (153, 158) GROUP BY s.id ORDER BY s.variant_id, s.source, s.price_type, s.grade"
  $SQL "SELECT s.variant_id, s.source, s.price_type, s.grading_company, s.grade, l.day, l.amount FROM price_latest l JOIN price_series s ON s.id = l.series_id WHERE s.card_id = 134 AND s.variant_id IN (153, 158) ORDER BY s.variant_id, s.source, s.price_type"
  echo '```'
} > "$OUT"
curl -s "http://127.0.0.1:$HTTP/api/v2/cards/134" > "$ROOT/bench/results/demo-backfill-$STAMP-card134.json" || true
for region in eu us; do
  curl -s "http://127.0.0.1:$HTTP/api/v2/cards/134/history?variant_id=153&region=$region&days=800" \
      > "$ROOT/bench/results/demo-backfill-$STAMP-history153-$region.json" || true
done
"$WLP/bin/server" stop cardvault >/dev/null || true
echo "$OUT"
