#!/usr/bin/env bash
# Runs the photo fingerprint benchmark. Take the machine-wide lock first (2 shared cores):
#   flock /tmp/cardvault-bench.lock bench/fingerprint/run.sh protected=300 unrelated=1000
# Extra arguments (key=value) are passed on; BENCH_NICE=15 lowers its priority.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec nice -n "${BENCH_NICE:-0}" ./mvnw -q -Pbench -pl bench/fingerprint -am -DskipTests \
  -Dbench.args="$*" verify
