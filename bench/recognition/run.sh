#!/usr/bin/env bash
# Runs the recognition benchmark. Take the machine-wide lock first (2 shared cores):
#   flock /tmp/cardvault-bench.lock bench/recognition/run.sh photos=200 catalogues=en reuseIndex=true
# It runs at normal priority (BENCH_NICE=15 for a low-priority diagnostic run); extra arguments are passed on.
# BENCH_MAIN=OutlineProbe runs the outline probe instead (arguments: photos per condition, conditions).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec nice -n "${BENCH_NICE:-0}" ./mvnw -q -Pbench -pl bench/recognition -am -DskipTests \
  -Dbench.main="io.cardvault.bench.recognition.${BENCH_MAIN:-RecognitionBenchmark}" -Dbench.args="$*" verify
