#!/usr/bin/env bash
# Runs the limiter latency benchmark at low priority (2 shared cores). Extra arguments are passed on,
# e.g. ./bench/limiter/run.sh decisions=200000 threads=4
set -euo pipefail
cd "$(dirname "$0")/../.."
exec nice -n 15 ./mvnw -q -Pbench -pl bench/limiter -am -DskipTests \
  -Dbench.args="$*" verify
