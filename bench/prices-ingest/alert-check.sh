#!/usr/bin/env bash
# Alert-check overhead on the price ingest (issue 20): rounds of one new day's Cardmarket guide at the
# demo's size, ingested through the real ingest service and JDBC store, alternately without and with
# the price watches judged afterwards through the real service on the real JPA adapters (ABBA order).
# Uses the machine's MariaDB (127.0.0.1:3306, root) with a database of its own ($BENCH_DB, dropped and
# recreated). Arguments are passed on, e.g.
#   bench/prices-ingest/alert-check.sh products=40000 alerts=5000 wishes=2000 firing=50 rounds=8
# Run it under the machine's benchmark lock: flock /tmp/cardvault-bench.lock bench/prices-ingest/alert-check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cardvault_bench_alerts}
mkdir -p bench/results
OUT=bench/results/alert-check-$(date +%Y%m%d-%H%M).md
{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -sr); MariaDB $(mysql -h127.0.0.1 -uroot -N -e 'select version()')"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ); load before: $(uptime)"
} | tee "$OUT"
./mvnw -q -Pbench -pl bench/prices-ingest -am -DskipTests \
  -Dbench.main=io.cardvault.bench.prices.AlertCheckBenchmark -Dbench.args="db=$DB $*" verify | tee -a "$OUT"
echo "load after: $(uptime)" | tee -a "$OUT"
