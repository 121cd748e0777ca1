#!/usr/bin/env bash
# Bulk data benchmark (issue 26): both bulk files written through the real export and gzip store over
# a synthetic 500k-card, five-game catalogue with ~1M latest prices, with a 96 MB heap; time, peak heap,
# point-read latency during the write beside idle, and the mariadb client piped into gzip -6 over the
# same rows as the reference. Uses the machine's MariaDB (127.0.0.1:3306, root) with a database of its
# own ($BENCH_DB, dropped and recreated). Run under the shared bench lock:
#   flock /tmp/cardvault-bench.lock bench/bulk-data/run.sh [cards=500000] [synthesize=false]
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cardvault_bench_bulk}
HEAP=${BENCH_HEAP:-96m}
mkdir -p bench/results
OUT=bench/results/bulk-data-$(date +%Y%m%d-%H%M).md
{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -sr); MariaDB $(mysql -h127.0.0.1 -uroot -N -e 'select version()'), buffer pool $(mysql -h127.0.0.1 -uroot -N -e 'select @@innodb_buffer_pool_size DIV 1048576') MB"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ); load before: $(uptime)"
} | tee "$OUT"
./mvnw -o -q -B -ntp -Pbench -pl bench/bulk-data -am -DskipTests -Dbench.heap="$HEAP" \
  -Dbench.args="db=$DB heap=$HEAP $*" verify | tee -a "$OUT"
echo "load after: $(uptime)" | tee -a "$OUT"
