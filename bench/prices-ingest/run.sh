#!/usr/bin/env bash
# Price ingest benchmark (issue 4): a synthetic full-size Cardmarket guide (500k products) and a
# tcgcsv dump, parsed and persisted through the real parsers, ingest service and JDBC store, beside
# MariaDB's LOAD DATA of the very same rows. Uses the machine's MariaDB (127.0.0.1:3306, root) with a
# database of its own ($BENCH_DB, dropped and recreated). Arguments are passed on, e.g.
#   bench/prices-ingest/run.sh products=500000 tcgProducts=250000 groups=500
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-cardvault_bench_prices}
# BENCH_BUFFER_POOL (bytes, e.g. 2147483648): the server's InnoDB buffer pool for this run only,
# restored afterwards (the machine server's default 128 MB is far below the tables at full size)
# BENCH_LOG_FILE_SIZE (bytes, e.g. 1073741824): the redo log for this run only, as the embedded server runs
# it (MariaDB ≥ 10.9 resizes it online; the 96 MB default makes bulk loads wait on checkpoints)
RESTORE=""
if [ -n "${BENCH_BUFFER_POOL:-}" ]; then
  RESTORE="SET GLOBAL innodb_buffer_pool_size = $(mysql -h127.0.0.1 -uroot -N -e 'select @@innodb_buffer_pool_size');"
  mysql -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = $BENCH_BUFFER_POOL"
  sleep 2
fi
if [ -n "${BENCH_LOG_FILE_SIZE:-}" ]; then
  RESTORE="$RESTORE SET GLOBAL innodb_log_file_size = $(mysql -h127.0.0.1 -uroot -N -e 'select @@innodb_log_file_size');"
  mysql -h127.0.0.1 -uroot -e "SET GLOBAL innodb_log_file_size = $BENCH_LOG_FILE_SIZE"
fi
[ -z "$RESTORE" ] || trap 'mysql -h127.0.0.1 -uroot -e "$RESTORE"' EXIT
mkdir -p bench/results
OUT=bench/results/prices-ingest-$(date +%Y%m%d-%H%M).md
{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -sr); MariaDB $(mysql -h127.0.0.1 -uroot -N -e 'select version()'), buffer pool $(mysql -h127.0.0.1 -uroot -N -e 'select @@innodb_buffer_pool_size DIV 1048576') MB, redo log $(mysql -h127.0.0.1 -uroot -N -e 'select @@innodb_log_file_size DIV 1048576') MB"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ); load before: $(uptime)"
} | tee "$OUT"
./mvnw -q -Pbench -pl bench/prices-ingest -am -DskipTests \
  -Dbench.args="db=$DB $*" verify | tee -a "$OUT"
echo "load after: $(uptime)" | tee -a "$OUT"
